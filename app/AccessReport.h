#pragma once

#include "ledger/query/QueryTypes.h"

#include "crypto/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <vector>

namespace medilock::app {

class Session;

// A patient's "who viewed my record" report (DESIGN §6): every opening of the chart, its
// emergency view, an export, a card or such a report, with who, when, from which clinic,
// and every break-glass access with its reason. Newest first.
//
// Writing the report is itself an access: it shows who looked at the patient and whom
// the patient trusted, so a signed `chart viewed` entry of purpose "report" is written
// before the report is read, and the report lists its own writing. It shows no clinical
// record, so a consent restriction of the chart does not stop it.
class AccessReport
{
public:
    struct Data
    {
        ledger::PatientRow patient;
        std::vector<ledger::AccessRow> access; // newest first
        QDateTime writtenAt;                   // UTC
        QString writtenBy;
        QString clinic;
    };

    static Result<Data> write(Session& session, const ledger::Id128& patient);
    // The JSON of `medilock-cli access-report --json` (README, "JSON output").
    static QJsonObject toJson(const Data& report);
};

} // namespace medilock::app
