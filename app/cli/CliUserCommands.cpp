#include "CliCommands.h"

#include "app/DatabaseRekey.h"
#include "app/Passphrase.h"
#include "app/UserKeys.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace medilock::app::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject userJson(const UserInfo& user)
{
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("role"), roleId(user.role)},
            {QStringLiteral("key"), user.keyFingerprint},
            {QStringLiteral("enrolled_at"), user.enrolledAt.toString(Qt::ISODateWithMs)}};
}
} // namespace

CommandResult commandUserAdd(CliContext& ctx)
{
    const QString name = ctx.args().value(QStringLiteral("name"));
    const auto role = roleFromId(ctx.args().value(QStringLiteral("role")));
    if (name.isEmpty() || !role)
        return fail(tr("usage: medilock-cli --data DIR user add --name USER --role physician|nurse|reception|admin"));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto pass = ctx.newPassphrase();
    if (!pass)
        return std::move(pass).takeError();
    auto user = (*session)->addUser(name, *role, *pass);
    if (!user)
        return std::move(user).takeError();
    if (ctx.args().json())
        ctx.printJson(userJson(*user));
    else
        ctx.out() << tr("Enrolled %1 as %2 (key %3)").arg(user->name, roleId(user->role), user->keyFingerprint) << '\n';
    return {};
}

CommandResult commandUserList(CliContext& ctx)
{
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto users = (*session)->users();
    if (!users)
        return std::move(users).takeError();
    if (ctx.args().json()) {
        QJsonArray list;
        for (const UserInfo& user : *users)
            list.append(userJson(user));
        ctx.printJson({{QStringLiteral("users"), list}});
    } else {
        for (const UserInfo& user : *users)
            ctx.out() << user.name << '\t' << roleId(user.role) << '\t' << user.keyFingerprint << '\n';
    }
    return {};
}

// The signed-in user changes their own passphrase: the old one unlocks (as for any command),
// the new one comes from --new-passphrase-file or MEDILOCK_NEW_PASSPHRASE.
CommandResult commandUserPasswd(CliContext& ctx)
{
    const QString name = ctx.args().words.value(2);
    if (name.isEmpty())
        return fail(tr("usage: medilock-cli --data DIR --as USER user passwd USER"));
    if (name != ctx.actingUser())
        return fail(tr("only '%1' can change their own passphrase (use --as %1); an administrator can hand out a new "
                       "one with 'user rotate %1'")
                        .arg(name));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto oldPass = ctx.passphrase();
    if (!oldPass)
        return std::move(oldPass).takeError();
    auto newPass = ctx.newPassphrase();
    if (!newPass)
        return std::move(newPass).takeError();
    if (auto r = (*session)->changePassphrase(*oldPass, *newPass); !r)
        return r;
    ctx.out() << tr("Changed the passphrase of %1").arg(name) << '\n';
    return {};
}

CommandResult commandUserRotate(CliContext& ctx)
{
    const QString name = ctx.args().words.value(2);
    if (name.isEmpty())
        return fail(tr("usage: medilock-cli --data DIR user rotate USER (the new passphrase from --new-passphrase-file)"));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto pass = ctx.newPassphrase();
    if (!pass)
        return std::move(pass).takeError();
    auto user = UserKeys::rotate(**session, name, *pass);
    if (!user)
        return std::move(user).takeError();
    if (ctx.args().json())
        ctx.printJson(userJson(*user));
    else
        ctx.out() << tr("Rotated the key of %1 (new key %2; the old one is revoked as 'rotated')")
                         .arg(user->name, user->keyFingerprint)
                  << '\n';
    return {};
}

CommandResult commandUserRevoke(CliContext& ctx)
{
    const QString name = ctx.args().words.value(2);
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    if (name.isEmpty() || reason.trimmed().isEmpty())
        return fail(tr("usage: medilock-cli --data DIR user revoke USER --reason TEXT"));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto revoked = UserKeys::revoke(**session, name, reason);
    if (!revoked)
        return std::move(revoked).takeError();
    ctx.out() << tr("Revoked the key of %1; the database is re-keyed (key generation %2)").arg(name).arg(revoked->generation)
              << '\n';
    return {};
}

CommandResult commandRekey(CliContext& ctx)
{
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto report = DatabaseRekey::run(**session);
    if (!report)
        return std::move(report).takeError();
    if (ctx.args().json()) {
        ctx.printJson({{QStringLiteral("generation"), static_cast<qint64>(report->generation)},
                       {QStringLiteral("slots"), QJsonArray::fromStringList(report->slots)},
                       {QStringLiteral("tables"), report->tables}});
        return {};
    }
    ctx.out() << tr("Re-keyed the database (key generation %1); the new key is wrapped for: %2")
                     .arg(report->generation)
                     .arg(report->slots.join(QStringLiteral(", ")))
              << '\n';
    return {};
}

} // namespace medilock::app::cli
