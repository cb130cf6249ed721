#include "CliCommands.h"

#include "app/Passphrase.h"

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

} // namespace medilock::app::cli
