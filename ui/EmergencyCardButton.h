#pragma once

#include <QPushButton>

#include <memory>

namespace medilock::app {
class EmergencyCards;
}

namespace medilock::ui {

// "Emergency card…" (Ctrl+Shift+E) on the chart and the emergency view: asks where to save,
// then issues the patient's signed card and writes its PDF on a worker thread. Issuing is a
// recorded access of purpose "card", as on the command line, so a cancelled dialog records
// nothing. Hidden from roles that do not read charts.
class EmergencyCardButton : public QPushButton
{
    Q_OBJECT
public:
    explicit EmergencyCardButton(std::shared_ptr<app::EmergencyCards> cards, QWidget* parent = nullptr);
    void setPatient(const QByteArray& patientId) { m_patientId = patientId; }
    void saveCard();
    // Issues the card into `path` without asking (the file dialog's accepted path).
    void writeCard(const QString& path);

Q_SIGNALS:
    // After the card was written: the chart's access log has one more row.
    void written(const QString& message);
    void failed(const QString& message);

private:
    std::shared_ptr<app::EmergencyCards> m_cards;
    QByteArray m_patientId;
};

} // namespace medilock::ui
