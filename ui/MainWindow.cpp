#include "MainWindow.h"

#include "app/Role.h"
#include "app/Session.h"

#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace medilock::ui {

MainWindow::MainWindow(std::shared_ptr<app::Session> session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_identity(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MediLock — %1").arg(m_session->identity().clinicName));
    resize(1100, 720);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    m_identity->setObjectName(QStringLiteral("signedInUser"));
    m_identity->setText(tr("%1 · %2 · %3")
                            .arg(m_session->user().name, app::roleDisplayName(m_session->user().role),
                                 m_session->identity().clinicName));
    statusBar()->addPermanentWidget(m_identity);
    setCentralWidget(buildHome());
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildHome()
{
    auto* home = new QWidget(this);
    home->setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(home);
    auto* greeting = new QLabel(tr("<h2>%1</h2>").arg(m_session->identity().clinicName.toHtmlEscaped()), home);
    layout->addWidget(greeting);

    auto* box = new QGroupBox(tr("This node"), home);
    auto* form = new QFormLayout(box);
    const auto mono = [box](const QString& text) {
        auto* label = new QLabel(text, box);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = label->font();
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        label->setFont(font);
        return label;
    };
    form->addRow(tr("Clinic root:"), mono(m_session->identity().clinicFingerprint));
    form->addRow(tr("Node key:"), mono(m_session->identity().nodeFingerprint));
    form->addRow(tr("TLS certificate:"), mono(m_session->identity().tlsFingerprint));
    form->addRow(tr("Signed in as:"), new QLabel(tr("%1 (%2)").arg(m_session->user().name,
                                                                    app::roleDisplayName(m_session->user().role)),
                                                 box));
    layout->addWidget(box);
    layout->addStretch();
    return home;
}

} // namespace medilock::ui
