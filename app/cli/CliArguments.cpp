#include "CliArguments.h"

#include <QCoreApplication>

namespace medilock::app::cli {

namespace {
const QSet<QString> kValueOptions = {
    QStringLiteral("data"),  QStringLiteral("as"),      QStringLiteral("passphrase-file"),
    QStringLiteral("new-passphrase-file"), QStringLiteral("clinic"), QStringLiteral("admin"),
    QStringLiteral("name"),  QStringLiteral("role"),    QStringLiteral("patient"),
    QStringLiteral("entries"), QStringLiteral("out"),   QStringLiteral("from"),
    QStringLiteral("listen"), QStringLiteral("png"),   QStringLiteral("in"), QStringLiteral("reason"),
    QStringLiteral("backup-passphrase-file"),
};
const QSet<QString> kFlagOptions = {QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("ips"),
                                   QStringLiteral("despite-peer-head")};
} // namespace

Result<CliArguments> CliArguments::parse(const QStringList& arguments)
{
    CliArguments out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            out.words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (name == QLatin1String("passphrase") || name == QLatin1String("new-passphrase")
            || name == QLatin1String("backup-passphrase"))
            return fail(QCoreApplication::translate("Cli", "passphrases are never taken from the command line; use "
                                                           "--%1-file or the environment")
                            .arg(name));
        if (kFlagOptions.contains(name) && !inlineValue) {
            out.flags.insert(name);
        } else if (kValueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    return fail(QCoreApplication::translate("Cli", "--%1 needs a value").arg(name));
                value = arguments[++i];
            }
            if (out.values.contains(name))
                return fail(QCoreApplication::translate("Cli", "--%1 is given twice").arg(name));
            out.values.insert(name, value);
        } else {
            return fail(QCoreApplication::translate("Cli", "unknown option --%1").arg(name));
        }
    }
    return out;
}

} // namespace medilock::app::cli
