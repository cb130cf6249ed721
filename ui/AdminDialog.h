#pragma once

#include "app/AsyncTask.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;

namespace medilock::app {
class Administration;
}

namespace medilock::ui {

// What the administration dialogs share: a form, an error line and one action button.
// The action runs on a worker thread (key derivation, signing); while it runs the button
// is disabled. A failure is shown and the dialog stays open with nothing changed.
class AdminDialog : public QDialog
{
    Q_OBJECT
public:
    AdminDialog(std::shared_ptr<app::Administration> admin, const QString& title, const QString& action,
                QWidget* parent = nullptr);

protected:
    virtual void submit() = 0;
    void showError(const QString& message);
    // Runs `task` (returning a Result) off the GUI thread; accepts the dialog on success.
    template<typename Task>
    void runTask(Task task)
    {
        setBusy(true);
        app::runThenCallback(this, std::move(task), [this](auto result) {
            setBusy(false);
            if (!result)
                return showError(result.error());
            accept();
        });
    }

    std::shared_ptr<app::Administration> m_admin;
    QFormLayout* m_form;
    QPushButton* m_action;

private:
    void setBusy(bool busy);
    QLabel* m_error;
};

} // namespace medilock::ui
