#pragma once

#include "app/AsyncTask.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

// What every record editor shares: a form, an error line, and a "Sign and save" button.
// Saving signs an entry as the signed-in user; nothing is saved unsigned.
class EditorDialog : public QDialog
{
    Q_OBJECT
public:
    EditorDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, const QString& title,
                 QWidget* parent = nullptr);

protected:
    virtual void save() = 0;
    void showError(const QString& message);
    void clearError();
    // Signs off the GUI thread: `task` (returning a Result) runs on a worker while the form
    // is disabled; the dialog closes on success, or shows the error and stays open.
    template<typename Task>
    void signAndSave(Task task)
    {
        setBusy(true);
        app::runThenCallback(this, std::move(task), [this](auto saved) {
            setBusy(false);
            if (!saved)
                return showError(saved.error());
            accept();
        });
    }
    void setBusy(bool busy);
    // Escape or closing the window while an entry is being signed would hide a save that
    // still happens: refused until it is done.
    void reject() override;

    std::shared_ptr<app::ClinicalRecords> m_records;
    QByteArray m_patientId;
    QFormLayout* m_form;
    QLabel* m_error;
    QPushButton* m_save;

private:
    bool m_busy = false;
};

} // namespace medilock::ui
