#pragma once

#include "app/ChartViews.h"

#include "BusyDialog.h"

#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

// Registers a patient. Saving first looks for likely duplicates; if there are any they are
// listed and a second, deliberate "Register anyway" is needed. Given an existing patient, it
// edits their demographics instead: saving signs an update that supersedes the registration.
class RegisterPatientDialog : public BusyDialog
{
    Q_OBJECT
public:
    explicit RegisterPatientDialog(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent = nullptr);
    RegisterPatientDialog(std::shared_ptr<app::ClinicalRecords> records, const app::PatientView& existing,
                          QWidget* parent = nullptr);

    const app::PatientView& registered() const { return m_registered; }

private:
    void save();
    void showError(const QString& message) override;
    // Signs off the GUI thread (BusyDialog::runBusy) and keeps the registered patient.
    template<typename Task>
    void signAndSave(Task task);
    QString validate() const;
    void clearDuplicateWarning();

    std::shared_ptr<app::ClinicalRecords> m_records;
    QLineEdit* m_family;
    QLineEdit* m_given;
    QDateEdit* m_birth;
    QComboBox* m_sex;
    QLineEdit* m_phone;
    QLineEdit* m_identifier;
    QLineEdit* m_address;
    QComboBox* m_bloodGroup;
    QLineEdit* m_contactName;
    QLineEdit* m_contactRelation;
    QLineEdit* m_contactPhone;
    QFrame* m_duplicates;
    QListWidget* m_duplicateList;
    QLabel* m_error;
    QPushButton* m_save;
    bool m_duplicatesShown = false;
    QByteArray m_editing; // the patient whose demographics are edited, or empty
    app::PatientView m_registered;
};

} // namespace medilock::ui
