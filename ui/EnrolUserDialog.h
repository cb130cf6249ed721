#pragma once

#include "AdminDialog.h"

class QComboBox;
class QLineEdit;

namespace medilock::ui {

// Enrols a user of this clinic with a role and a first passphrase (typed twice), which the
// administrator hands over.
class EnrolUserDialog : public AdminDialog
{
    Q_OBJECT
public:
    explicit EnrolUserDialog(std::shared_ptr<app::Administration> admin, QWidget* parent = nullptr);
    QString enrolledName() const { return m_enrolled; }

protected:
    void submit() override;

private:
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QString m_enrolled;
};

} // namespace medilock::ui
