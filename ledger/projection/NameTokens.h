#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>

namespace medilock::ledger {

// Search keys for patients, built on ordinary indexes (no FTS): names folded to lower-case
// ASCII-ish text with accents removed, a sound-alike key per name part, digits of phones,
// identifiers and birth dates. The same functions build the index and the queries.
QString foldText(const QString& text);
QStringList nameTokens(const QString& text);          // folded words of a name
QString phoneticKey(const QString& foldedToken);       // Soundex of a folded word
QString phoneDigits(const QString& phone);             // digits only
QString identifierKey(const QString& value);           // folded letters and digits only

namespace token {
inline QString name(const QString& t) { return QStringLiteral("n:") + t; }
inline QString sound(const QString& t) { return QStringLiteral("s:") + t; }
inline QString birth(const QString& isoDate) { return QStringLiteral("d:") + isoDate; }
// Phone digits are stored reversed, so that a prefix search finds numbers by their ending
// (a number typed without its country or area code).
inline QString phone(const QString& digits)
{
    QString reversed(digits.size(), QChar());
    std::reverse_copy(digits.begin(), digits.end(), reversed.begin());
    return QStringLiteral("t:") + reversed;
}
inline QString identifier(const QString& folded) { return QStringLiteral("i:") + folded; }
} // namespace token

} // namespace medilock::ledger
