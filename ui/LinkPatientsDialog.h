#pragma once

#include "EditorDialog.h"

#include "app/ChartViews.h"

class QLabel;

namespace medilock::ui {

// Links two registrations as one person (their charts then show each other's records), or
// undoes a link made earlier. Either way a signed entry, never a deletion.
class LinkPatientsDialog : public EditorDialog
{
    Q_OBJECT
public:
    LinkPatientsDialog(std::shared_ptr<app::ClinicalRecords> records, const app::PatientView& first,
                       const app::PatientView& second, QWidget* parent = nullptr);

    bool unlinks() const { return m_unlink; }

private:
    void save() override;

    QByteArray m_other;
    bool m_unlink = false;
};

} // namespace medilock::ui
