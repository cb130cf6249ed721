#pragma once

#include "EditorDialog.h"

class QLineEdit;

namespace medilock::ui {

// Records the patient's consent directive on their chart: a restriction (others then open
// the chart only by breaking the glass, stating a reason, recorded and reviewed) or the
// lifting of one. Says what it means before it is signed; signs on a worker thread.
class ConsentDialog : public EditorDialog
{
    Q_OBJECT
public:
    ConsentDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, bool restrict,
                  QWidget* parent = nullptr);
    bool restricts() const { return m_restrict; }

protected:
    void save() override;

private:
    bool m_restrict;
    QLineEdit* m_note;
};

} // namespace medilock::ui
