#pragma once

#include "BusyDialog.h"

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

// What every record editor shares: a form, an error line, and a "Sign and save" button.
// Saving signs an entry as the signed-in user, off the GUI thread (BusyDialog::runBusy);
// nothing is saved unsigned.
class EditorDialog : public BusyDialog
{
    Q_OBJECT
public:
    EditorDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, const QString& title,
                 QWidget* parent = nullptr);

protected:
    virtual void save() = 0;
    void showError(const QString& message) override;
    void clearError();

    std::shared_ptr<app::ClinicalRecords> m_records;
    QByteArray m_patientId;
    QFormLayout* m_form;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace medilock::ui
