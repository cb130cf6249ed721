#include "EmergencyCardButton.h"

#include "PdfSaveDialog.h"

#include "app/AsyncTask.h"
#include "app/EmergencyCards.h"

#include <QDir>

namespace medilock::ui {

EmergencyCardButton::EmergencyCardButton(std::shared_ptr<app::EmergencyCards> cards, QWidget* parent)
    : QPushButton(tr("Emergency car&d…"), parent)
    , m_cards(std::move(cards))
{
    setObjectName(QStringLiteral("emergencyCardButton"));
    setAccessibleName(tr("Emergency card: save a signed card with a QR code as PDF"));
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    setShortcut(keys);
    setToolTip(tr("Save the patient's signed emergency card as PDF (%1)").arg(keys.toString(QKeySequence::NativeText)));
    setVisible(m_cards->mayIssue());
    connect(this, &QPushButton::clicked, this, &EmergencyCardButton::saveCard);
}

void EmergencyCardButton::saveCard()
{
    if (m_patientId.isEmpty() || !m_cards->mayIssue())
        return;
    askPdfPath(window(), QStringLiteral("emergencyCardDialog"), tr("Save the emergency card as PDF"),
               tr("emergency-card.pdf"), this, [this](const QString& path) { writeCard(path); });
}

void EmergencyCardButton::writeCard(const QString& path)
{
    setEnabled(false);
    auto cards = m_cards;
    app::runThenCallback(this, [cards, id = m_patientId, path] { return cards->writePdf(id, path); },
                         [this, path](Result<app::SignedEmergencyCard> card) {
                             setEnabled(true);
                             if (!card)
                                 return Q_EMIT failed(tr("The emergency card was not saved: %1").arg(card.error()));
                             Q_EMIT written(tr("Emergency card of %1 saved to %2.")
                                                .arg(card->content.name, QDir::toNativeSeparators(path)));
                         });
}

} // namespace medilock::ui
