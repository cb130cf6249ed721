#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace medilock::app {
class Administration;
}

namespace medilock::ui {

class BreakGlassReviewModel;

// Break-glass accesses to this clinic's patients, from any clinic, for the administrator
// to review (DESIGN §6): who, when, why, which patient, newest first.
class BreakGlassReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit BreakGlassReviewPane(std::shared_ptr<app::Administration> admin, QWidget* parent = nullptr);
    void refresh();

private:
    std::shared_ptr<app::Administration> m_admin;
    BreakGlassReviewModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace medilock::ui
