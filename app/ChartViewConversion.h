#pragma once

// Conversions from the ledger's query rows to the app's view types (ChartViews.h), for
// app/ only: ui/ sees the views, never these ledger types.

#include "ChartViews.h"

#include "ledger/query/ChartQuery.h"
#include "ledger/query/EmergencySummary.h"

#include <QDateTime>

namespace medilock::app::viewconv {

QDateTime fromHlc(const ledger::HlcTime& t);
PatientView toView(const ledger::PatientRow& p);
SignerView toView(const ledger::Signer& s);
AccessView toView(const ledger::AccessRow& a);
RecordType recordType(ledger::EntryKind kind);
// The entry kind a new record of this type is signed as (Other: any other FHIR resource).
ledger::EntryKind entryKind(RecordType type);
RecordView toView(const ledger::RecordRow& r);
AllergyStatus toView(ledger::EmergencySummary::AllergyStatus s);
QList<RecordView> toViews(const std::vector<ledger::RecordRow>& rows);
EmergencyView toView(const ledger::EmergencySummary& s);

} // namespace medilock::app::viewconv
