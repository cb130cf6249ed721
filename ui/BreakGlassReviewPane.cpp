#include "BreakGlassReviewPane.h"

#include "BreakGlassReviewModel.h"

#include "app/Administration.h"
#include "app/AsyncTask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace medilock::ui {

BreakGlassReviewPane::BreakGlassReviewPane(std::shared_ptr<app::Administration> admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(std::move(admin))
    , m_model(new BreakGlassReviewModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("breakGlassReviewPane"));
    auto* note = new QLabel(tr("Emergency accesses to this clinic's patients whose consent restricts their chart, "
                               "from any clinic, newest first. Each reason was signed by the person who gave it."),
                            this);
    note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("breakGlassTable"));
    m_table->setAccessibleName(tr("Break-glass accesses to review"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshReviewButton"));
    connect(refreshButton, &QPushButton::clicked, this, &BreakGlassReviewPane::refresh);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    auto* header = new QHBoxLayout;
    header->addWidget(note, 1);
    header->addWidget(refreshButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
}

void BreakGlassReviewPane::refresh()
{
    auto admin = m_admin;
    app::runThenCallback(this, [admin] { return admin->breakGlassReview(); },
                         [this](Result<QList<app::BreakGlassView>> rows) {
                             if (!rows)
                                 return m_status->setText(rows.error());
                             m_model->setRows(*rows);
                             m_status->setText(tr("%n break-glass access(es).", nullptr, static_cast<int>(rows->size())));
                         });
}

} // namespace medilock::ui
