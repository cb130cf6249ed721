#pragma once

#include "crypto/Result.h"

#include <QJsonObject>

#include <functional>
#include <utility>

namespace medilock::app {

// `medilock-cli bench`: builds a synthetic ledger of `entries` entries over entries/10
// realistic patients (one of them with 2,000 records) in a scratch node, and measures
// append, verification, chart opening and search, next to this machine's own single-core
// Ed25519 signing and verification rates measured in the same run.
class LedgerBench
{
public:
    struct Figures
    {
        qint64 entries = 0;
        qint64 patients = 0;
        double appendPerSecond = 0;
        double verifyPerSecond = 0;
        double chartOpenP95Ms = 0;  // recorded opening: signed access entry + chart query
        double chartQueryP95Ms = 0; // the query alone
        double searchP95Ms = 0;
        unsigned threads = 0;
        double signPerSecondOneCore = 0;
        double verifyPerSecondOneCore = 0;
        double peakRssMb = 0;
        qint64 databaseBytes = 0;
        QJsonObject toJson() const;
    };
    using Progress = std::function<void(const QString& stage)>;
    static Result<Figures> run(qint64 entries, const Progress& progress = {});
    // This machine's single-core Ed25519 sign and verify rates (per second), one second each.
    static std::pair<double, double> ed25519Rates();
};

} // namespace medilock::app
