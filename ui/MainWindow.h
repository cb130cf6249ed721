#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace medilock::app {
class Session;
}

namespace medilock::ui {

// The application's main window. The signed-in user, role and clinic are always visible in
// the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<app::Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    QWidget* buildHome();

    std::shared_ptr<app::Session> m_session;
    QLabel* m_identity;
};

} // namespace medilock::ui
