#include "Hex.h"

#include <QCoreApplication>

namespace medilock::crypto {

QString toHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

Result<QByteArray> fromHex(const QString& text, qsizetype expectedBytes)
{
    if (text.size() % 2 != 0)
        return fail(QCoreApplication::translate("Hex", "hexadecimal text has an odd number of digits"));
    for (const QChar c : text) {
        const bool digit = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!digit)
            return fail(QCoreApplication::translate("Hex", "'%1' is not a hexadecimal digit").arg(c));
    }
    if (expectedBytes >= 0 && text.size() != expectedBytes * 2)
        return fail(QCoreApplication::translate("Hex", "expected %1 hexadecimal digits, got %2")
                        .arg(expectedBytes * 2)
                        .arg(text.size()));
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace medilock::crypto
