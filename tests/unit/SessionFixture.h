#pragma once

// Helpers for tests of app/ on a real node: a session as a shared pointer, errors as text.

#include "app/Passphrase.h"
#include "app/Session.h"

#include <memory>

namespace medilock::test {

template<typename T> QString errorOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error();
}

// The session of `name`, or null (with the reason logged).
inline std::shared_ptr<app::Session> openSession(const app::NodePaths& paths, const QString& name, const QString& pass)
{
    auto s = app::Session::unlock(paths, name, app::passphraseFromString(pass));
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return s ? std::shared_ptr<app::Session>(std::move(s).value()) : nullptr;
}

} // namespace medilock::test
