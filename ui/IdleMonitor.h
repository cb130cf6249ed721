#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace medilock::ui {

// Emits idle() after a stretch without keyboard or mouse input anywhere in the application.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleMonitor() override;

    void setTimeout(std::chrono::milliseconds timeout);
    void setActive(bool active); // paused while locked
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void idle();

private:
    QTimer* m_timer;
};

} // namespace medilock::ui
