#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace medilock::app {
class EmergencyCards;
}

namespace medilock::ui {

// "Verify emergency card…": the text read from a card's QR code is pasted and checked
// offline (on a worker thread) against this node's ledger. Says who signed it (node,
// clinic), when, and what it says; or plainly why it is not valid.
class VerifyCardDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { None, Checking, Valid, UnknownSigner, Invalid };

    explicit VerifyCardDialog(std::shared_ptr<app::EmergencyCards> cards, QWidget* parent = nullptr);
    Outcome outcome() const { return m_outcome; }
    void verify();

private:
    void showOutcome(Outcome outcome, const QString& headline, const QString& details);

    std::shared_ptr<app::EmergencyCards> m_cards;
    QPlainTextEdit* m_text;
    QPushButton* m_verify;
    QLabel* m_result;
    Outcome m_outcome = Outcome::None;
};

} // namespace medilock::ui
