#include "ChartDocuments.h"

#include "FhirJsonBuilders.h"
#include "PatientRegistry.h"
#include "SessionImpl.h"

#include "crypto/Bytes.h"
#include "ledger/Entry.h"
#include "ledger/store/Statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ChartDocuments", text);
}

// The first attachment with data: DocumentReference.content[].attachment, or
// DiagnosticReport.presentedForm[].
QJsonObject attachmentOf(const QJsonObject& resource)
{
    for (const auto& c : resource.value(QLatin1String("content")).toArray()) {
        const QJsonObject a = c.toObject().value(QLatin1String("attachment")).toObject();
        if (a.contains(QLatin1String("data")))
            return a;
    }
    for (const auto& f : resource.value(QLatin1String("presentedForm")).toArray())
        if (f.toObject().contains(QLatin1String("data")))
            return f.toObject();
    return {};
}
} // namespace

QString ChartDocuments::contentTypeOf(const QByteArray& data)
{
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

Result<QByteArray> ChartDocuments::resource(const ledger::Id128& patient, const QString& title, const QString& fileName,
                                            const QByteArray& data)
{
    using namespace fhirjson;
    if (title.trimmed().isEmpty())
        return fail(tr("give the document a title"));
    if (data.isEmpty())
        return fail(tr("the file is empty"));
    if (data.size() > kMaxBytes)
        return fail(tr("the file is larger than %1 KiB; attach a smaller scan or export").arg(kMaxBytes / 1024));
    const QString type = contentTypeOf(data);
    if (type.isEmpty())
        return fail(tr("only PDF, PNG and JPEG files can be attached"));
    const QJsonObject attachment{{QStringLiteral("contentType"), type},
                                 {QStringLiteral("data"), QString::fromLatin1(data.toBase64())},
                                 {QStringLiteral("title"), fileName},
                                 {QStringLiteral("size"), static_cast<qint64>(data.size())},
                                 {QStringLiteral("creation"), nowText()}};
    const QJsonObject document{{QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
                               {QStringLiteral("status"), QStringLiteral("current")},
                               {QStringLiteral("type"), textConcept(title.trimmed())},
                               {QStringLiteral("description"), title.trimmed()},
                               {QStringLiteral("subject"), subject(patient)},
                               {QStringLiteral("date"), nowText()},
                               {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("attachment"), attachment}}}}};
    return compact(document);
}

Result<DocumentContent> ChartDocuments::read(Session& session, const ledger::Id128& patient, const ledger::Hash& recordHash)
{
    auto& db = session.impl().db;
    auto ids = PatientRegistry::samePerson(session, patient);
    if (!ids)
        return std::move(ids).takeError();
    // By patient (indexed), then the hash: entries keep no index on the hash itself.
    auto stmt = db.prepare("SELECT encoded FROM entries WHERE patient_id = ? AND hash = ? AND kind = ?;");
    if (!stmt)
        return std::move(stmt).takeError();
    QByteArray encoded;
    for (const ledger::Id128& id : *ids) {
        stmt->bind(1, ledger::toBytes(id)).bind(2, ledger::toBytes(recordHash));
        stmt->bind(3, qint64(static_cast<int>(ledger::EntryKind::Document)));
        auto row = stmt->step();
        if (!row)
            return std::move(row).takeError();
        if (*row)
            encoded = stmt->blob(0);
        stmt->reset();
        if (!encoded.isEmpty())
            break;
    }
    if (encoded.isEmpty())
        return fail(tr("no such document in this chart"));
    auto entry = ledger::Entry::decode(asView(encoded));
    if (!entry)
        return std::move(entry).takeError();
    const QJsonObject resource = QJsonDocument::fromJson(entry->payload()).object();
    const QJsonObject attachment = attachmentOf(resource);
    if (attachment.isEmpty())
        return fail(tr("this document record carries no content (only a reference to elsewhere)"));
    auto data = QByteArray::fromBase64Encoding(attachment.value(QLatin1String("data")).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!data)
        return fail(tr("the document's content is not valid base64"));
    DocumentContent out;
    out.title = attachment.value(QLatin1String("title")).toString();
    out.contentType = attachment.value(QLatin1String("contentType")).toString();
    out.data = std::move(*data);
    return out;
}

} // namespace medilock::app
