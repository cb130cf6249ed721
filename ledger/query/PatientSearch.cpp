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
    const QStringList words = queryWords(text);
    if (words.isEmpty() || words.size() > 8)
        return std::vector<PatientRow>();

    auto candidates = db.prepare("SELECT patient_id FROM patient_tokens WHERE token >= ? AND token < ? LIMIT 2001;");
    auto exact = db.prepare("SELECT patient_id FROM patient_tokens WHERE token = ? LIMIT 2001;");
    auto check = db.prepare("SELECT 1 FROM patient_tokens WHERE patient_id = ? AND token >= ? AND token < ? LIMIT 1;");
    if (!candidates || !exact || !check)
        return fail(db.lastError());

    // Candidates from each word; the smallest set is the base, the others filter it.
    std::vector<std::pair<std::set<QByteArray>, QList<Match>>> perWord;
    for (const QString& word : words) {
        const QList<Match> alts = alternatives(word);
        std::set<QByteArray> ids;
        for (const Match& m : alts) {
            Statement& stmt = m.prefix ? *candidates : *exact;
            stmt.bind(1, m.token);
            if (m.prefix)
                stmt.bind(2, upperBound(m.token));
            for (;;) {
                auto row = stmt.step();
                if (!row) {
                    stmt.reset();
                    return std::move(row).takeError();
                }
                if (!*row)
                    break;
                ids.insert(stmt.blob(0));
            }
            stmt.reset();
        }
        if (ids.empty())
            return std::vector<PatientRow>();
        perWord.emplace_back(std::move(ids), alts);
    }
    std::sort(perWord.begin(), perWord.end(), [](const auto& a, const auto& b) { return a.first.size() < b.first.size(); });

    std::vector<QByteArray> matches;
    for (const QByteArray& id : perWord.front().first) {
        bool all = true;
        for (std::size_t w = 1; w < perWord.size() && all; ++w) {
            if (perWord[w].first.count(id))
                continue;
            // The word's candidate list may have been cut at its limit: ask the index.
            bool found = false;
            for (const Match& m : perWord[w].second) {
                check->bind(1, id).bind(2, m.token).bind(3, m.prefix ? upperBound(m.token) : m.token + QChar(0));
                auto row = check->step();
                check->reset();
                if (!row)
                    return std::move(row).takeError();
                if (*row) {
                    found = true;
                    break;
                }
            }
            all = found;
        }
        if (all)
            matches.push_back(id);
    }

    std::vector<PatientRow> rows;
    const std::string sql = std::string(kPatientColumns) + "WHERE p.id = ?;";
    auto load = db.prepare(sql.c_str());
    if (!load)
        return std::move(load).takeError();
    for (const QByteArray& id : matches) {
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
