#include "PatientSearch.h"

#include "ledger/projection/NameTokens.h"
#include "ledger/store/Database.h"
#include "ledger/store/Statement.h"

#include "crypto/Ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace medilock::ledger {

namespace {
// One alternative of a query word: an exact token, or a token prefix.
struct Match
{
    QString token;
    bool prefix = false;
};

std::optional<QDate> parseDate(const QString& word)
{
    for (const char* format : {"yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "d.M.yyyy", "d/M/yyyy"}) {
        const QDate date = QDate::fromString(word, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

QList<Match> alternatives(const QString& word)
{
    if (const auto date = parseDate(word))
        return {{token::birth(date->toString(Qt::ISODate)), false}};
    QList<Match> out;
    const QString digits = phoneDigits(word);
    const QString key = identifierKey(word);
    if (digits.size() >= 4 && digits.size() == key.size())
        out << Match{token::phone(digits), true}; // all digits: the ending of a phone number
    if (!key.isEmpty())
        out << Match{token::identifier(key), true};
    const QStringList names = nameTokens(word);
    if (names.size() == 1) {
        out << Match{token::name(names.first()), true};
        if (names.first().size() >= 3)
            if (const QString sound = phoneticKey(names.first()); !sound.isEmpty())
                out << Match{token::sound(sound), false};
    }
    return out;
}

// A query of only digits and phone punctuation ("(030) 555-0101") is one phone number.
QStringList queryWords(const QString& text)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9\\s+()./-]+$"));
    const QString trimmed = text.trimmed();
    if (phoneLike.match(trimmed).hasMatch() && phoneDigits(trimmed).size() >= 4 && !parseDate(trimmed))
        return {phoneDigits(trimmed)};
    QStringList words = trimmed.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

QString upperBound(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

PatientRow rowFrom(const Statement& s)
{
    PatientRow p;
    fromBytes(s.blob(0), p.id);
    p.name = s.text(1);
    p.family = s.text(2);
    p.given = s.text(3);
    p.birthDate = QDate::fromString(s.text(4), Qt::ISODate);
    p.sex = s.text(5);
    p.phones = s.text(6).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.identifiers = s.text(7).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.address = s.text(8);
    p.bloodGroup = s.text(9);
    const QJsonArray contacts = QJsonDocument::fromJson(s.text(10).toUtf8()).array();
    for (const QJsonValue& c : contacts) {
        const QJsonObject o = c.toObject();
        p.contacts.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("relationship")).toString(),
                           o.value(QStringLiteral("phone")).toString()});
    }
    p.homeClinic = s.text(11);
    return p;
}

QString rangeEnd(const Match& m)
{
    return m.prefix ? upperBound(m.token) : m.token + QChar(0);
}

// Patient ids, sorted and unique.
using IdSet = std::vector<QByteArray>;

// The patients one word matches (any of its alternatives), or nullopt when the word matches
// more than `cap` tokens.
Result<std::optional<IdSet>> gather(Statement& scan, const QList<Match>& alternatives, qint64 cap)
{
    IdSet ids;
    for (const Match& m : alternatives) {
        scan.bind(1, m.token).bind(2, rangeEnd(m)).bind(3, cap + 1 - static_cast<qint64>(ids.size()));
        auto done = scan.forEachRow([&](const Statement& row) { ids.push_back(row.blob(0)); });
        scan.reset();
        if (!done)
            return std::move(done).takeError();
        if (static_cast<qint64>(ids.size()) > cap)
            return std::optional<IdSet>();
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return std::optional<IdSet>(std::move(ids));
}

IdSet intersect(std::vector<IdSet> sets)
{
    std::sort(sets.begin(), sets.end(), [](const IdSet& a, const IdSet& b) { return a.size() < b.size(); });
    IdSet common = std::move(sets.front());
    for (std::size_t k = 1; k < sets.size() && !common.empty(); ++k) {
        IdSet next;
        std::set_intersection(common.begin(), common.end(), sets[k].begin(), sets[k].end(), std::back_inserter(next));
        common = std::move(next);
    }
    return common;
}

// "AND EXISTS (a token of this patient in one of the word's ranges)" for each listed word.
std::string existsClauses(const std::vector<QList<Match>>& perWord, const std::vector<std::size_t>& words,
                          const char* patientColumn)
{
    std::string sql;
    for (const std::size_t w : words) {
        sql += std::string(" AND EXISTS (SELECT 1 FROM patient_tokens b WHERE b.patient_id = ") + patientColumn + " AND (";
        for (qsizetype k = 0; k < perWord[w].size(); ++k)
            sql += std::string(k ? " OR " : "") + "(b.token >= ? AND b.token < ?)";
        sql += "))";
    }
    return sql;
}

int bindRanges(Statement& stmt, int index, const std::vector<QList<Match>>& perWord, const std::vector<std::size_t>& words)
{
    for (const std::size_t w : words)
        for (const Match& m : perWord[w]) {
            stmt.bind(index, m.token).bind(index + 1, rangeEnd(m));
            index += 2;
        }
    return index;
}

// A word's ranges as UTF-8 bytes, compared as SQLite compares TEXT (memcmp, code point order).
using ByteRanges = std::vector<std::pair<QByteArray, QByteArray>>;

ByteRanges byteRanges(const QList<Match>& alternatives)
{
    ByteRanges out;
    for (const Match& m : alternatives)
        out.emplace_back(m.token.toUtf8(), rangeEnd(m).toUtf8());
    return out;
}

// The gathered candidates that also match every broad word, up to `wanted`. Each candidate's
// tokens are read in one index seek (a dozen rows) and held against the broad words' ranges.
Result<IdSet> probeBroad(Database& db, IdSet candidates, const std::vector<QList<Match>>& perWord,
                         const std::vector<std::size_t>& broad, std::size_t wanted)
{
    if (broad.empty()) {
        if (candidates.size() > wanted)
            candidates.resize(wanted);
        return candidates;
    }
    std::vector<ByteRanges> ranges;
    for (const std::size_t w : broad)
        ranges.push_back(byteRanges(perWord[w]));
    auto tokensOf = db.prepare("SELECT token FROM patient_tokens WHERE patient_id = ?;");
    if (!tokensOf)
        return std::move(tokensOf).takeError();
    IdSet out;
    std::vector<QByteArray> tokens;
    for (const QByteArray& id : candidates) {
        tokens.clear();
        tokensOf->bind(1, id);
        auto done = tokensOf->forEachRow([&](const Statement& row) { tokens.push_back(row.text(0).toUtf8()); });
        tokensOf->reset();
        if (!done)
            return std::move(done).takeError();
        const auto matchesWord = [&tokens](const ByteRanges& word) {
            return std::any_of(tokens.begin(), tokens.end(), [&word](const QByteArray& t) {
                return std::any_of(word.begin(), word.end(), [&t](const auto& r) { return t >= r.first && t < r.second; });
            });
        };
        if (std::all_of(ranges.begin(), ranges.end(), matchesWord))
            out.push_back(id);
        if (out.size() >= wanted)
            break;
    }
    return out;
}

// Every word is broad: the index range of the longest word drives, the others are probed,
// and the scan stops as soon as enough patients match.
Result<IdSet> probeAll(Database& db, const std::vector<QList<Match>>& perWord, std::size_t wanted)
{
    std::size_t driver = 0;
    for (std::size_t w = 1; w < perWord.size(); ++w)
        if (perWord[w].front().token.size() > perWord[driver].front().token.size())
            driver = w;
    std::vector<std::size_t> others;
    for (std::size_t w = 0; w < perWord.size(); ++w)
        if (w != driver)
            others.push_back(w);
    const std::string sql = "SELECT DISTINCT a.patient_id FROM patient_tokens a WHERE a.token >= ? AND a.token < ?"
        + existsClauses(perWord, others, "a.patient_id") + " LIMIT " + std::to_string(wanted) + ";";
    auto find = db.prepare(sql.c_str());
    if (!find)
        return std::move(find).takeError();
    IdSet matches;
    std::set<QByteArray> seen;
    for (const Match& driving : perWord[driver]) {
        find->bind(1, driving.token).bind(2, rangeEnd(driving));
        bindRanges(*find, 3, perWord, others);
        auto done = find->forEachRow([&](const Statement& row) {
            if (QByteArray id = row.blob(0); matches.size() < wanted && seen.insert(id).second)
                matches.push_back(std::move(id));
        });
        find->reset();
        if (!done)
            return std::move(done).takeError();
    }
    return matches;
}

constexpr const char* kPatientColumns =
    "SELECT p.id, p.name, p.family, p.given, p.birth_date, p.sex, p.phones, p.identifiers, p.address, p.blood_group, "
    "p.contacts, coalesce(c.name, '') FROM patients p LEFT JOIN clinics c ON c.root = p.home_clinic ";
} // namespace

Result<std::optional<PatientRow>> PatientSearch::patient(Database& db, const Id128& id)
{
    const std::string sql = std::string(kPatientColumns) + "WHERE p.id = ?;";
    auto stmt = db.prepare(sql.c_str());
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(id));
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return std::optional<PatientRow>();
    return std::optional<PatientRow>(rowFrom(*stmt));
}

Result<std::vector<PatientRow>> PatientSearch::search(Database& db, const QString& text, int limit)
{
    return search(db, text, limit, kGatherCap);
}

Result<std::vector<PatientRow>> PatientSearch::search(Database& db, const QString& text, int limit, qint64 gatherCap)
{
    const QStringList words = queryWords(text);
    if (words.isEmpty() || words.size() > 8)
        return std::vector<PatientRow>();

    // Each word is a set of token ranges (its alternatives); a patient matches when every
    // word has a token of theirs in one of its ranges.
    std::vector<QList<Match>> perWord;
    for (const QString& word : words) {
        QList<Match> alts = alternatives(word);
        if (alts.isEmpty())
            return std::vector<PatientRow>();
        perWord.push_back(std::move(alts));
    }
    // Each word's patients are gathered from the token index in one sequential scan per
    // alternative and the sets intersected: a few thousand index steps, where probing the
    // index once per candidate of the rarest word cost a B-tree descent each. A word too
    // broad to gather (a letter or two) is checked by probing, for the candidates only.
    std::vector<IdSet> gathered;
    std::vector<std::size_t> broad;
    {
        auto scan = db.prepare("SELECT patient_id FROM patient_tokens WHERE token >= ? AND token < ? LIMIT ?;");
        if (!scan)
            return std::move(scan).takeError();
        for (std::size_t w = 0; w < perWord.size(); ++w) {
            auto ids = gather(*scan, perWord[w], gatherCap);
            if (!ids)
                return std::move(ids).takeError();
            if (!*ids)
                broad.push_back(w);
            else if ((*ids)->empty())
                return std::vector<PatientRow>(); // a word that matches nobody
            else
                gathered.push_back(std::move(**ids));
        }
    }
    const std::size_t wanted = static_cast<std::size_t>(std::max(1, limit));
    auto matches = gathered.empty() ? probeAll(db, perWord, wanted) : probeBroad(db, intersect(std::move(gathered)), perWord, broad, wanted);
    if (!matches)
        return std::move(matches).takeError();

    std::vector<PatientRow> rows;
    const std::string loadSql = std::string(kPatientColumns) + "WHERE p.id = ?;";
    auto load = db.prepare(loadSql.c_str());
    if (!load)
        return std::move(load).takeError();
    for (const QByteArray& id : *matches) {
        load->bind(1, id);
        auto row = load->step();
        if (!row)
            return std::move(row).takeError();
        if (*row)
            rows.push_back(rowFrom(*load));
        load->reset();
    }
    std::sort(rows.begin(), rows.end(), [](const PatientRow& a, const PatientRow& b) {
        return std::tie(a.family, a.given, a.birthDate) < std::tie(b.family, b.given, b.birthDate);
    });
    if (rows.size() > static_cast<std::size_t>(limit))
        rows.resize(static_cast<std::size_t>(limit));
    return rows;
}

} // namespace medilock::ledger
