#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace medilock::ui {

IdleMonitor::IdleMonitor(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(timeout);
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::idle);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer->start();
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer->setInterval(timeout);
    if (m_timer->isActive())
        m_timer->start();
}

void IdleMonitor::setActive(bool active)
{
    if (active)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer->isActive())
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace medilock::ui
