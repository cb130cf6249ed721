#include "FhirDateTime.h"

#include <QDate>
#include <QTime>

namespace medilock::ledger::fhir {

namespace {

// Longest legal form: "YYYY-MM-DDThh:mm:ss" + fraction + "+hh:mm"; fractions beyond this
// carry no meaning and only cost time.
constexpr qsizetype kMaxLength = 64;

class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    bool take(char16_t c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    // Exactly `count` ASCII digits.
    std::optional<int> digits(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (atEnd())
                return std::nullopt;
            const char16_t c = m_text[m_pos].unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            value = value * 10 + (c - u'0');
            ++m_pos;
        }
        return value;
    }
    bool peekDigit() const { return !atEnd() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9'; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// hh:mm of a zone offset; FHIR allows -13:59 .. +14:00.
std::optional<int> zoneOffsetSeconds(Cursor& in)
{
    if (in.take(u'Z'))
        return 0;
    int sign = 0;
    if (in.take(u'+'))
        sign = 1;
    else if (in.take(u'-'))
        sign = -1;
    else
        return std::nullopt;
    const auto hh = in.digits(2);
    if (!hh || !in.take(u':'))
        return std::nullopt;
    const auto mm = in.digits(2);
    if (!mm || *mm > 59 || *hh > 14 || (*hh == 14 && *mm != 0))
        return std::nullopt;
    return sign * (*hh * 3600 + *mm * 60);
}

} // namespace

std::optional<FhirDateTime> parseFhirDateTime(QStringView text)
{
    if (text.isEmpty() || text.size() > kMaxLength)
        return std::nullopt;
    Cursor in(text);
    const auto year = in.digits(4);
    if (!year || *year == 0)
        return std::nullopt;
    FhirDateTime out;
    int month = 1;
    int day = 1;
    if (in.take(u'-')) {
        const auto m = in.digits(2);
        if (!m || *m < 1 || *m > 12)
            return std::nullopt;
        month = *m;
        out.precision = DatePrecision::Month;
        if (in.take(u'-')) {
            const auto d = in.digits(2);
            if (!d)
                return std::nullopt;
            day = *d;
            out.precision = DatePrecision::Day;
        }
    }
    const QDate date(*year, month, day);
    if (!date.isValid())
        return std::nullopt;
    if (in.atEnd()) {
        out.utc = QDateTime(date, QTime(0, 0), Qt::UTC);
        return out;
    }
    // A time is only allowed after a full date, and then needs seconds and a zone.
    if (out.precision != DatePrecision::Day || !in.take(u'T'))
        return std::nullopt;
    const auto hh = in.digits(2);
    if (!hh || *hh > 23 || !in.take(u':'))
        return std::nullopt;
    const auto mi = in.digits(2);
    if (!mi || *mi > 59 || !in.take(u':'))
        return std::nullopt;
    const auto ss = in.digits(2);
    if (!ss || *ss > 60)
        return std::nullopt;
    int ms = 0;
    if (in.take(u'.')) {
        if (!in.peekDigit())
            return std::nullopt;
        int scale = 100;
        while (in.peekDigit()) {
            const auto d = in.digits(1);
            ms += *d * scale;
            scale /= 10;
        }
    }
    const auto offset = zoneOffsetSeconds(in);
    if (!offset || !in.atEnd())
        return std::nullopt;
    // A leap second (":60") is legal FHIR; QTime has no room for it, so it reads as :59.999.
    const QTime time = *ss == 60 ? QTime(*hh, *mi, 59, 999) : QTime(*hh, *mi, *ss, ms);
    out.utc = QDateTime(date, time, Qt::OffsetFromUTC, *offset).toUTC();
    out.precision = DatePrecision::Time;
    return out;
}

bool isFhirDate(QStringView text)
{
    const auto parsed = parseFhirDateTime(text);
    return parsed && parsed->precision != DatePrecision::Time;
}

bool isFhirDateTime(QStringView text)
{
    return parseFhirDateTime(text).has_value();
}

bool isFhirInstant(QStringView text)
{
    const auto parsed = parseFhirDateTime(text);
    return parsed && parsed->precision == DatePrecision::Time;
}

} // namespace medilock::ledger::fhir
