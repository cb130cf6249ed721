#include "LedgerBench.h"

#include "SyntheticClinic.h"

#include "app/ChartAccess.h"
#include "app/LedgerCheck.h"
#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/Session.h"
#include "app/SessionImpl.h"

#include "ledger/ParallelVerify.h"
#include "ledger/query/ChartQuery.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <sys/resource.h>

namespace medilock::app {

namespace {
double p95(std::vector<double> samples)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, static_cast<std::size_t>(static_cast<double>(samples.size()) * 0.95))];
}

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

// Single-core reference rates, like `openssl speed ed25519`: one key, one message, one second.
std::pair<double, double> LedgerBench::ed25519Rates()
{
    const crypto::Ed25519PrivateKey key = crypto::Ed25519PrivateKey::generate();
    const QByteArray message(200, 'm');
    QElapsedTimer t;
    t.start();
    qint64 signs = 0;
    QByteArray signature;
    while (t.elapsed() < 1000) {
        signature = key.sign(asView(message));
        ++signs;
    }
    const double signRate = static_cast<double>(signs) * 1e9 / static_cast<double>(t.nsecsElapsed());
    t.restart();
    qint64 verifies = 0;
    while (t.elapsed() < 1000) {
        (void)key.publicKey().verify(asView(message), asView(signature));
        ++verifies;
    }
    return {signRate, static_cast<double>(verifies) * 1e9 / static_cast<double>(t.nsecsElapsed())};
}

namespace {
// A bounded hand-over of signed batches from the signing thread to the writer.
class SignedBatches
{
public:
    explicit SignedBatches(std::size_t depth) : m_depth(depth) {}

    // False when the writer abandoned the run.
    bool push(std::vector<ledger::Entry> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_abandoned || m_queue.size() < m_depth; });
        if (m_abandoned)
            return false;
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // No more batches; `error` when signing failed.
    void close(std::optional<Error> error = std::nullopt)
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_error = std::move(error);
        m_changed.notify_all();
    }
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_changed.notify_all();
    }
    // The next batch, or nullopt once the signer is done and everything was taken.
    std::optional<std::vector<ledger::Entry>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_queue.empty(); });
        if (m_queue.empty())
            return std::nullopt;
        std::optional<std::vector<ledger::Entry>> batch(std::move(m_queue.front()));
        m_queue.pop_front();
        m_changed.notify_all();
        return batch;
    }
    std::optional<Error> error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    const std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<ledger::Entry>> m_queue;
    std::optional<Error> m_error;
    bool m_closed = false;
    bool m_abandoned = false;
};
} // namespace

QJsonObject LedgerBench::Figures::toJson() const
{
    return {{QStringLiteral("entries"), entries},
            {QStringLiteral("patients"), patients},
            {QStringLiteral("append_per_s"), appendPerSecond},
            {QStringLiteral("verify_per_s"), verifyPerSecond},
            {QStringLiteral("chart_open_p95_ms"), chartOpenP95Ms},
            {QStringLiteral("chart_query_p95_ms"), chartQueryP95Ms},
            {QStringLiteral("search_p95_ms"), searchP95Ms},
            {QStringLiteral("threads"), static_cast<int>(threads)},
            {QStringLiteral("ed25519_sign_per_s_1core"), signPerSecondOneCore},
            {QStringLiteral("ed25519_verify_per_s_1core"), verifyPerSecondOneCore},
            {QStringLiteral("append_ratio_to_1core_sign"), appendPerSecond / signPerSecondOneCore},
            {QStringLiteral("verify_ratio_to_all_cores_verify"),
             verifyPerSecond / (verifyPerSecondOneCore * static_cast<double>(threads))},
            {QStringLiteral("peak_rss_mb"), peakRssMb},
            {QStringLiteral("database_bytes"), databaseBytes}};
}

