#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

// Shown instead of any patient data after idle time: asks the signed-in user's passphrase
// again (checked on a worker thread: key derivation takes a moment).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent = nullptr);

    void prepare(); // clears the field and focuses it

Q_SIGNALS:
    void unlocked();

private:
    void attempt();

    std::shared_ptr<app::ClinicalRecords> m_records;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QLabel* m_error;
    int m_failures = 0;
};

} // namespace medilock::ui
