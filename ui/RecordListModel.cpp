#include "RecordListModel.h"

#include "FhirCodeLabel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace medilock::ui {

RecordListModel::RecordListModel(QList<app::RecordType> types, QObject* parent)
    : QAbstractTableModel(parent)
    , m_types(std::move(types))
{
}

void RecordListModel::setRecords(const QList<app::RecordView>& all)
{
    // Newest first by when it happened: an imported history is signed all at once, but a
    // reader wants the timeline of care. Ties keep the signing order, newest signed first.
    // Sorted on epoch milliseconds: comparing QDateTimes cost tens of ms at 2,000 records.
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(static_cast<std::size_t>(all.size()));
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const app::RecordView& r = all.at(i);
        if (m_types.isEmpty() || m_types.contains(r.type))
            order.emplace_back((r.effective.isValid() ? r.effective : r.authoredAt).toMSecsSinceEpoch(), i);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    beginResetModel();
    m_records.clear();
    m_records.reserve(static_cast<qsizetype>(order.size()));
    for (const auto& [when, index] : order)
        m_records.append(all.at(index));
    endResetModel();
}

const app::RecordView* RecordListModel::record(int row) const
{
    if (row < 0 || row >= m_records.size())
        return nullptr;
    return &m_records.at(row);
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordListModel::roleText(const QString& roleId)
{
    if (roleId == QLatin1String("physician"))
        return tr("physician");
    if (roleId == QLatin1String("nurse"))
        return tr("nurse");
    if (roleId == QLatin1String("reception"))
        return tr("reception");
    if (roleId == QLatin1String("admin"))
        return tr("administrator");
    if (roleId == QLatin1String("clinic-root"))
        return tr("clinic");
    return tr("unknown role");
}

QString RecordListModel::detailText(const app::RecordView& r)
{
    QStringList parts;
    if (!r.valueText.isEmpty())
        parts << r.valueText;
    if (!r.reaction.isEmpty())
        parts << tr("reaction: %1").arg(r.reaction);
    if (!r.criticality.isEmpty())
        parts << tr("criticality: %1").arg(FhirCodeLabel::of(r.criticality));
    if (r.type == app::RecordType::Condition && r.codeSystem.contains(QLatin1String("icd-10")))
        parts << r.code;
    return parts.join(QStringLiteral(" · "));
}

QString RecordListModel::supersededText(const app::RecordView& r)
{
    if (!r.superseded)
        return {};
    if (r.supersededAction == QLatin1String("entered-in-error"))
        return tr("Entered in error: %1").arg(r.supersededReason);
    if (r.supersededAction == QLatin1String("retracted"))
        return tr("Retracted: %1").arg(r.supersededReason);
    return r.supersededReason.isEmpty() ? tr("Replaced by a later entry") : tr("Replaced: %1").arg(r.supersededReason);
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const app::RecordView& r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordColumn: return r.display.isEmpty() ? r.resourceType : r.display;
        case DetailColumn: return r.superseded ? supersededText(r) : detailText(r);
        case StatusColumn: return FhirCodeLabel::of(r.status);
        case WhenColumn: {
            const QDateTime when = r.effective.isValid() ? r.effective : r.authoredAt;
            return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
        }
        case SignerColumn: return tr("%1 (%2)").arg(r.signer.name, roleText(r.signer.role));
        case ClinicColumn: return r.signer.clinic;
        case VerifiedColumn: return r.verified ? tr("✓ verified") : tr("✗ signer revoked");
        default: return {};
        }
    case Qt::FontRole:
        if (r.superseded) {
            QFont font;
            font.setStrikeOut(index.column() != DetailColumn);
            font.setItalic(index.column() == DetailColumn);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (r.superseded)
            return supersededText(r);
        if (index.column() == WhenColumn)
            return tr("Signed %1").arg(QLocale().toString(r.authoredAt.toLocalTime(), QLocale::LongFormat));
        if (index.column() == VerifiedColumn)
            return r.verified ? tr("The signature was checked when this entry was stored.")
                              : tr("Signed after its author's key was revoked.");
        return {};
    case Qt::AccessibleTextRole:
        if (r.superseded && index.column() == RecordColumn)
            return tr("%1 (superseded)").arg(r.display);
        return {};
    case HashRole: return r.hash;
    case SupersededRole: return r.superseded;
    default: return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn: return tr("Record");
    case DetailColumn: return tr("Detail");
    case StatusColumn: return tr("Status");
    case WhenColumn: return tr("When");
    case SignerColumn: return tr("Signed by");
    case ClinicColumn: return tr("Clinic");
    case VerifiedColumn: return tr("Signature");
    default: return {};
    }
}

} // namespace medilock::ui
