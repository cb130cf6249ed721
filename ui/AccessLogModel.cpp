#include "AccessLogModel.h"

#include "AccessReportDocument.h"
#include "RecordListModel.h"

#include <QFont>
#include <QLocale>

namespace medilock::ui {

AccessLogModel::AccessLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccessLogModel::setAccess(const QList<app::AccessView>& access)
{
    beginResetModel();
    m_rows = access; // newest first, as the query reads them
    endResetModel();
}

int AccessLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccessLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const app::AccessView& a = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn: return QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn: return tr("%1 (%2)").arg(a.viewer.name, RecordListModel::roleText(a.viewer.role));
        case ClinicColumn: return a.viewer.clinic;
        case PurposeColumn: return AccessReportDocument::purposeText(a);
        default: return {};
        }
    }
    if (role == Qt::FontRole && (a.breakGlass || !a.sealed)) {
        QFont font;
        font.setBold(a.breakGlass);
        font.setItalic(!a.sealed);
        return font;
    }
    if (role == Qt::ToolTipRole && !a.sealed)
        return tr("Recorded and signed by %1 on this node, which was restored from a backup; it is sealed into the "
                  "ledger once the node has caught up with its own chain from a peer.")
            .arg(a.viewer.name);
    return {};
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case ClinicColumn: return tr("Clinic");
    case PurposeColumn: return tr("What");
    default: return {};
    }
}

} // namespace medilock::ui
