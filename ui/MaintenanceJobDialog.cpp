#include "MaintenanceJobDialog.h"

#include "WrappedTextFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace medilock::ui {

MaintenanceJobDialog::MaintenanceJobDialog(
    const QString& name, const QString& statusName, const QString& startText, QWidget* parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_fields(new QVBoxLayout)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(name + QStringLiteral("Dialog"));
    m_explanation->setObjectName(name + QStringLiteral("Explanation"));
    m_explanation->setWordWrap(true);
    m_status->setObjectName(name + statusName);
    m_status->setWordWrap(true);
    m_status->hide(); // empty lines would only leave a gap above the buttons
    m_progress->setObjectName(name + QStringLiteral("Progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_result->setObjectName(name + QStringLiteral("Result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_start = m_buttons->addButton(startText, QDialogButtonBox::AcceptRole);
    m_start->setObjectName(name + QStringLiteral("Start"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(name + QStringLiteral("Close"));
    connect(m_close, &QPushButton::clicked, this, &MaintenanceJobDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(m_fields);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
}

void MaintenanceJobDialog::reject()
{
    if (!m_running) // a job under way cannot be cancelled: it ends, then the dialog closes
        QDialog::reject();
}

void MaintenanceJobDialog::setExplanation(const QString& text)
{
    m_explanation->setText(text);
}

void MaintenanceJobDialog::finishLayout()
{
    setMinimumWidth(560);
    resize(600, sizeHint().height());
    fitWrappedText(this);
}

void MaintenanceJobDialog::beginRun(const QString& notice, const QList<QWidget*>& fields)
{
    m_running = true;
    m_start->setEnabled(false);
    m_close->setEnabled(false);
    for (QWidget* field : fields)
        field->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    showResult(notice);
}

void MaintenanceJobDialog::endRun(const QList<QWidget*>& fields)
{
    m_running = false;
    m_close->setEnabled(true);
    for (QWidget* field : fields)
        field->setEnabled(true);
}

void MaintenanceJobDialog::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    fitWrappedText(this);
}

void MaintenanceJobDialog::showFailure(const QString& message)
{
    m_progress->hide();
    setStatus({});
    showResult(message, true);
}

void MaintenanceJobDialog::showResult(const QString& text, bool problem)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    m_result->setStyleSheet(problem ? QStringLiteral("color: #a00000;") : QString());
    fitWrappedText(this);
}

} // namespace medilock::ui
