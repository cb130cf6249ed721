#include "JsonLimits.h"

#include <QCoreApplication>

#include <string_view>
#include <unordered_set>
#include <vector>

namespace medilock::app::fhir {

namespace {

struct Frame
{
    bool isArray = false;
    bool expectKey = true; // objects: the next string is a key
    qsizetype index = 0; // arrays: position of the current element
    std::string_view key; // objects: the key of the current member
    std::unordered_set<std::string_view> keys;
};

QString pathOf(const std::vector<Frame>& stack)
{
    QString path;
    for (const Frame& frame : stack) {
        if (frame.isArray) {
            path += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
        } else if (!frame.key.empty()) {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            const auto shown = frame.key.substr(0, 64);
            path += QString::fromUtf8(shown.data(), static_cast<qsizetype>(shown.size()));
        }
    }
    return path.isEmpty() ? QStringLiteral("(top level)") : path;
}

} // namespace

Result<void> checkJsonLimits(const QByteArray& json, const JsonLimits& limits)
{
    const char* const data = json.constData();
    const qsizetype size = json.size();
    std::vector<Frame> stack;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '{':
        case '[':
            if (stack.size() >= static_cast<std::size_t>(limits.maxDepth))
                return fail(QCoreApplication::translate("FhirImportPlan", "%1: nested deeper than %2 levels")
                                .arg(pathOf(stack))
                                .arg(limits.maxDepth));
            stack.push_back(Frame {c == '[', c == '{', 0, {}, {}});
            break;
        case '}':
        case ']':
            if (stack.empty())
                return {}; // unbalanced: the parser reports it
            stack.pop_back();
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().isArray)
                    ++stack.back().index;
                else
                    stack.back().expectKey = true;
            }
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype j = start;
            // Stop at the limit: the rest of an oversized string is never looked at.
            const qsizetype stop = std::min(size, start + limits.maxStringBytes + 1);
            while (j < stop && data[j] != '"')
                j += data[j] == '\\' ? 2 : 1;
            if (j >= stop && stop < size)
                return fail(QCoreApplication::translate("FhirImportPlan", "%1: a string is longer than %2 MiB")
                                .arg(pathOf(stack))
                                .arg(limits.maxStringBytes >> 20));
            if (j >= size)
                return {}; // unterminated: the parser reports it
            if (!stack.empty() && !stack.back().isArray && stack.back().expectKey) {
                Frame& frame = stack.back();
                frame.key = std::string_view(data + start, static_cast<std::size_t>(j - start));
                frame.expectKey = false;
                if (!frame.keys.insert(frame.key).second)
                    return fail(QCoreApplication::translate("FhirImportPlan", "%1: the key appears twice in one object")
                                    .arg(pathOf(stack)));
            }
            i = j;
            break;
        }
        default:
            break;
        }
    }
    return {};
}

} // namespace medilock::app::fhir
