#pragma once

#include <QObject>

#include <atomic>

namespace medilock::ui {

// Carries a worker thread's progress to the GUI thread: `report` may be called from any
// thread (queued signal); it passes on only whole-percent steps so the event queue stays
// short. Connect with the receiving widget as context: a receiver that is gone gets nothing.
class ProgressRelay : public QObject
{
    Q_OBJECT
public:
    void report(qint64 done, qint64 total)
    {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        if (m_last.exchange(percent) != percent)
            Q_EMIT progressed(percent);
    }

Q_SIGNALS:
    void progressed(int percent);

private:
    std::atomic<int> m_last{-1};
};

// The same for a job of several phases (backup: snapshot, writing; restore: extracting,
// verifying): passes on the phase and whole-percent steps within it.
class PhasedProgressRelay : public QObject
{
    Q_OBJECT
public:
    void report(int phase, qint64 done, qint64 total)
    {
        const int step = phase * 101 + (total > 0 ? static_cast<int>(done * 100 / total) : 0);
        if (m_last.exchange(step) != step)
            Q_EMIT progressed(phase, step % 101);
    }

Q_SIGNALS:
    void progressed(int phase, int percent);

private:
    std::atomic<int> m_last{-1};
};

} // namespace medilock::ui
