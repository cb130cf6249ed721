#pragma once

#include "EditorDialog.h"

class QLineEdit;

namespace medilock::ui {

// Marks a record "entered in error" with a reason: a signed amendment supersedes it. The
// record itself stays on the chart, struck through.
class AmendDialog : public EditorDialog
{
    Q_OBJECT
public:
    AmendDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QByteArray recordHash,
                const QString& recordText, QWidget* parent = nullptr);

private:
    void save() override;

    QByteArray m_hash;
    QLineEdit* m_reason;
};

} // namespace medilock::ui
