#include "CliMain.h"

#include "CliCommands.h"

#include <QCoreApplication>

#include <cstdio>

namespace medilock::app::cli {

namespace {
const char* const kUsage =
    "usage: medilock-cli [--data DIR] [--as USER] [--passphrase-file FILE] COMMAND [...]\n"
    "commands:\n"
    "  init --clinic NAME --admin USER       create a node, its clinic root and the admin\n"
    "  id [--json]                           fingerprints of node, TLS certificate, clinic root\n"
    "  user add --name USER --role ROLE      enrol a user (physician|nurse|reception|admin)\n"
    "  user list [--json]                    the enrolled users\n"
    "  user passwd USER                      change your own passphrase (--as USER; new one as below)\n"
    "  user rotate USER [--json]             new signing key for USER, old one revoked (admin)\n"
    "  user revoke USER --reason TEXT        revoke USER's key, remove their slot, re-key the database (admin)\n"
    "  rekey [--json]                        re-encrypt the database under a new key for every slot (admin)\n"
    "  stats [--json]                        counts, heads per origin, state hash\n"
    "  import-fhir FILE... [--json]          import FHIR R4 bundles or resources (atomic per file)\n"
    "  search TEXT [--json]                  patients matching names, birth date, phone, identifiers\n"
    "  emergency --patient ID [--json]       the emergency summary (the access is recorded)\n"
    "  access-report --patient ID [--json]   who opened the patient's record (the report is recorded too)\n"
    "  export-fhir --patient ID [--ips]      the patient's record (or an IPS document) as FHIR R4 JSON\n"
    "  verify-export FILE [--json]           check the Provenance signatures of an exported Bundle\n"
    "  card --patient ID --out FILE.pdf [--png FILE.png]   a signed emergency card with its QR code\n"
    "  card verify (TEXT | --in FILE) [--json]             check a card's signature and signer\n"
    "  verify [--json]                       re-verify everything; names the first bad block or entry\n"
    "  bench [--entries N] [--json]          build a synthetic ledger and measure it\n"
    "  peer add HOST:PORT TLS_FINGERPRINT    pair with a peer node (admin)\n"
    "  peers [--json]                        per peer: connected, last contact, heads behind/ahead, bans...\n"
    "  trust add CLINIC_FP [--name N]        trust another clinic by its root fingerprint (admin)\n"
    "  backup --out FILE [--json]            encrypted backup of the node, taken while it runs (admin)\n"
    "  restore --from FILE [--json]          restore a backup into --data DIR (a new directory) as --as USER\n"
    "  resume-signing [--despite-peer-head]  let a restored node without peers sign again (admin)\n"
    "Passphrases come from --passphrase-file or MEDILOCK_PASSPHRASE; a new user's from\n"
    "--new-passphrase-file or MEDILOCK_NEW_PASSPHRASE; a backup's from --backup-passphrase-file\n"
    "or MEDILOCK_BACKUP_PASSPHRASE.\n";

int failWith(const QString& reason, int code)
{
    std::fprintf(stderr, "medilock-cli: %s\n", qPrintable(reason));
    return code;
}
} // namespace

bool needsGuiApplication(const QStringList& arguments)
{
    const auto parsed = CliArguments::parse(arguments);
    return parsed && parsed->words.value(0) == QLatin1String("card") && parsed->words.value(1) != QLatin1String("verify");
}

int runCli(const QStringList& arguments)
{
    auto parsed = CliArguments::parse(arguments);
    if (!parsed)
        return failWith(parsed.error(), 2);
    if (parsed->flags.contains(QStringLiteral("version"))) {
        std::printf("medilock-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (parsed->flags.contains(QStringLiteral("help")) || parsed->words.isEmpty()) {
        std::fputs(kUsage, parsed->words.isEmpty() && !parsed->flags.contains(QStringLiteral("help")) ? stderr : stdout);
        return parsed->flags.contains(QStringLiteral("help")) ? 0 : 2;
    }

    CliContext ctx(std::move(parsed).value());
    const QStringList& words = ctx.args().words;
    const QString command = words.value(0);
    const QString sub = words.value(1);
    Result<void> result = fail(QString());
    int usageCode = 0;
    if (command == QLatin1String("init") && words.size() == 1)
        result = commandInit(ctx);
    else if (command == QLatin1String("id") && words.size() == 1)
        result = commandId(ctx);
    else if (command == QLatin1String("stats") && words.size() == 1)
        result = commandStats(ctx);
    else if (command == QLatin1String("import-fhir"))
        result = commandImportFhir(ctx);
    else if (command == QLatin1String("search"))
        result = commandSearch(ctx);
    else if (command == QLatin1String("emergency") && words.size() == 1)
        result = commandEmergency(ctx);
    else if (command == QLatin1String("access-report") && words.size() == 1)
        result = commandAccessReport(ctx);
    else if (command == QLatin1String("export-fhir") && words.size() == 1)
        result = commandExportFhir(ctx);
    else if (command == QLatin1String("verify") && words.size() == 1)
        result = commandVerify(ctx);
    else if (command == QLatin1String("rekey") && words.size() == 1)
        result = commandRekey(ctx);
    else if (command == QLatin1String("bench") && words.size() == 1)
        result = commandBench(ctx);
    else if (command == QLatin1String("user") && sub == QLatin1String("add") && words.size() == 2)
        result = commandUserAdd(ctx);
    else if (command == QLatin1String("user") && sub == QLatin1String("list") && words.size() == 2)
        result = commandUserList(ctx);
    else if (command == QLatin1String("user") && sub == QLatin1String("passwd") && words.size() == 3)
        result = commandUserPasswd(ctx);
    else if (command == QLatin1String("user") && sub == QLatin1String("rotate") && words.size() == 3)
        result = commandUserRotate(ctx);
    else if (command == QLatin1String("user") && sub == QLatin1String("revoke") && words.size() == 3)
        result = commandUserRevoke(ctx);
    else if (command == QLatin1String("peer") && sub == QLatin1String("add"))
        result = commandPeerAdd(ctx);
    else if (command == QLatin1String("peers") && words.size() == 1)
        result = commandPeers(ctx);
    else if (command == QLatin1String("trust") && sub == QLatin1String("add"))
        result = commandTrustAdd(ctx);
    else if (command == QLatin1String("card"))
        result = commandCard(ctx);
    else if (command == QLatin1String("verify-export"))
        result = commandVerifyExport(ctx);
    else if (command == QLatin1String("backup") && words.size() == 1)
        result = commandBackup(ctx);
    else if (command == QLatin1String("restore") && words.size() == 1)
        result = commandRestore(ctx);
    else if (command == QLatin1String("resume-signing") && words.size() == 1)
        result = commandResumeSigning(ctx);
    else
        usageCode = 2;
    if (usageCode)
        return failWith(QCoreApplication::translate("Cli", "unknown command '%1'; see --help").arg(words.join(QLatin1Char(' '))),
                        usageCode);
    return result ? 0 : failWith(result.error(), 1);
}

} // namespace medilock::app::cli
