#include "FhirReferences.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace medilock::app::fhir {

namespace {

constexpr int kAmbiguous = -1;

// "Patient/1/_history/2" names a version of Patient/1; the file holds one version.
QString withoutHistory(const QString& reference)
{
    const qsizetype at = reference.indexOf(QLatin1String("/_history/"));
    return at < 0 ? reference : reference.left(at);
}

bool isAbsolute(const QString& reference)
{
    return reference.startsWith(QLatin1String("urn:")) || reference.contains(QLatin1String("://"));
}

// "http://server/fhir/" from "http://server/fhir/Patient/123"; empty for urn: and others.
QString restfulBase(const QString& fullUrl)
{
    if (!fullUrl.startsWith(QLatin1String("http://")) && !fullUrl.startsWith(QLatin1String("https://")))
        return {};
    const QString url = withoutHistory(fullUrl);
    const qsizetype idSlash = url.lastIndexOf(QLatin1Char('/'));
    if (idSlash <= 0)
        return {};
    const qsizetype typeSlash = url.lastIndexOf(QLatin1Char('/'), idSlash - 1);
    return typeSlash < 0 ? QString() : url.left(typeSlash + 1);
}

} // namespace

Result<ReferenceIndex> ReferenceIndex::build(const QList<FileResource>& resources)
{
    ReferenceIndex index;
    for (int i = 0; i < resources.size(); ++i) {
        const FileResource& r = resources.at(i);
        index.m_fullUrls << r.fullUrl;
        if (!r.fullUrl.isEmpty()) {
            if (index.m_byFullUrl.contains(r.fullUrl))
                return fail(QCoreApplication::translate("FhirImportPlan", "%1: fullUrl '%2' is used by two entries")
                                .arg(r.place, r.fullUrl.left(100)));
            index.m_byFullUrl.insert(r.fullUrl, i);
        }
        if (!r.id.isEmpty()) {
            const QString key = r.type + QLatin1Char('/') + r.id;
            index.m_byTypeAndId.insert(key, index.m_byTypeAndId.contains(key) ? kAmbiguous : i);
        }
    }
    return index;
}

int ReferenceIndex::lookup(const QHash<QString, int>& map, const QString& key) const
{
    return map.value(key, kAmbiguous);
}

ReferenceIndex::Target ReferenceIndex::resolve(const QString& reference, int from, const QJsonObject& container) const
{
    Target target;
    if (reference.startsWith(QLatin1Char('#'))) {
        if (reference.size() == 1) { // "#": the container itself
            target.kind = Target::Kind::Resource;
            target.index = from;
            return target;
        }
        const QString id = reference.mid(1);
        for (const auto& c : container.value(QLatin1String("contained")).toArray())
            if (c.toObject().value(QLatin1String("id")).toString() == id) {
                target.kind = Target::Kind::Contained;
                return target;
            }
        return target;
    }
    if (reference.isEmpty() || reference.contains(QLatin1Char('?')))
        return target; // conditional: meant for a server to search, not for us to guess
    const QString ref = withoutHistory(reference);
    int index = lookup(m_byFullUrl, ref);
    if (index == kAmbiguous && !isAbsolute(ref)) {
        if (from >= 0 && from < m_fullUrls.size())
            if (QString base = restfulBase(m_fullUrls.at(from)); !base.isEmpty())
                index = lookup(m_byFullUrl, base + ref);
        if (index == kAmbiguous)
            index = lookup(m_byTypeAndId, ref);
    }
    if (index != kAmbiguous) {
        target.kind = Target::Kind::Resource;
        target.index = index;
    }
    return target;
}

} // namespace medilock::app::fhir
