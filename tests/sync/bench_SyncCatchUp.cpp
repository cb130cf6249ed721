// Sync figures (issue 4), run by hand, not a timed test:
//   bench_SyncCatchUp [--entries N] [--samples S]
// 1. catch-up: a real medilockd N entries behind receives, verifies and stores them from a
//    node over loopback TLS; reported as entries/s and as a ratio to cores x this machine's
//    single-core Ed25519 verify rate, measured in the same run; with the daemon's peak RSS
//    and where the CPU went: the daemon's and this process's (the serving node's) CPU time
//    per entry, and the ratio both cores would reach if they never idled at those costs;
// 2. propagation: an entry appended at one node until it is in a connected peer's
//    projection, p50/p95 over S appends.

#include "SyncTestNode.h"

#include "app/PeerPairing.h"
#include "app/bench/LedgerBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <unistd.h>
#include <cstdio>

using namespace medilock;
using namespace medilock::synctest;

namespace {
const QString kDaemon = QStringLiteral(MEDILOCK_DAEMON);

void say(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

double peakRssMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile stat(pid > 0 ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces:
    // utime and stime are fields 14 and 15, so 12th and 13th after it.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks;
}

// Waits (running this thread's event loop) until `done` or the timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs, int stepMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(stepMs);
    }
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption entriesOpt(QStringLiteral("entries"), QStringLiteral("Entries behind."), QStringLiteral("N"),
                                        QStringLiteral("100000"));
    const QCommandLineOption samplesOpt(QStringLiteral("samples"), QStringLiteral("Propagation samples."),
                                        QStringLiteral("S"), QStringLiteral("50"));
    parser.addOptions({entriesOpt, samplesOpt});
    parser.addHelpOption();
    parser.process(app);
    const qint64 entries = parser.value(entriesOpt).toLongLong();
    const int samples = parser.value(samplesOpt).toInt();

    QJsonObject out;
    const auto [signRate, verifyRate] = app::LedgerBench::ed25519Rates();
    const int cores = QThread::idealThreadCount();
    out[QStringLiteral("cores")] = cores;
    out[QStringLiteral("ed25519_verify_per_s_one_core")] = verifyRate;
    out[QStringLiteral("ed25519_sign_per_s_one_core")] = signRate;

    Node a, b;
    if (!createClinic(a, QStringLiteral("Clinic A"), true) || !createClinic(b, QStringLiteral("Clinic B"), true)
        || !trustEachOther(a, b))
        return 1;
    say(QStringLiteral("appending %1 entries at A").arg(entries));
    if (!appendSynthetic(a, entries))
        return 1;
    a.sync = startSync(*a.admin);
    if (!a.sync || !app::PeerPairing::add(*b.admin, a.address(), a.tlsHex())
        || !app::PeerPairing::add(*a.admin, QStringLiteral("127.0.0.1:9"), b.tlsHex()))
        return 1;
    const qint64 before = blockCount(b);
    const qint64 blocksAtA = blockCount(a); // B's own blocks reach A too once they talk
    const qint64 entriesAtA = scalar(a.db(), "SELECT count(*) FROM entries;");

