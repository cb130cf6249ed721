#include "PatientListModel.h"

#include <QLocale>

namespace medilock::ui {

PatientListModel::PatientListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PatientListModel::setPatients(QList<app::PatientView> patients)
{
    beginResetModel();
    m_patients = std::move(patients);
    endResetModel();
}

const app::PatientView* PatientListModel::patient(int row) const
{
    if (row < 0 || row >= m_patients.size())
        return nullptr;
    return &m_patients.at(row);
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_patients.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientListModel::sexText(const QString& g)
{
    if (g == QLatin1String("female"))
        return tr("Female");
    if (g == QLatin1String("male"))
        return tr("Male");
    if (g == QLatin1String("other"))
        return tr("Other");
    return tr("Unknown");
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const app::PatientView& p = m_patients.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return p.name;
        case BirthColumn: {
            if (!p.birthDate.isValid())
                return tr("unknown");
            const int age = p.ageOn(QDate::currentDate());
            return tr("%1 (%2 y)").arg(QLocale().toString(p.birthDate, QLocale::ShortFormat)).arg(age);
        }
        case SexColumn: return sexText(p.sex);
        case PhoneColumn: return p.phones.join(QStringLiteral(", "));
        case IdentifierColumn: {
            QStringList values;
            for (const QString& id : p.identifiers)
                values << id.section(QLatin1Char('|'), -1);
            return values.join(QStringLiteral(", "));
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("Registered at %1").arg(p.homeClinic);
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case BirthColumn: return tr("Born");
    case SexColumn: return tr("Sex");
    case PhoneColumn: return tr("Phone");
    case IdentifierColumn: return tr("Identifier");
    default: return {};
    }
}

} // namespace medilock::ui
