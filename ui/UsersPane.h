#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace medilock::app {
class Administration;
}

namespace medilock::ui {

class UserListModel;

// The clinic's users: every enrolled key with role and status; enrol, change one's own
// passphrase, rotate a user's key, revoke a user (each in its own dialog).
class UsersPane : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPane(std::shared_ptr<app::Administration> admin, QWidget* parent = nullptr);
    void refresh();

private:
    QString selectedActiveUser() const;
    void updateButtons();
    void openDialog(QDialog* dialog, const std::function<QString()>& done);

    std::shared_ptr<app::Administration> m_admin;
    UserListModel* m_model;
    QTableView* m_table;
    QPushButton* m_rotate;
    QPushButton* m_revoke;
    QLabel* m_status;
};

} // namespace medilock::ui
