#pragma once

#include "crypto/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace medilock::app::cli {

// The command line split into options (--name value, or bare flags like --json) and the
// remaining words, in order. Only known options are accepted; passphrases never are.
struct CliArguments
{
    QStringList words;
    QHash<QString, QString> values;
    QSet<QString> flags;

    static Result<CliArguments> parse(const QStringList& arguments);

    bool has(const QString& option) const { return values.contains(option) || flags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const { return values.value(option, fallback); }
    bool json() const { return flags.contains(QStringLiteral("json")); }
};

} // namespace medilock::app::cli
