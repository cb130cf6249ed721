#pragma once

#include "AdminDialog.h"

class QLineEdit;

namespace medilock::ui {

// Revokes a user's key with a reason: the confirmation before an irreversible step.
class RevokeUserDialog : public AdminDialog
{
    Q_OBJECT
public:
    RevokeUserDialog(std::shared_ptr<app::Administration> admin, const QString& user, QWidget* parent = nullptr);

protected:
    void submit() override;

private:
    QString m_user;
    QLineEdit* m_reason;
};

} // namespace medilock::ui
