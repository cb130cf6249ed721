#pragma once

#include "Role.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace medilock::app {

struct UserInfo
{
    QString name;
    Role role = Role::Reception;
    QString keyFingerprint;
    QDateTime enrolledAt;
};

} // namespace medilock::app
