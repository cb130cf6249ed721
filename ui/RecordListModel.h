#pragma once

#include "app/ChartViews.h"

#include <QAbstractTableModel>

namespace medilock::ui {

// A chart's records of some types, newest first by when they happened (else when signed): what, detail, status, when, who signed it,
// at which clinic, and whether it verified. Superseded records stay, struck through, with
// the reason.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecordColumn, DetailColumn, StatusColumn, WhenColumn, SignerColumn, ClinicColumn, VerifiedColumn, ColumnCount };
    enum Roles { HashRole = Qt::UserRole + 1, SupersededRole };
    explicit RecordListModel(QList<app::RecordType> types, QObject* parent = nullptr);

    void setRecords(const QList<app::RecordView>& all);
    const app::RecordView* record(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleText(const QString& roleId);
    static QString detailText(const app::RecordView& r);
    static QString supersededText(const app::RecordView& r);

private:
    QList<app::RecordType> m_types;
    QList<app::RecordView> m_records;
};

} // namespace medilock::ui
