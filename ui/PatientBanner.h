#pragma once

#include "app/ChartViews.h"

#include <QFrame>

class QLabel;

namespace medilock::ui {

// Always above a chart: name, age, sex, blood group, and the allergy status in words that
// cannot be misread ("never recorded" is not "none known").
class PatientBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PatientBanner(QWidget* parent = nullptr);

    void setPatient(const app::PatientView& patient, const QString& bloodGroup, app::AllergyStatus status,
                    const QList<app::RecordView>& allergies, const std::optional<app::RecordView>& noneKnown);
    QString allergyText() const;

    static QString allergyLine(app::AllergyStatus status, const QList<app::RecordView>& allergies,
                               const std::optional<app::RecordView>& noneKnown);
    // Clinical alert colours: the only hard-coded colours in the application.
    static void styleAlert(QLabel* label, app::AllergyStatus status);

private:
    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_allergies;
};

} // namespace medilock::ui
