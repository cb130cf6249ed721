#pragma once

#include <QString>

#include <optional>

namespace medilock::app {

// What a user may sign (DESIGN §3): reception registers patients and edits demographics,
// nurses record observations, physicians every clinical kind, admins users, peers and trust.
enum class Role { Admin, Physician, Nurse, Reception };

QString roleId(Role role);                        // stable: "admin", "physician", ...
std::optional<Role> roleFromId(const QString& id);
QString roleDisplayName(Role role);               // translated, for people

} // namespace medilock::app
