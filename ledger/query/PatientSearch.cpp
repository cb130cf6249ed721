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

    // Each word is a set of token ranges (its alternatives). The word whose ranges hold the
    // fewest tokens drives the query; every other word must match the same patient, which
    // SQLite checks by probing the (patient_id, token) index: one statement, no sets in C++.
    std::vector<QList<Match>> perWord;
    for (const QString& word : words) {
        QList<Match> alts = alternatives(word);
        if (alts.isEmpty())
            return std::vector<PatientRow>();
        perWord.push_back(std::move(alts));
    }
    const auto rangeEnd = [](const Match& m) { return m.prefix ? upperBound(m.token) : m.token + QChar(0); };
    auto count = db.prepare("SELECT count(*) FROM (SELECT 1 FROM patient_tokens WHERE token >= ? AND token < ? LIMIT 5000);");
    if (!count)
        return std::move(count).takeError();
    std::size_t driver = 0;
    qint64 fewest = -1;
    for (std::size_t w = 0; w < perWord.size(); ++w) {
        qint64 tokens = 0;
        for (const Match& m : perWord[w]) {
            count->bind(1, m.token).bind(2, rangeEnd(m));
            auto row = count->step();
            if (!row)
                return std::move(row).takeError();
            tokens += count->integer(0);
            count->reset();
        }
        if (tokens == 0)
            return std::vector<PatientRow>(); // a word that matches nobody
        if (fewest < 0 || tokens < fewest) {
            fewest = tokens;
            driver = w;
        }
    }

    // One statement per alternative of the driving word.
    std::string others;
    for (std::size_t w = 0; w < perWord.size(); ++w) {
        if (w == driver)
            continue;
        others += " AND EXISTS (SELECT 1 FROM patient_tokens b WHERE b.patient_id = a.patient_id AND (";
        for (qsizetype k = 0; k < perWord[w].size(); ++k)
            others += std::string(k ? " OR " : "") + "(b.token >= ? AND b.token < ?)";
        others += "))";
    }
    const std::string sql = "SELECT DISTINCT a.patient_id FROM patient_tokens a WHERE a.token >= ? AND a.token < ?" + others
        + " LIMIT " + std::to_string(std::max(1, limit) * 4) + ";";
    auto find = db.prepare(sql.c_str());
    if (!find)
        return std::move(find).takeError();
    std::vector<QByteArray> matches;
    std::set<QByteArray> seen;
    for (const Match& driving : perWord[driver]) {
        int index = 1;
        const auto bindRange = [&](const Match& m) {
            find->bind(index, m.token);
            find->bind(index + 1, rangeEnd(m));
            index += 2;
        };
        bindRange(driving);
        for (std::size_t w = 0; w < perWord.size(); ++w) {
            if (w == driver)
                continue;
            for (const Match& m : perWord[w])
                bindRange(m);
        }
        for (;;) {
            auto row = find->step();
            if (!row) {
                find->reset();
                return std::move(row).takeError();
            }
            if (!*row)
                break;
            if (const QByteArray id = find->blob(0); seen.insert(id).second)
                matches.push_back(id);
        }
        find->reset();
    }

    std::vector<PatientRow> rows;
    const std::string loadSql = std::string(kPatientColumns) + "WHERE p.id = ?;";
    auto load = db.prepare(loadSql.c_str());
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
