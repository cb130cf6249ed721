#pragma once

// A fresh node in a temporary directory with its administrator and one physician, signed in
// as the physician: what the FHIR and emergency-card suites start from.

#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/Session.h"

#include <memory>

namespace medilock::testing {

inline Result<std::unique_ptr<app::Session>> physicianNode(const QString& directory, const QString& clinic)
{
    const app::NodePaths paths{directory};
    const auto adminPass = app::passphraseFromString(QStringLiteral("fixture-admin-passphrase"));
    const auto doctorPass = app::passphraseFromString(QStringLiteral("fixture-doctor-passphrase"));
    if (auto init = app::NodeSetup::initialize(paths, clinic, QStringLiteral("admin"), adminPass); !init)
        return std::move(init).takeError();
    {
        auto admin = app::Session::unlock(paths, QStringLiteral("admin"), adminPass);
        if (!admin)
            return std::move(admin).takeError();
        if (auto user = (*admin)->addUser(QStringLiteral("doctor"), app::Role::Physician, doctorPass); !user)
            return std::move(user).takeError();
    }
    return app::Session::unlock(paths, QStringLiteral("doctor"), doctorPass);
}

} // namespace medilock::testing
