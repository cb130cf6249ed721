#include "BreakGlassReviewModel.h"

#include "RecordListModel.h"

#include <QLocale>

namespace medilock::ui {

QStringList BreakGlassReviewModel::headers() const
{
    return {tr("When"), tr("Who"), tr("Clinic"), tr("Patient"), tr("Reason")};
}

QVariant BreakGlassReviewModel::cell(const app::BreakGlassView& b, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case WhenColumn: return QLocale().toString(b.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn: return tr("%1 (%2)").arg(b.viewer.name, RecordListModel::roleText(b.viewer.role));
    case ClinicColumn: return b.viewer.clinic;
    case PatientColumn: return b.patientName;
    case ReasonColumn:
        return b.sealed ? b.reason : tr("%1 (not sealed yet: this node waits for its own chain after a restore)").arg(b.reason);
    default: return {};
    }
}

} // namespace medilock::ui
