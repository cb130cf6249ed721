#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace medilock::app {

// Runs `task` on the global thread pool and hands its result to `callback` on `context`'s
// thread. The watcher is a child of `context`: if the context is destroyed first, the
// callback is dropped, never called on a dead object.
template<typename Task, typename Callback>
void runThenCallback(QObject* context, Task task, Callback callback)
{
    using R = std::invoke_result_t<Task>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, cb = std::move(callback)]() mutable {
                         watcher->deleteLater();
                         cb(watcher->future().takeResult());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(task)));
}

} // namespace medilock::app
