#pragma once

#include <QObject>

class QSocketNotifier;

namespace medilock::app {

// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe, so shutdown runs on the
// event loop rather than inside a signal handler.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace medilock::app
