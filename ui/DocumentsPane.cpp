#include "DocumentsPane.h"

#include "RecordListModel.h"

#include "app/AsyncTask.h"
#include "app/ClinicalRecords.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace medilock::ui {

namespace {
QString suffixFor(const QString& contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("application/pdf"))
        return QStringLiteral(".pdf");
    if (type == QLatin1String("image/png"))
        return QStringLiteral(".png");
    if (type == QLatin1String("image/jpeg"))
        return QStringLiteral(".jpg");
    if (type == QLatin1String("text/html"))
        return QStringLiteral(".html");
    return QStringLiteral(".txt"); // plain text notes, and anything else shown as text, never run
}
} // namespace

DocumentsPane::DocumentsPane(std::shared_ptr<app::ClinicalRecords> records, RecordListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_records(std::move(records))
    , m_model(model)
    , m_table(new QTableView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_attach(new QPushButton(tr("Attac&h…"), this))
{
    setObjectName(QStringLiteral("documentsPane"));
    m_table->setObjectName(QStringLiteral("documentsView"));
    m_table->setAccessibleName(tr("Documents"));
    m_table->setModel(model);
    m_open->setObjectName(QStringLiteral("openDocumentButton"));
    m_open->setAccessibleName(tr("Open the selected document"));
    m_attach->setObjectName(QStringLiteral("attachDocumentButton"));
    m_attach->setAccessibleName(tr("Attach a PDF or image to the chart"));
    m_attach->setVisible(m_records->maySign(app::RecordType::Document));
    connect(m_open, &QPushButton::clicked, this, &DocumentsPane::openCurrent);
    connect(m_attach, &QPushButton::clicked, this, &DocumentsPane::attachRequested);
    connect(m_table, &QTableView::activated, this, &DocumentsPane::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsPane::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &DocumentsPane::updateButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

DocumentsPane::~DocumentsPane() = default;

void DocumentsPane::setPatient(const QByteArray& patientId)
{
    if (patientId != m_patientId)
        removeCopies();
    m_patientId = patientId;
}

void DocumentsPane::removeCopies()
{
    m_copies.reset(); // QTemporaryDir removes the directory and what it holds
}

void DocumentsPane::updateButtons()
{
    m_open->setEnabled(m_table->selectionModel()->hasSelection() || m_table->currentIndex().isValid());
}

void DocumentsPane::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    const app::RecordView* record = index.isValid() ? m_model->record(index.row()) : nullptr;
    if (!record)
        return;
    auto records = m_records;
    const QByteArray patient = m_patientId;
    const QByteArray hash = record->hash;
    const QString display = record->display;
    app::runThenCallback(this, [records, patient, hash] { return records->document(patient, hash); },
                         [this, display, patient](Result<app::ClinicalRecords::Document> document) {
                             if (patient != m_patientId)
                                 return; // another chart opened meanwhile
                             if (!document)
                                 return Q_EMIT failed(document.error());
                             if (!m_copies) {
                                 m_copies = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                                            + QStringLiteral("/medilock-view-XXXXXX"));
                                 QFile::setPermissions(m_copies->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                             | QFileDevice::ExeOwner);
                             }
                             if (!m_copies->isValid())
                                 return Q_EMIT failed(tr("cannot create a private temporary directory"));
                             // A name from the title, reduced to safe characters; the type decides the suffix.
                             QString base = display;
                             base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
                             base = base.left(60).trimmed();
                             if (base.isEmpty())
                                 base = tr("document");
                             QString path = m_copies->filePath(base + suffixFor(document->contentType));
                             for (int n = 2; QFile::exists(path); ++n)
                                 path = m_copies->filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffixFor(document->contentType)));
                             QFile file(path);
                             if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                                 || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                 || file.write(document->data) != document->data.size() || !file.flush())
                                 return Q_EMIT failed(tr("cannot write the document for viewing: %1").arg(file.errorString()));
                             file.close();
                             if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
                                 Q_EMIT failed(tr("no application on this computer opens %1").arg(document->contentType));
                         });
}

} // namespace medilock::ui