    say(QStringLiteral("catch-up: medilockd for B, %1 entries behind").arg(entriesAtA));
    QProcess daemon;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MEDILOCK_PASSPHRASE"), QStringLiteral("a long enough passphrase"));
    daemon.setProcessEnvironment(env);
    // Its log on our stderr: an unread pipe would fill and stall the daemon; and a stalled
    // catch-up must say why.
    daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    daemon.start(kDaemon, {QStringLiteral("--data"), b.dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!daemon.waitForStarted(5000))
        return 1;
    QElapsedTimer total;
    total.start();
    if (!waitUntil([&] { return blockCount(b) > before; }, 60000, 5))
        return 1;
    QElapsedTimer catchUp;
    catchUp.start();
    const qint64 firstMs = total.elapsed();
    // From the first stored block on: the daemon's unlock (scrypt) and handshake are not counted.
    const double daemonCpuBefore = cpuSeconds(daemon.processId());
    const double servingCpuBefore = cpuSeconds(0);
    double peak = 0;
    // Polls only the (few) blocks: counting 100k entries every step would steal a core.
    const bool done = waitUntil([&] {
        peak = std::max(peak, peakRssMb(daemon.processId()));
        return blockCount(b) >= blocksAtA + before;
    }, 3600000, 50);
    const double seconds = static_cast<double>(catchUp.nsecsElapsed()) / 1e9;
    const double daemonCpu = cpuSeconds(daemon.processId()) - daemonCpuBefore;
    const double servingCpu = cpuSeconds(0) - servingCpuBefore;
    peak = std::max(peak, peakRssMb(daemon.processId()));
    ::kill(static_cast<pid_t>(daemon.processId()), SIGTERM);
    daemon.waitForFinished(30000);
    if (!done || scalar(b.db(), "SELECT count(*) FROM entries;") < entriesAtA) {
        say(QStringLiteral("catch-up did not converge"));
        return 1;
    }
    const double rate = static_cast<double>(entriesAtA) / seconds;
    out[QStringLiteral("catch_up_entries")] = entriesAtA;
    out[QStringLiteral("catch_up_s")] = seconds;
    out[QStringLiteral("catch_up_s_with_unlock_and_handshake")] = static_cast<double>(total.nsecsElapsed()) / 1e9;
    out[QStringLiteral("catch_up_first_block_after_ms")] = firstMs;
    out[QStringLiteral("catch_up_entries_per_s")] = rate;
    out[QStringLiteral("catch_up_ratio_to_cores_x_verify")] = rate / (cores * verifyRate);
    out[QStringLiteral("catch_up_peak_rss_mb")] = peak;
    // Where the CPU went, per entry caught up: the daemon (receive, verify, store), this
    // process (the serving node, and the bench's poll of B's block count every 50 ms), and
    // the Ed25519 verification alone. `catch_up_ratio_if_cores_never_idle` is the ratio both
    // cores would give at these costs with no idle time: the ceiling of this design here.
    const double perEntryUs = 1e6 / static_cast<double>(entriesAtA);
    out[QStringLiteral("catch_up_cpu_cores_used")] = (daemonCpu + servingCpu) / seconds;
    out[QStringLiteral("catch_up_daemon_cpu_us_per_entry")] = daemonCpu * perEntryUs;
    out[QStringLiteral("catch_up_serving_cpu_us_per_entry")] = servingCpu * perEntryUs;
    out[QStringLiteral("ed25519_verify_cpu_us_per_entry")] = 1e6 / verifyRate;
    out[QStringLiteral("catch_up_ratio_if_cores_never_idle")] =
        static_cast<double>(entriesAtA) / (daemonCpu + servingCpu) / verifyRate;

    say(QStringLiteral("propagation: %1 single appends at A, until in B's projection").arg(samples));
    b.sync = startSync(*b.admin);
    if (!b.sync || !waitUntil([&] { return a.sync->connectedPeers() > 0 && b.sync->connectedPeers() > 0; }, 10000, 10))
        return 1;
    std::vector<double> latencies;
    for (int i = 0; i < samples; ++i) {
        const qint64 patients = scalar(b.db(), "SELECT count(*) FROM patients;");
        QElapsedTimer t;
        t.start();
        if (!appendPatient(a, QStringLiteral("Propagation%1").arg(i)))
            return 1;
        if (!waitUntil([&] { return scalar(b.db(), "SELECT count(*) FROM patients;") > patients; }, 10000, 1))
            return 1;
        latencies.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(50)));
    }
    out[QStringLiteral("propagation_p50_ms")] = percentile(latencies, 0.5);
    out[QStringLiteral("propagation_p95_ms")] = percentile(latencies, 0.95);
    out[QStringLiteral("propagation_samples")] = samples;
    b.sync.reset();
    a.sync.reset();
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
