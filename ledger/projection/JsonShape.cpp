#include "JsonShape.h"

#include <QByteArray>

namespace medilock::ledger {

namespace {

// A recursive-descent recogniser of RFC 8259 JSON: it moves over the bytes and says whether
// they are well formed; it builds no values.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    JsonShape run()
    {
        JsonShape shape;
        skipSpace();
        if (!at('{') || !object(1, &shape))
            return {};
        skipSpace();
        if (m_p != m_end)
            return {}; // bytes after the object
        shape.isObject = true;
        return shape;
    }

private:
    const char* m_p;
    const char* const m_end;

    bool at(char c) const { return m_p < m_end && *m_p == c; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool value(int depth)
    {
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{':
            return depth <= JsonShape::kMaxDepth && object(depth, nullptr);
        case '[':
            return depth <= JsonShape::kMaxDepth && array(depth);
        case '"': {
            bool escaped = false;
            return string(escaped);
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    // At '{'. `top` is set for the outermost object only.
    bool object(int depth, JsonShape* top)
    {
        ++m_p;
        skipSpace();
        if (at('}')) {
            ++m_p;
            return true;
        }
        bool sawType = false;
        for (;;) {
            if (!at('"'))
                return false;
            const char* keyStart = m_p + 1;
            bool keyEscaped = false;
            if (!string(keyEscaped))
                return false;
            const QByteArrayView key(keyStart, m_p - 1 - keyStart);
            skipSpace();
            if (!at(':'))
                return false;
            ++m_p;
            skipSpace();
            bool scanned = false;
            if (top) {
                // Member names are compared as written, so none of the outermost may hide
                // behind an escape; resourceType appears once.
                if (keyEscaped)
                    return false;
                if (key == QByteArrayView("resourceType")) {
                    if (sawType)
                        return false;
                    sawType = true;
                    if (at('"')) {
                        const char* valueStart = m_p + 1;
                        bool valueEscaped = false;
                        if (!string(valueEscaped))
                            return false;
                        if (!valueEscaped)
                            top->resourceType = QByteArrayView(valueStart, m_p - 1 - valueStart);
                        scanned = true;
                    }
                }
            }
            if (!scanned && !value(depth + 1))
                return false;
            if (const After next = after('}'); next != After::More)
                return next == After::Closed;
        }
    }

    // At '['.
    bool array(int depth)
    {
        ++m_p;
        skipSpace();
        if (at(']')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!value(depth + 1))
                return false;
            if (const After next = after(']'); next != After::More)
                return next == After::Closed;
        }
    }

    // After a member or an element: a comma (more follow), the closing bracket, or neither.
    enum class After { More, Closed, Invalid };
    After after(char close)
    {
        skipSpace();
        if (at(',')) {
            ++m_p;
            skipSpace();
            return After::More;
        }
        if (at(close)) {
            ++m_p;
            return After::Closed;
        }
        return After::Invalid;
    }

    bool hex4(unsigned& out)
    {
        if (m_end - m_p < 4)
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i, ++m_p) {
            const char c = *m_p;
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= static_cast<unsigned>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    // At '"'; ends after the closing quote. `escaped` tells whether any escape was seen.
    bool string(bool& escaped)
    {
        ++m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\\') {
                escaped = true;
                if (!escape())
                    return false;
            } else if (c < 0x20) {
                return false; // control characters must be escaped
            } else if (c < 0x80) {
                ++m_p;
            } else if (!utf8Sequence()) {
                return false;
            }
        }
        return false;
    }

    // At '\\'.
    bool escape()
    {
        ++m_p;
        if (m_p >= m_end)
            return false;
        switch (*m_p++) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            return true;
        case 'u': {
            unsigned unit = 0;
            if (!hex4(unit))
                return false;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return false; // a low surrogate alone
            if (unit < 0xD800 || unit > 0xDBFF)
                return true;
            // A high surrogate must be followed by an escaped low one.
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                return false;
            m_p += 2;
            unsigned low = 0;
            return hex4(low) && low >= 0xDC00 && low <= 0xDFFF;
        }
        default:
            return false;
        }
    }

    // One well-formed UTF-8 sequence of two to four bytes (Unicode 15, table 3-7): no
    // overlong forms, no surrogates, nothing above U+10FFFF.
    bool utf8Sequence()
    {
        const auto lead = static_cast<unsigned char>(*m_p);
        int continuation = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (m_end - m_p <= continuation)
            return false;
        for (int i = 1; i <= continuation; ++i) {
            const auto c = static_cast<unsigned char>(m_p[i]);
            if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
                return false;
        }
        m_p += continuation + 1;
        return true;
    }

    bool digits()
    {
        const char* start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }

    bool number()
    {
        const char* start = m_p;
        if (at('-'))
            ++m_p;
        if (at('0'))
            ++m_p;
        else if (m_p >= m_end || *m_p < '1' || *m_p > '9' || !digits())
            return false;
        if (at('.')) {
            ++m_p;
            if (!digits())
                return false;
        }
        if (at('e') || at('E')) {
            ++m_p;
            if (at('+') || at('-'))
                ++m_p;
            if (!digits())
                return false;
        }
        // Like QJsonDocument, refuse what a double cannot hold (1e999).
        bool ok = false;
        (void)QByteArray::fromRawData(start, m_p - start).toDouble(&ok);
        return ok;
    }

    bool literal(const char* word)
    {
        const QByteArrayView expected(word);
        if (m_end - m_p < expected.size() || QByteArrayView(m_p, expected.size()) != expected)
            return false;
        m_p += expected.size();
        return true;
    }
};

} // namespace

JsonShape JsonShape::scan(QByteArrayView json)
{
    return Scanner(json).run();
}

} // namespace medilock::ledger
