#include "FhirFileReader.h"

#include "FhirImportPlan.h"
#include "FhirValidation.h"
#include "JsonLimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace medilock::app::fhir {

namespace {

bool isImportableBundleType(const QString& type)
{
    // history and *-response bundles describe changes or server answers, not a record set;
    // message bundles need their MessageHeader's event to be understood.
    for (const char* accepted : {"transaction", "batch", "collection", "searchset", "document"})
        if (type == QLatin1String(accepted))
            return true;
    return false;
}

QString placeOf(qsizetype entry, const QString& type)
{
    const QString base = QStringLiteral("Bundle.entry[%1].resource").arg(entry);
    return type.isEmpty() ? base : base + QStringLiteral(" (%1)").arg(type);
}

Result<QList<FileResource>> readBundle(const QJsonObject& bundle)
{
    const QString type = bundle.value(QLatin1String("type")).toString();
    if (!isImportableBundleType(type))
        return fail(QCoreApplication::translate("FhirImportPlan",
            "Bundle.type '%1' cannot be imported; expected transaction, batch, collection, searchset "
            "or document")
                        .arg(type.left(40)));
    const QJsonValue entries = bundle.value(QLatin1String("entry"));
    if (!entries.isUndefined() && !entries.isArray())
        return fail(QCoreApplication::translate("FhirImportPlan", "Bundle.entry is not a list"));
    const bool hasRequests = type == QLatin1String("transaction") || type == QLatin1String("batch");
    QList<FileResource> out;
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("Bundle.entry[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(QCoreApplication::translate("FhirImportPlan", "%1 is not an object").arg(at));
        const QJsonObject entry = list.at(i).toObject();
        if (!entry.value(QLatin1String("resource")).isObject())
            return fail(QCoreApplication::translate("FhirImportPlan", "%1 has no resource").arg(at));
        if (hasRequests && entry.contains(QLatin1String("request"))) {
            const QString method
                = entry.value(QLatin1String("request")).toObject().value(QLatin1String("method")).toString();
            if (method != QLatin1String("POST") && method != QLatin1String("PUT"))
                return fail(QCoreApplication::translate("FhirImportPlan",
                    "%1: request method '%2' cannot be imported: the ledger adds records, it never "
                    "changes or deletes them")
                                .arg(at, method.left(20)));
        }
        const QJsonValue fullUrl = entry.value(QLatin1String("fullUrl"));
        if (!fullUrl.isUndefined() && !fullUrl.isString())
            return fail(QCoreApplication::translate("FhirImportPlan", "%1.fullUrl is not a string").arg(at));
        FileResource r;
        r.resource = entry.value(QLatin1String("resource")).toObject();
        r.type = r.resource.value(QLatin1String("resourceType")).toString();
        r.id = r.resource.value(QLatin1String("id")).toString();
        r.fullUrl = fullUrl.toString();
        r.place = placeOf(i, looksLikeResourceType(r.type) ? r.type : QString());
        out << r;
    }
    return out;
}

} // namespace

Result<QList<FileResource>> readFhirFile(const QByteArray& fileBytes)
{
    if (fileBytes.size() > kMaxImportFileBytes)
        return fail(QCoreApplication::translate("FhirImportPlan", "the file is larger than %1 MiB")
                        .arg(kMaxImportFileBytes >> 20));
    // A UTF-8 byte order mark is common in files saved on Windows and carries no meaning.
    const bool bom = fileBytes.startsWith("\xEF\xBB\xBF");
    const QByteArray json = bom ? fileBytes.mid(3) : fileBytes;
    if (auto limits = checkJsonLimits(json); !limits)
        return std::move(limits).takeError();
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("FhirImportPlan", "not valid JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset + (bom ? 3 : 0)));
    if (!doc.isObject())
        return fail(
            QCoreApplication::translate("FhirImportPlan", "the file does not hold a FHIR resource (a JSON object)"));
    const QJsonObject root = doc.object();
    const QJsonValue rootType = root.value(QLatin1String("resourceType"));
    if (!rootType.isString())
        return fail(QCoreApplication::translate("FhirImportPlan", "the file has no resourceType"));
    if (!looksLikeResourceType(rootType.toString()))
        return fail(QCoreApplication::translate("FhirImportPlan", "resourceType '%1' is not a FHIR resource type")
                        .arg(rootType.toString().left(40)));

    QList<FileResource> resources;
    if (rootType.toString() == QLatin1String("Bundle")) {
        auto entries = readBundle(root);
        if (!entries)
            return std::move(entries).takeError();
        resources = std::move(entries).value();
    } else {
        FileResource r;
        r.resource = root;
        r.type = rootType.toString();
        r.id = root.value(QLatin1String("id")).toString();
        r.place = r.type;
        resources << r;
    }
    for (const FileResource& r : std::as_const(resources))
        if (auto valid = validateResource(r.resource, r.place); !valid)
            return std::move(valid).takeError();
    return resources;
}

} // namespace medilock::app::fhir
