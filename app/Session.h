#pragma once

#include "LoginThrottle.h"
#include "NodeIdentity.h"
#include "NodePaths.h"
#include "Role.h"
#include "UserInfo.h"

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QList>

#include <memory>

namespace medilock::app {

// An unlocked node: the keyring slot of one user (or of the headless node) has been opened,
// the database is open with the key it held, and the user's signing key is in memory.
// Everything a person or a command does goes through a Session. Not thread-safe: one
// Session per thread.
class Session
{
public:
    // Wrong passphrases slow down further tries of that slot (LoginThrottle, persisted beside
    // the keyring); `clock` replaces the wall clock in tests.
    static Result<std::unique_ptr<Session>> unlock(const NodePaths& paths, const QString& userName,
                                                   const crypto::SecureBuffer& passphrase,
                                                   const LoginThrottle::Clock& clock = {});
    static Result<std::unique_ptr<Session>> unlockNode(const NodePaths& paths, const crypto::SecureBuffer& passphrase,
                                                       const LoginThrottle::Clock& clock = {});
    ~Session();

    const NodePaths& paths() const;
    const NodeIdentity& identity() const;
    // The signed-in user; for the headless node, a user named "@node" with no role to act.
    const UserInfo& user() const;
    bool isHeadlessNode() const;
    bool holdsClinicRoot() const;
    // The wrong passphrases tried on this slot since its last successful unlock (cleared by
    // this one): to be shown to the person who just signed in.
    LoginThrottle::Record failedLoginsBefore() const;

    Result<QList<UserInfo>> users() const;
    // Enrols a new user with a keyring slot of their own. Administrators only.
    Result<UserInfo> addUser(const QString& name, Role role, const crypto::SecureBuffer& newPassphrase);
    // Re-seals the signed-in user's slot under a new passphrase.
    Result<void> changePassphrase(const crypto::SecureBuffer& oldPassphrase, const crypto::SecureBuffer& newPassphrase);

    struct Impl;
    Impl& impl() { return *m_impl; }

private:
    explicit Session(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace medilock::app
