#include "AdminDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medilock::ui {

AdminDialog::AdminDialog(std::shared_ptr<app::Administration> admin, const QString& title, const QString& action,
                         QWidget* parent)
    : BusyDialog(parent)
    , m_admin(std::move(admin))
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    setWindowTitle(title);
    setMinimumWidth(520);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_error->setObjectName(QStringLiteral("adminDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_error->hide();
    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_action = box->addButton(action, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("adminDialogAction"));
    m_action->setDefault(true);
    box->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, [this] {
        m_error->hide();
        submit();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(box);
}

void AdminDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace medilock::ui
