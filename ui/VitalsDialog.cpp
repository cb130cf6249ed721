#include "VitalsDialog.h"

#include "app/ClinicalRecords.h"

#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace medilock::ui {

VitalsDialog::VitalsDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId), tr("Record vital signs"), parent)
{
    setObjectName(QStringLiteral("vitalsDialog"));
    m_systolic = addField("vitalSystolic", tr("&Systolic pressure:"), tr("mmHg"), 40, 300, 0);
    m_diastolic = addField("vitalDiastolic", tr("&Diastolic pressure:"), tr("mmHg"), 20, 200, 0);
    m_pulse = addField("vitalPulse", tr("&Pulse:"), tr("/min"), 20, 250, 0);
    m_temperature = addField("vitalTemperature", tr("&Temperature:"), tr("°C"), 25, 45, 1);
    m_respiratory = addField("vitalRespiratoryRate", tr("&Respiratory rate:"), tr("/min"), 2, 80, 0);
    m_spo2 = addField("vitalSpO2", tr("S&pO₂:"), tr("%"), 40, 100, 0);
    m_weight = addField("vitalWeight", tr("&Weight:"), tr("kg"), 0.3, 400, 1);
    m_height = addField("vitalHeight", tr("&Height:"), tr("cm"), 20, 250, 1);
}

QLineEdit* VitalsDialog::addField(const char* objectName, const QString& label, const QString& unit, double low,
                                  double high, int decimals)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto* validator = new QDoubleValidator(low, high, decimals, edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setMaximumWidth(120);
    auto* row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(new QLabel(unit, this));
    row->addStretch();
    m_form->addRow(label, row);
    return edit;
}

void VitalsDialog::save()
{
    clearError();
    app::ClinicalRecords::Vitals v;
    QStringList invalid;
    const auto read = [&](QLineEdit* edit, std::optional<double>& out) {
        if (edit->text().trimmed().isEmpty())
            return;
        if (!edit->hasAcceptableInput()) {
            invalid << edit->accessibleName();
            return;
        }
        bool ok = false;
        const double value = QLocale().toDouble(edit->text(), &ok);
        if (ok)
            out = value;
        else
            invalid << edit->accessibleName();
    };
    read(m_systolic, v.systolic);
    read(m_diastolic, v.diastolic);
    read(m_pulse, v.pulse);
    read(m_temperature, v.temperature);
    read(m_respiratory, v.respiratoryRate);
    read(m_spo2, v.spo2);
    read(m_weight, v.weight);
    read(m_height, v.height);
    if (!invalid.isEmpty())
        return showError(tr("Out of range or not a number: %1.").arg(invalid.join(QStringLiteral(", "))));
    runBusy([records = m_records, id = m_patientId, v] { return records->addVitals(id, v); });
}

} // namespace medilock::ui
