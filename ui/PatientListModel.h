#pragma once

#include "app/ChartViews.h"

#include <QAbstractTableModel>

namespace medilock::ui {

// Patients found by a search, one row each: name, birth date and age, sex, phone, identifier.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, BirthColumn, SexColumn, PhoneColumn, IdentifierColumn, ColumnCount };
    explicit PatientListModel(QObject* parent = nullptr);

    void setPatients(QList<app::PatientView> patients);
    const app::PatientView* patient(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sexText(const QString& fhirGender);

private:
    QList<app::PatientView> m_patients;
};

} // namespace medilock::ui
