#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace medilock::app {
class Administration;
}

namespace medilock::ui {

// This clinic's identity (the clinic root, node and TLS fingerprints as text and as QR
// codes, for another clinic's administrator to read) and the clinics it trusts.
class ClinicPane : public QWidget
{
    Q_OBJECT
public:
    explicit ClinicPane(std::shared_ptr<app::Administration> admin, QWidget* parent = nullptr);
    void refresh();

private:
    QWidget* buildIdentity();
    QWidget* buildTrust();
    void trust();
    void stopTrusting();

    std::shared_ptr<app::Administration> m_admin;
    QListWidget* m_trusted;
    QLineEdit* m_fingerprint;
    QLineEdit* m_name;
    QPushButton* m_untrust;
    QLabel* m_status;
};

} // namespace medilock::ui