Result<LedgerBench::Figures> LedgerBench::run(qint64 entries, const Progress& progress)
{
    const auto say = [&](const QString& stage) {
        if (progress)
            progress(stage);
    };
    if (entries < 2500)
        return fail(QStringLiteral("bench needs at least 2500 entries (one patient alone has 2000)"));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QStringLiteral("cannot create a scratch directory"));
    const NodePaths paths{scratch.filePath(QStringLiteral("node"))};
    const SecureBuffer adminPass = passphraseFromString(QStringLiteral("bench-admin-passphrase"));
    const SecureBuffer doctorPass = passphraseFromString(QStringLiteral("bench-physician-passphrase"));
    if (auto r = NodeSetup::initialize(paths, QStringLiteral("Bench Clinic"), QStringLiteral("admin"), adminPass); !r)
        return std::move(r).takeError();
    {
        auto admin = Session::unlock(paths, QStringLiteral("admin"), adminPass);
        if (!admin)
            return std::move(admin).takeError();
        if (auto r = (*admin)->addUser(QStringLiteral("doctor"), Role::Physician, doctorPass); !r)
            return std::move(r).takeError();
    }
    auto session = Session::unlock(paths, QStringLiteral("doctor"), doctorPass);
    if (!session)
        return std::move(session).takeError();
    Session& s = **session;

    Figures f;
    f.threads = ledger::hardwareThreads();
    say(QStringLiteral("measuring Ed25519 on one core"));
    std::tie(f.signPerSecondOneCore, f.verifyPerSecondOneCore) = ed25519Rates();

    // The ledger: one heavy patient with 2,000 records, the rest spread over entries/10 patients.
    SyntheticClinic clinic;
    const qint64 patientCount = std::max<qint64>(2, entries / 10);
    // The drafts are made first (building JSON is the clinic's typing, not the ledger's work):
    // one heavy patient with 2,000 records, the rest spread over entries/10 patients.
    std::vector<std::vector<ledger::EntryDraft>> batches(1);
    const auto add = [&](ledger::EntryDraft draft) {
        if (batches.back().size() >= 2048)
            batches.emplace_back();
        batches.back().push_back(std::move(draft));
    };
    add(clinic.registerPatient());
    for (int i = 0; i < 2000; ++i)
        add(clinic.record(clinic.patients().front()));
    const qint64 remaining = entries - 2001;
    for (qint64 i = 0; i < remaining; ++i) {
        const qint64 patientsSoFar = static_cast<qint64>(clinic.patients().size());
        // Registrations are spread evenly through the run; records go to a random patient.
        if (patientsSoFar < 2 || (patientsSoFar < patientCount && i * patientCount >= patientsSoFar * remaining))
            add(clinic.registerPatient());
        else
            add(clinic.record(clinic.patients()[1 + clinic.random()() % (clinic.patients().size() - 1)]));
    }

    say(QStringLiteral("appending %1 entries").arg(entries));
    // Group commit as a busy node does it: while the writer seals, validates and commits one
    // batch, the next ones are being signed (on every core), as many workstations' sessions
    // sign their records while the node's single writer commits. Signing runs up to two
    // batches ahead, so neither the signers nor the writer wait for the other.
    ledger::Ledger& ledger = *s.impl().ledger;
    SignedBatches signedBatches(2);
    std::thread signer([&] {
        for (const auto& batch : batches) {
            auto signedBatch = ledger.sign(batch, s.impl().signingKey);
            if (!signedBatch)
                return signedBatches.close(std::move(signedBatch).takeError());
            if (!signedBatches.push(std::move(signedBatch).value()))
                return; // the writer gave up
        }
        signedBatches.close();
    });
    qint64 written = 0;
    QElapsedTimer appendTimer;
    appendTimer.start();
    std::optional<Error> failure;
    while (auto next = signedBatches.pop()) {
        auto r = ledger.appendSigned(std::move(*next), s.impl().nodeKey);
        if (!r) {
            failure = std::move(r).takeError();
            signedBatches.abandon();
            break;
        }
        written += static_cast<qint64>(r->entries.size());
    }
    signer.join();
    if (!failure)
        failure = signedBatches.error();
    if (failure)
        return std::move(*failure);
    const double appendSeconds = msSince(appendTimer) / 1000.0;
    f.entries = written;
    f.patients = static_cast<qint64>(clinic.patients().size());
    f.appendPerSecond = static_cast<double>(written) / appendSeconds;

    say(QStringLiteral("verifying"));
    QElapsedTimer t;
    t.start();
    auto report = LedgerCheck::verify(s, {});
    if (!report)
        return std::move(report).takeError();
    if (!report->ok())
        return fail(report->firstProblem);
    f.verifyPerSecond = static_cast<double>(report->entries) / (msSince(t) / 1000.0);

    say(QStringLiteral("opening the 2,000-entry chart"));
    const ledger::Id128 heavy = clinic.patients().front().id;
    std::vector<double> open, query;
    for (int i = 0; i < 60; ++i) {
        t.restart();
        auto chart = ChartAccess::openChart(s, heavy);
        open.push_back(msSince(t));
        if (!chart)
            return std::move(chart).takeError();
        t.restart();
        auto direct = ledger::ChartQuery::load(s.impl().db, heavy);
        query.push_back(msSince(t));
        if (!direct || !*direct || (*direct)->records.size() < 2000)
            return fail(QStringLiteral("the heavy chart did not load its 2,000 records"));
    }
    f.chartOpenP95Ms = p95(open);
    f.chartQueryP95Ms = p95(query);

    say(QStringLiteral("searching"));
    std::vector<double> searches;
    for (int i = 0; i < 300; ++i) {
        const auto& p = clinic.patients()[clinic.random()() % clinic.patients().size()];
        QString text;
        switch (i % 4) {
        case 0: text = p.family + QLatin1Char(' ') + p.given; break;
        case 1: text = p.given.left(3) + QLatin1Char(' ') + p.family.left(4) + QLatin1Char(' ') + p.birthDate; break;
        case 2: text = p.birthDate; break;
        default: text = p.family.toLower() + QLatin1Char(' ') + p.given.left(2); break;
        }
        t.restart();
        auto rows = ChartAccess::search(s, text);
        searches.push_back(msSince(t));
        if (!rows)
            return std::move(rows).takeError();
    }
    f.searchP95Ms = p95(searches);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    f.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    f.databaseBytes = QFileInfo(paths.database()).size() + QFileInfo(paths.database() + QStringLiteral("-wal")).size();
    return f;
}

} // namespace medilock::app
