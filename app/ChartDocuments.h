#pragma once

#include "crypto/Result.h"
#include "ledger/LedgerTypes.h"

#include <QByteArray>
#include <QString>

namespace medilock::app {

class Session;

// A document's content as the ledger holds it: inside the signed DocumentReference (or a
// DiagnosticReport's presented form), in the encrypted database, covered by the entry's
// signature and hash.
struct DocumentContent
{
    QString title;
    QString contentType;
    QByteArray data;
};

class ChartDocuments
{
public:
    // Largest file attached: its base64 form and the resource must fit one entry (1 MiB).
    static constexpr qsizetype kMaxBytes = 700 * 1024;

    // The attachment of the document record `recordHash` of the patient or of a registration
    // linked to them.
    static Result<DocumentContent> read(Session& session, const ledger::Id128& patient, const ledger::Hash& recordHash);
    // A DocumentReference carrying the file: PDF, PNG or JPEG, recognised by its first bytes
    // (never by the file name), at most kMaxBytes.
    static Result<QByteArray> resource(const ledger::Id128& patient, const QString& title, const QString& fileName,
                                       const QByteArray& data);
    static QString contentTypeOf(const QByteArray& data); // "" when not PDF, PNG or JPEG
};

} // namespace medilock::app
