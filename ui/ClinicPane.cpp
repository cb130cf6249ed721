#include "ClinicPane.h"

#include "MonospaceLabel.h"

#include "app/Administration.h"
#include "app/AsyncTask.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace medilock::ui {

ClinicPane::ClinicPane(std::shared_ptr<app::Administration> admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(std::move(admin))
    , m_trusted(new QListWidget(this))
    , m_fingerprint(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_untrust(new QPushButton(tr("Stop trustin&g…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("clinicPane"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildIdentity(), 3);
    layout->addWidget(buildTrust(), 2);
}

QWidget* ClinicPane::buildIdentity()
{
    auto* box = new QGroupBox(tr("This clinic and node"), this);
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const app::NodeIdentity id = m_admin->identity();
    const auto row = [&](const char* name, const QString& label, const QString& fingerprint) {
        QLabel* text = monospaceLabel(fingerprint, box);
        text->setObjectName(QLatin1String(name));
        text->setAccessibleName(label);
        text->setWordWrap(true);
        form->addRow(label, text);
    };
    form->addRow(tr("Clinic:"), new QLabel(id.clinicName, box));
    row("clinicFingerprint", tr("Clinic root fingerprint (give it to clinics that should trust this one):"),
        id.clinicFingerprint);
    row("nodeFingerprint", tr("Node key fingerprint:"), id.nodeFingerprint);
    row("tlsFingerprint", tr("TLS certificate fingerprint (give it to nodes that pair with this one):"), id.tlsFingerprint);

    auto* codes = new QHBoxLayout;
    const auto qr = [&](const char* name, const QString& caption, const QString& text) {
        auto* column = new QVBoxLayout;
        auto* image = new QLabel(box);
        image->setObjectName(QLatin1String(name));
        image->setAccessibleName(tr("QR code: %1").arg(caption));
        if (auto code = app::Administration::qrCode(text, 3))
            image->setPixmap(QPixmap::fromImage(*code));
        else
            image->setText(code.error());
        column->addWidget(image, 0, Qt::AlignHCenter);
        auto* label = new QLabel(caption, box);
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        column->addWidget(label);
        codes->addLayout(column);
    };
    qr("clinicQrCode", tr("Clinic root"), id.clinicFingerprint);
    qr("tlsQrCode", tr("TLS certificate"), id.tlsFingerprint);
    codes->addStretch();
    form->addRow(codes);
    return box;
}

QWidget* ClinicPane::buildTrust()
{
    auto* box = new QGroupBox(tr("Trusted clinics"), this);
    auto* layout = new QVBoxLayout(box);
    auto* note = new QLabel(tr("This node accepts records from the nodes of these clinics and of its own."), box);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_trusted->setObjectName(QStringLiteral("trustedClinics"));
    m_trusted->setAccessibleName(tr("Trusted clinics"));
    layout->addWidget(m_trusted);
    m_untrust->setObjectName(QStringLiteral("untrustButton"));
    m_untrust->setAccessibleName(tr("Stop trusting the selected clinic"));
    m_untrust->setEnabled(false);
    layout->addWidget(m_untrust, 0, Qt::AlignLeft);
    connect(m_trusted, &QListWidget::currentRowChanged, this, [this](int row) { m_untrust->setEnabled(row >= 0); });
    connect(m_untrust, &QPushButton::clicked, this, &ClinicPane::stopTrusting);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fingerprint->setObjectName(QStringLiteral("trustFingerprint"));
    m_fingerprint->setAccessibleName(tr("Root fingerprint of the clinic to trust"));
    m_fingerprint->setPlaceholderText(tr("64 hexadecimal digits"));
    m_name->setObjectName(QStringLiteral("trustName"));
    m_name->setAccessibleName(tr("Name of the clinic to trust"));
    form->addRow(tr("&Root fingerprint:"), m_fingerprint);
    form->addRow(tr("Na&me:"), m_name);
    layout->addLayout(form);
    auto* add = new QPushButton(tr("&Trust this clinic"), box);
    add->setObjectName(QStringLiteral("trustButton"));
    connect(add, &QPushButton::clicked, this, &ClinicPane::trust);
    layout->addWidget(add, 0, Qt::AlignLeft);
    m_status->setObjectName(QStringLiteral("trustStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    return box;
}

void ClinicPane::refresh()
{
    auto admin = m_admin;
    app::runThenCallback(this, [admin] { return admin->trustedClinics(); },
                         [this](Result<QList<app::TrustedClinicView>> clinics) {
                             if (!clinics)
                                 return m_status->setText(clinics.error());
                             m_trusted->clear();
                             for (const app::TrustedClinicView& c : *clinics) {
                                 auto* item = new QListWidgetItem(tr("%1 — %2").arg(c.name, c.rootFingerprint), m_trusted);
                                 item->setData(Qt::UserRole, c.rootFingerprint);
                             }
                         });
}

void ClinicPane::trust()
{
    auto admin = m_admin;
    app::runThenCallback(this, [admin, fp = m_fingerprint->text(), name = m_name->text()] { return admin->trust(fp, name); },
                         [this](Result<void> done) {
                             if (!done)
                                 return m_status->setText(done.error());
                             m_status->setText(tr("The clinic is trusted."));
                             m_fingerprint->clear();
                             m_name->clear();
                             refresh();
                         });
}

void ClinicPane::stopTrusting()
{
    QListWidgetItem* item = m_trusted->currentItem();
    if (!item)
        return;
    const QString fingerprint = item->data(Qt::UserRole).toString();
    auto* confirm = new QMessageBox(QMessageBox::Warning, tr("Stop trusting a clinic"),
                                    tr("Stop trusting %1? Records its nodes sent before stay; new blocks from its nodes "
                                       "are refused from now on.")
                                        .arg(item->text()),
                                    QMessageBox::Yes | QMessageBox::Cancel, window());
    confirm->setObjectName(QStringLiteral("confirmUntrust"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, fingerprint](QAbstractButton* button) {
        if (confirm->standardButton(button) != QMessageBox::Yes)
            return;
        auto admin = m_admin;
        app::runThenCallback(this, [admin, fingerprint] { return admin->stopTrusting(fingerprint); }, [this](Result<void> done) {
            m_status->setText(done ? tr("The clinic is no longer trusted.") : done.error());
            refresh();
        });
    });
    confirm->open();
}

} // namespace medilock::ui
