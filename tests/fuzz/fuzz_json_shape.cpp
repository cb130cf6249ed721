// libFuzzer target, differential: JsonShape (the ledger's one-pass payload check) against
// QJsonDocument. Whatever JsonShape accepts, Qt must parse to an object with the same
// top-level resourceType; JsonShape is allowed to be stricter, never looser.

#include "ledger/projection/JsonShape.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const medilock::ledger::JsonShape shape = medilock::ledger::JsonShape::scan(json);
    if (!shape.isObject)
        return 0;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        std::abort(); // looser than Qt
    if (shape.resourceType
        && QString::fromUtf8(*shape.resourceType) != doc.object().value(QStringLiteral("resourceType")).toString())
        std::abort(); // a different resourceType than Qt reads
    return 0;
}
