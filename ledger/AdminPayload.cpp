#include "AdminPayload.h"

#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AdminPayload", text);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The object, if `json` is one with exactly the given keys, all strings.
Result<QJsonObject> strictObject(const QByteArray& json, std::initializer_list<const char*> keys)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("administrative payload is not a JSON object"));
    const QJsonObject object = doc.object();
    if (object.size() != static_cast<qsizetype>(keys.size()))
        return fail(tr("administrative payload has unexpected fields"));
    for (const char* key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString() || value.toString().size() > 256)
            return fail(tr("administrative payload field '%1' is missing or not a short string").arg(QLatin1String(key)));
    }
    return object;
}

template<std::size_t N>
Result<std::array<std::uint8_t, N>> hexField(const QJsonObject& object, const char* key)
{
    auto bytes = crypto::fromHex(object.value(QLatin1String(key)).toString(), N);
    if (!bytes)
        return fail(tr("administrative payload field '%1': %2").arg(QLatin1String(key), bytes.error()));
    std::array<std::uint8_t, N> out{};
    fromBytes(*bytes, out);
    return out;
}

QString hex(ByteView bytes)
{
    return crypto::toHex(toByteArray(bytes));
}
} // namespace

QByteArray ClinicFoundedPayload::encode() const
{
    return compact({{QStringLiteral("name"), name}});
}

Result<ClinicFoundedPayload> ClinicFoundedPayload::decode(const QByteArray& json)
{
    auto object = strictObject(json, {"name"});
    if (!object)
        return std::move(object).takeError();
    return ClinicFoundedPayload{object->value(QStringLiteral("name")).toString()};
}

QByteArray NodeCertifiedPayload::encode() const
{
    return compact({{QStringLiteral("node"), hex(ByteView(node))},
                    {QStringLiteral("tls"), hex(ByteView(tlsFingerprint))},
                    {QStringLiteral("name"), name}});
}

Result<NodeCertifiedPayload> NodeCertifiedPayload::decode(const QByteArray& json)
{
    auto object = strictObject(json, {"node", "tls", "name"});
    if (!object)
        return std::move(object).takeError();
    auto node = hexField<32>(*object, "node");
    auto tls = hexField<32>(*object, "tls");
    if (!node)
        return std::move(node).takeError();
    if (!tls)
        return std::move(tls).takeError();
    return NodeCertifiedPayload{*node, *tls, object->value(QStringLiteral("name")).toString()};
}

QByteArray UserEnrolledPayload::encode() const
{
    return compact({{QStringLiteral("key"), hex(ByteView(key))},
                    {QStringLiteral("role"), signerRoleId(role)},
                    {QStringLiteral("name"), name}});
}

Result<UserEnrolledPayload> UserEnrolledPayload::decode(const QByteArray& json)
{
    auto object = strictObject(json, {"key", "role", "name"});
    if (!object)
        return std::move(object).takeError();
    auto key = hexField<32>(*object, "key");
    if (!key)
        return std::move(key).takeError();
    const auto role = signerRoleFromId(object->value(QStringLiteral("role")).toString());
    if (!role)
        return fail(tr("administrative payload names an unknown role"));
    const QString name = object->value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return fail(tr("an enrolled user needs a name"));
    return UserEnrolledPayload{*key, *role, name};
}

QByteArray UserRevokedPayload::encode() const
{
    return compact({{QStringLiteral("key"), hex(ByteView(key))}, {QStringLiteral("reason"), reason}});
}

Result<UserRevokedPayload> UserRevokedPayload::decode(const QByteArray& json)
{
    auto object = strictObject(json, {"key", "reason"});
    if (!object)
        return std::move(object).takeError();
    auto key = hexField<32>(*object, "key");
    if (!key)
        return std::move(key).takeError();
    return UserRevokedPayload{*key, object->value(QStringLiteral("reason")).toString()};
}

QByteArray ClinicTrustPayload::encode() const
{
    return compact({{QStringLiteral("root"), hex(ByteView(rootFingerprint))}, {QStringLiteral("name"), name}});
}

Result<ClinicTrustPayload> ClinicTrustPayload::decode(const QByteArray& json)
{
    auto object = strictObject(json, {"root", "name"});
    if (!object)
        return std::move(object).takeError();
    auto root = hexField<32>(*object, "root");
    if (!root)
        return std::move(root).takeError();
    return ClinicTrustPayload{*root, object->value(QStringLiteral("name")).toString()};
}

} // namespace medilock::ledger
