#pragma once

#include "ledger/EntryKind.h"
#include "ledger/LedgerTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace medilock::ledger {

// What the queries return: plain values, read from the projection.
struct PatientRow
{
    Id128 id{};
    QString name;
    QString family;
    QString given;
    QDate birthDate;
    QString sex;
    QStringList phones;
    QStringList identifiers;
    QString address;
    QString bloodGroup;
    struct Contact
    {
        QString name, relationship, phone;
    };
    QList<Contact> contacts;
    QString homeClinic;
};

struct Signer
{
    QString name;         // user name, or the clinic name for a clinic root
    QString role;         // admin | physician | nurse | reception | clinic-root | unknown
    QString clinic;       // the enrolling clinic's name
    QString keyFingerprint;
    bool revoked = false;
    bool signedBeforeRevocation = true;
};

struct RecordRow
{
    Hash hash{};
    EntryKind kind = EntryKind::Note;
    HlcTime authoredAt;
    Signer signer;
    QString resourceType, display, code, codeSystem, status, criticality, reaction, category;
    QDateTime effective;
    std::optional<double> value;
    QString unit, valueText;
    bool noKnownAllergy = false;
    bool implantedDevice = false;
    // Set when a later entry supersedes this one: how and why.
    std::optional<Hash> supersededBy;
    QString supersededAction; // replaced | entered-in-error | retracted
    QString supersededReason;
    bool isCurrent() const { return !supersededBy.has_value(); }
};

struct AccessRow
{
    Hash hash{};
    EntryKind kind = EntryKind::ChartViewed;
    HlcTime at;
    Signer viewer;
    QString reason; // purpose of a chart view, or the break-glass reason
    bool sealed = true; // false: recorded on a restored node, waiting to be sealed (UnsealedQueue)
};

} // namespace medilock::ledger
