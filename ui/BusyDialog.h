#pragma once

#include "BusyForm.h"

#include "app/AsyncTask.h"

#include <QDialog>

#include <utility>

namespace medilock::ui {

// A dialog whose action runs off the GUI thread (signing waits for its block; key derivation
// takes a second): while it runs the form is disabled, so that nothing changes or is done
// twice, and the dialog refuses to close, since the work happens all the same. A failure is
// shown and the dialog stays open with nothing changed; a success accepts it.
class BusyDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void reject() override
    {
        if (!m_busy)
            QDialog::reject();
    }

protected:
    virtual void showError(const QString& message) = 0;

    // Runs `task` (returning a Result) on a worker; on success hands the result to `done`,
    // then accepts the dialog.
    template<typename Task, typename Done>
    void runBusy(Task task, Done done)
    {
        setBusy(true);
        app::runThenCallback(this, std::move(task), [this, done = std::move(done)](auto result) mutable {
            setBusy(false);
            if (!result)
                return showError(result.error());
            done(std::move(result));
            accept();
        });
    }
    template<typename Task>
    void runBusy(Task task)
    {
        runBusy(std::move(task), [](auto&&) {});
    }

private:
    void setBusy(bool busy)
    {
        m_busy = busy;
        setFormBusy(this, busy);
    }

    bool m_busy = false;
};

} // namespace medilock::ui
