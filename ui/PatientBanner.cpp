#include "PatientBanner.h"

#include "PatientListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace medilock::ui {

PatientBanner::PatientBanner(QWidget* parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_allergies(new QLabel(this))
{
    setObjectName(QStringLiteral("patientBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_name->setObjectName(QStringLiteral("bannerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    QFont medium = m_details->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.15);
    m_details->setFont(medium);
    m_allergies->setObjectName(QStringLiteral("bannerAllergies"));
    m_allergies->setWordWrap(true);
    QFont alert = m_allergies->font();
    alert.setPointSizeF(alert.pointSizeF() * 1.15);
    alert.setBold(true);
    m_allergies->setFont(alert);
    m_allergies->setMargin(6);

    auto* top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addSpacing(16);
    top->addWidget(m_details, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_allergies);
}

QString PatientBanner::allergyLine(app::AllergyStatus status, const QList<app::RecordView>& allergies,
                                   const std::optional<app::RecordView>& noneKnown)
{
    switch (status) {
    case app::AllergyStatus::Recorded: {
        QStringList items;
        for (const app::RecordView& a : allergies) {
            QString item = a.display;
            QStringList detail;
            if (a.criticality == QLatin1String("high"))
                detail << tr("high risk");
            if (!a.reaction.isEmpty())
                detail << a.reaction;
            if (!detail.isEmpty())
                item += QStringLiteral(" (%1)").arg(detail.join(QStringLiteral(", ")));
            items << item;
        }
        return tr("ALLERGIES: %1").arg(items.join(QStringLiteral("; ")));
    }
    case app::AllergyStatus::NoneKnown:
        if (noneKnown)
            return tr("No known allergies — confirmed by %1 on %2")
                .arg(noneKnown->signer.name, QLocale().toString(noneKnown->authoredAt.toLocalTime().date(), QLocale::ShortFormat));
        return tr("No known allergies");
    case app::AllergyStatus::Unknown:
        break;
    }
    return tr("Allergies never recorded — ask the patient");
}

void PatientBanner::styleAlert(QLabel* label, app::AllergyStatus status)
{
    switch (status) {
    case app::AllergyStatus::Recorded:
        label->setStyleSheet(QStringLiteral("QLabel { background: #b71c1c; color: white; border-radius: 3px; }"));
        break;
    case app::AllergyStatus::Unknown:
        label->setStyleSheet(QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; border: 2px solid #b71c1c; border-radius: 3px; }"));
        break;
    case app::AllergyStatus::NoneKnown:
        label->setStyleSheet(QString()); // the system palette
        break;
    }
}

void PatientBanner::setPatient(const app::PatientView& p, const QString& bloodGroup, app::AllergyStatus status,
                               const QList<app::RecordView>& allergies, const std::optional<app::RecordView>& noneKnown)
{
    m_name->setText(p.name);
    QStringList details;
    if (p.birthDate.isValid())
        details << tr("%n year(s)", nullptr, p.ageOn(QDate::currentDate()))
                << tr("born %1").arg(QLocale().toString(p.birthDate, QLocale::ShortFormat));
    else
        details << tr("birth date unknown");
    details << PatientListModel::sexText(p.sex);
    details << (bloodGroup.isEmpty() ? tr("blood group unknown") : tr("blood group %1").arg(bloodGroup));
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_allergies->setText(allergyLine(status, allergies, noneKnown));
    m_allergies->setAccessibleName(m_allergies->text());
    styleAlert(m_allergies, status);
    setAccessibleName(tr("Patient %1").arg(p.name));
}

QString PatientBanner::allergyText() const
{
    return m_allergies->text();
}

} // namespace medilock::ui
