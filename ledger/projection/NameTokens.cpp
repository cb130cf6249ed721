#include "NameTokens.h"

namespace medilock::ledger {

QString foldText(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    // Case folding also maps ß to ss, so "Straße" and "STRASSE" meet.
    return out.toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss"));
}

QStringList nameTokens(const QString& text)
{
    QStringList tokens;
    QString current;
    for (const QChar c : foldText(text)) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

QString phoneticKey(const QString& token)
{
    // American Soundex over the ASCII letters of the folded token.
    static const char codes[] = "01230120022455012623010202"; // a..z
    QString key;
    char last = 0;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        if (u < u'a' || u > u'z')
            continue;
        const char code = codes[u - u'a'];
        if (key.isEmpty()) {
            key.append(QChar(u - u'a' + u'A'));
            last = code;
            continue;
        }
        if (code != '0' && code != last)
            key.append(QLatin1Char(code));
        if (u != u'h' && u != u'w')
            last = code;
        if (key.size() == 4)
            break;
    }
    if (key.isEmpty())
        return {};
    while (key.size() < 4)
        key.append(QLatin1Char('0'));
    return key;
}

QString phoneDigits(const QString& phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

} // namespace medilock::ledger

namespace medilock::ledger {

QString identifierKey(const QString& value)
{
    QString key;
    for (const QChar c : foldText(value))
        if (c.isLetterOrNumber())
            key.append(c);
    return key;
}

} // namespace medilock::ledger
