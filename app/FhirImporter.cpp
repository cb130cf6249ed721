#include "FhirImporter.h"

#include "SessionImpl.h"

#include "app/fhir/FhirImportPlan.h"
#include "crypto/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace medilock::app {

void FhirImporter::Report::add(const Report& other)
{
    for (auto it = other.imported.begin(); it != other.imported.end(); ++it)
        imported[it.key()] += it.value();
    for (auto it = other.skipped.begin(); it != other.skipped.end(); ++it)
        skipped[it.key()] += it.value();
    alreadyPresent += other.alreadyPresent;
    unresolvedReferences += other.unresolvedReferences;
}

Result<FhirImporter::Report> FhirImporter::importFile(Session& session, const QString& path)
{
    if (session.isHeadlessNode())
        return fail(QCoreApplication::translate("FhirImporter", "imports are signed by a user; sign in as one"));
    auto bytes = crypto::readSmallFile(path, kMaxFileBytes);
    if (!bytes)
        return std::move(bytes).takeError();
    auto plan = fhir::planImport(*bytes, QFileInfo(path).fileName(), ledger::toBytes(session.impl().clinicRootKey));
    if (!plan)
        return std::move(plan).takeError();
    auto appended = session.impl().append(plan->drafts);
    if (!appended)
        return fail(QCoreApplication::translate("FhirImporter", "%1: nothing imported: %2")
                        .arg(QFileInfo(path).fileName(), appended.error()));
    Report report;
    report.skipped = plan->skipped;
    report.unresolvedReferences = plan->unresolvedReferences;
    for (std::size_t i = 0; i < plan->drafts.size(); ++i) {
        if (!appended->added[i]) {
            ++report.alreadyPresent;
            continue;
        }
        const QJsonObject resource = QJsonDocument::fromJson(plan->drafts[i].payload).object();
        report.imported[resource.value(QStringLiteral("resourceType")).toString()] += 1;
    }
    return report;
}

} // namespace medilock::app
