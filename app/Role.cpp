#include "Role.h"

#include <QCoreApplication>

namespace medilock::app {

QString roleId(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Physician: return QStringLiteral("physician");
    case Role::Nurse: return QStringLiteral("nurse");
    case Role::Reception: return QStringLiteral("reception");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromId(const QString& id)
{
    for (Role role : {Role::Admin, Role::Physician, Role::Nurse, Role::Reception})
        if (roleId(role) == id)
            return role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("Role", "Administrator");
    case Role::Physician: return QCoreApplication::translate("Role", "Physician");
    case Role::Nurse: return QCoreApplication::translate("Role", "Nurse");
    case Role::Reception: return QCoreApplication::translate("Role", "Reception");
    }
    Q_UNREACHABLE();
}

} // namespace medilock::app
