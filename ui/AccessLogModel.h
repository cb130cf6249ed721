#pragma once

#include "app/ChartViews.h"

#include <QAbstractTableModel>

namespace medilock::ui {

// Who opened this chart, newest first: when, who (role, clinic), why; break-glass marked.
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, ClinicColumn, PurposeColumn, ColumnCount };
    explicit AccessLogModel(QObject* parent = nullptr);

    void setAccess(const QList<app::AccessView>& access);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<app::AccessView> m_rows;
};

} // namespace medilock::ui
