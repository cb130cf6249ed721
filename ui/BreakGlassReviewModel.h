#pragma once

#include "ViewTableModel.h"

#include "app/AdminViews.h"

#include <QCoreApplication>

namespace medilock::ui {

// Break-glass accesses to this clinic's patients, newest first: when, who, patient, reason.
class BreakGlassReviewModel : public ViewTableModel<app::BreakGlassView>
{
    Q_DECLARE_TR_FUNCTIONS(BreakGlassReviewModel)
public:
    enum Column { WhenColumn, WhoColumn, ClinicColumn, PatientColumn, ReasonColumn };
    using ViewTableModel::ViewTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const app::BreakGlassView& access, int column, int role) const override;
};

} // namespace medilock::ui
