#pragma once

#include <QString>
#include <QStringList>

namespace medilock::ledger {

// Search keys for patients, built on ordinary indexes (no FTS): names folded to lower-case
// ASCII-ish text with accents removed, a sound-alike key per name part, digits of phones,
// identifiers and birth dates. The same functions build the index and the queries.
QString foldText(const QString& text);
QStringList nameTokens(const QString& text);          // folded words of a name
QString phoneticKey(const QString& foldedToken);       // Soundex of a folded word
QString phoneDigits(const QString& phone);             // digits only

namespace token {
inline QString name(const QString& t) { return QStringLiteral("n:") + t; }
inline QString sound(const QString& t) { return QStringLiteral("s:") + t; }
inline QString birth(const QString& isoDate) { return QStringLiteral("d:") + isoDate; }
inline QString phone(const QString& digits) { return QStringLiteral("t:") + digits; }
inline QString identifier(const QString& folded) { return QStringLiteral("i:") + folded; }
} // namespace token

} // namespace medilock::ledger
