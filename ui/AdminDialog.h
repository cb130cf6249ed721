#pragma once

#include "BusyDialog.h"

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;

namespace medilock::app {
class Administration;
}

namespace medilock::ui {

// What the administration dialogs share: a form, an error line and one action button.
// The action runs on a worker thread (key derivation, signing) as BusyDialog::runBusy.
class AdminDialog : public BusyDialog
{
    Q_OBJECT
public:
    AdminDialog(std::shared_ptr<app::Administration> admin, const QString& title, const QString& action,
                QWidget* parent = nullptr);

protected:
    virtual void submit() = 0;
    void showError(const QString& message) override;

    std::shared_ptr<app::Administration> m_admin;
    QFormLayout* m_form;
    QPushButton* m_action;

private:
    QLabel* m_error;
};

} // namespace medilock::ui
