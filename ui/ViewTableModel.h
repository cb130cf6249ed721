#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace medilock::ui {

// A read-only table of plain app-layer values, one row each: subclasses say what a cell
// shows and name the columns.
template<typename Row>
class ViewTableModel : public QAbstractTableModel
{
public:
    explicit ViewTableModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setRows(const QList<Row>& rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const Row& row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(headers().size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= headers().size())
            return QAbstractTableModel::headerData(section, orientation, role);
        return headers().at(section);
    }

protected:
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace medilock::ui
