#include "VerifyCardDialog.h"

#include "app/AsyncTask.h"
#include "app/EmergencyCardRender.h"
#include "app/EmergencyCards.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medilock::ui {

VerifyCardDialog::VerifyCardDialog(std::shared_ptr<app::EmergencyCards> cards, QWidget* parent)
    : QDialog(parent)
    , m_cards(std::move(cards))
    , m_text(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("verifyCardDialog"));
    setWindowTitle(tr("Verify an emergency card"));
    auto* intro = new QLabel(tr("Paste the text read from the card's QR code (a phone's scanner app or "
                                "\"zbarimg --raw\" shows it). It is checked here, offline."),
                             this);
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("cardTextEdit"));
    m_text->setAccessibleName(tr("Text of the emergency card's QR code"));
    m_text->setPlaceholderText(QStringLiteral("MEDILOCK EMERGENCY CARD v1\n…"));
    m_text->setTabChangesFocus(true);
    intro->setBuddy(m_text);
    m_result->setObjectName(QStringLiteral("cardVerifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMargin(8);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verify = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    m_verify->setObjectName(QStringLiteral("verifyCardButton"));
    m_verify->setAccessibleName(tr("Verify the pasted card"));
    m_verify->setDefault(true);
    m_verify->setEnabled(false);
    connect(m_verify, &QPushButton::clicked, this, &VerifyCardDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_verify->setEnabled(!m_text->toPlainText().trimmed().isEmpty() && m_outcome != Outcome::Checking);
        m_result->hide(); // a result never stands beside text it was not about
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 520);
    m_text->setFocus();
}

void VerifyCardDialog::verify()
{
    const QByteArray text = m_text->toPlainText().toUtf8();
    if (text.trimmed().isEmpty())
        return;
    m_outcome = Outcome::Checking;
    m_verify->setEnabled(false);
    auto cards = m_cards;
    app::runThenCallback(this, [cards, text] { return cards->check(text); },
                         [this, text](Result<app::EmergencyCardCheck> check) {
                             m_verify->setEnabled(true);
                             if (m_text->toPlainText().toUtf8() != text) { // edited meanwhile: not about it
                                 m_outcome = Outcome::None;
                                 return;
                             }
                             if (!check)
                                 return showOutcome(Outcome::Invalid, tr("NOT VALID: do not rely on this card."),
                                                    tr("Reason: %1").arg(check.error()).toHtmlEscaped());
                             const app::EmergencyCardContent& c = check->card.content;
                             const QString issued = QLocale().toString(c.issuedAt.toLocalTime(), QLocale::LongFormat);
                             QString signer;
                             QString headline;
                             Outcome outcome = Outcome::Valid;
                             if (check->knownNode) {
                                 signer = tr("node \"%1\" of clinic \"%2\"").arg(check->nodeName, check->clinicName);
                                 headline = tr("VALID: signed by %1 on %2.").arg(signer, issued);
                             } else {
                                 outcome = Outcome::UnknownSigner;
                                 signer = tr("an unknown node (key %1)").arg(check->nodeFingerprint);
                                 headline = tr("SIGNATURE VALID BUT NOT FROM A KNOWN NODE: the key %1 is not certified "
                                               "on this node's ledger; do not rely on this card's content (issued %2).")
                                                .arg(check->nodeFingerprint, issued);
                             }
                             QString details = QStringLiteral("<table>");
                             for (const auto& [label, value] : app::EmergencyCardRender::lines(c, signer))
                                 details += QStringLiteral("<tr><td><b>%1:</b>&nbsp;</td><td>%2</td></tr>")
                                                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
                             details += QStringLiteral("</table><p>%1</p>")
                                            .arg(tr("The card says what the issuing node knew when it was issued.")
                                                     .toHtmlEscaped());
                             showOutcome(outcome, headline, details);
                         });
}

void VerifyCardDialog::showOutcome(Outcome outcome, const QString& headline, const QString& details)
{
    m_outcome = outcome;
    const char* style = outcome == Outcome::Valid
                            ? "QLabel { background: #e8f5e9; color: #1b5e20; border: 2px solid #1b5e20; border-radius: 3px; }"
                            : "QLabel { background: #ffebee; color: #b71c1c; border: 2px solid #b71c1c; border-radius: 3px; }";
    m_result->setStyleSheet(QLatin1String(style));
    m_result->setText(QStringLiteral("<p><b>%1</b></p>%2").arg(headline.toHtmlEscaped(), details));
    m_result->setAccessibleName(headline);
    m_result->show();
}

} // namespace medilock::ui
