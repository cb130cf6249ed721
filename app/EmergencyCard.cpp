#include "EmergencyCard.h"

#include "ledger/query/EmergencySummary.h"

#include <QCoreApplication>

#include <array>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("EmergencyCard", text);
}

// The card's fixed vocabulary (docs/emergency-card.md). Never translated: the bytes are signed.
const QByteArray kHeader = QByteArrayLiteral("MEDILOCK EMERGENCY CARD v1");
const QString kUnknown = QStringLiteral("unknown");
const QString kNoBloodGroup = QStringLiteral("not recorded");
const QString kNoneKnown = QStringLiteral("NONE KNOWN");
const QString kNeverRecorded = QStringLiteral("NEVER RECORDED");
const QString kNoProblems = QStringLiteral("none active");
const QString kNoMedications = QStringLiteral("none current");
const QString kSeparator = QStringLiteral("; ");
const std::array<const char*, 11> kLabels = {"",        "Name: ",        "Born: ",     "Sex: ",
                                             "Blood group: ", "Allergies: ", "Problems: ", "Medications: ",
                                             "Issued: ", "Node: ",       "Signature: "};
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString listText(const QStringList& items, const QString& whenEmpty)
{
    return items.isEmpty() ? whenEmpty : items.join(kSeparator);
}

// A list cut to its first `keep` items, the rest counted as "+N more".
QStringList cut(const QStringList& items, qsizetype keep)
{
    QStringList out = items.mid(0, keep);
    if (keep < items.size())
        out << QStringLiteral("+%1 more").arg(items.size() - keep);
    return out;
}

QByteArray body(const EmergencyCardContent& c, const QByteArray& nodeKey)
{
    QString allergies;
    switch (c.allergyStatus) {
    case EmergencyCardContent::Allergies::NoneKnown: allergies = kNoneKnown; break;
    case EmergencyCardContent::Allergies::NeverRecorded: allergies = kNeverRecorded; break;
    case EmergencyCardContent::Allergies::Recorded: allergies = c.allergies.join(kSeparator); break;
    }
    const QStringList values = {
        c.name,
        c.birthDate.isEmpty() ? kUnknown : c.birthDate,
        c.sex.isEmpty() ? kUnknown : c.sex,
        c.bloodGroup.isEmpty() ? kNoBloodGroup : c.bloodGroup,
        allergies,
        listText(c.problems, kNoProblems),
        listText(c.medications, kNoMedications),
        c.issuedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")),
        QString::fromLatin1(nodeKey.toBase64(kBase64Url)),
    };
    QByteArray out = kHeader + '\n';
    for (qsizetype i = 0; i < values.size(); ++i)
        out += QByteArray(kLabels[static_cast<std::size_t>(i + 1)]) + values[i].toUtf8() + '\n';
    return out;
}

QStringList cleanList(const QStringList& items)
{
    QStringList out;
    for (const QString& item : items)
        if (const QString c = EmergencyCard::cleanText(item); !c.isEmpty())
            out << c;
    return out;
}

Result<QStringList> parseList(const QString& value, const QString& whenEmpty, const char* label)
{
    if (value == whenEmpty)
        return QStringList();
    const QStringList items = value.split(kSeparator);
    for (const QString& item : items)
        if (item.isEmpty() || EmergencyCard::cleanText(item) != item)
            return fail(tr("the card's %1 line is not in canonical form").arg(QString::fromLatin1(label).trimmed()));
    return items;
}
} // namespace

QString EmergencyCard::cleanText(const QString& text, int maxChars)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar ch : text) {
        // Format characters include bidirectional overrides, which could make a printed or
        // scanned line read differently from its bytes.
        const bool blank = ch.isSpace() || ch.category() == QChar::Other_Control ||
                           ch.category() == QChar::Other_Format || ch == QLatin1Char(';');
        if (blank) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += ch;
    }
    // Cut by code points, never through a surrogate pair.
    const QList<uint> points = out.toUcs4();
    if (points.size() > maxChars)
        out = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), maxChars).trimmed();
    return out;
}

EmergencyCardContent EmergencyCardContent::fromSummary(const ledger::EmergencySummary& s, const QDateTime& issuedAt)
{
    EmergencyCardContent c;
    c.name = s.patient.name;
    c.birthDate = s.patient.birthDate.isValid() ? s.patient.birthDate.toString(Qt::ISODate) : QString();
    c.sex = s.patient.sex;
    c.bloodGroup = s.bloodGroup;
    switch (s.allergyStatus) {
    case ledger::EmergencySummary::AllergyStatus::Recorded: c.allergyStatus = Allergies::Recorded; break;
    case ledger::EmergencySummary::AllergyStatus::NoneKnown: c.allergyStatus = Allergies::NoneKnown; break;
    case ledger::EmergencySummary::AllergyStatus::Unknown: c.allergyStatus = Allergies::NeverRecorded; break;
    }
    const auto label = [](const ledger::RecordRow& r) { return r.display.isEmpty() ? r.code : r.display; };
    for (const auto& a : s.allergies)
        c.allergies << (a.criticality.isEmpty() ? label(a) : QStringLiteral("%1 [%2]").arg(label(a), a.criticality));
    for (const auto& p : s.problems)
        c.problems << label(p);
    for (const auto& m : s.medications)
        c.medications << label(m);
    c.issuedAt = issuedAt.toUTC();
    return c;
}

Result<QByteArray> EmergencyCard::sign(const EmergencyCardContent& content, const crypto::Ed25519PrivateKey& nodeKey)
{
    if (nodeKey.isNull())
        return fail(tr("no node key to sign the card with"));
    EmergencyCardContent c = content;
    c.name = cleanText(c.name, 2 * kMaxItemChars);
    c.birthDate = cleanText(c.birthDate);
    c.sex = cleanText(c.sex);
    c.bloodGroup = cleanText(c.bloodGroup);
    if (c.name.isEmpty())
        return fail(tr("the patient has no name to put on the card"));
    if (!c.issuedAt.isValid())
        return fail(tr("the card has no issue time"));
    const QStringList allergies = cleanList(c.allergies), problems = cleanList(c.problems),
                      medications = cleanList(c.medications);
    if (c.allergyStatus == EmergencyCardContent::Allergies::Recorded && allergies.isEmpty())
        return fail(tr("allergies are said to be recorded but none is given"));
    if (c.allergyStatus != EmergencyCardContent::Allergies::Recorded && !allergies.isEmpty())
        return fail(tr("allergies are given although the card says there are none"));
    const QByteArray key = nodeKey.publicKey().bytes();
    // Shorten until the whole text fits: medications go first, allergies last.
    qsizetype keepM = medications.size(), keepP = problems.size(), keepA = allergies.size();
    QByteArray text;
    for (;;) {
        c.allergies = cut(allergies, keepA);
        c.problems = cut(problems, keepP);
        c.medications = cut(medications, keepM);
        text = body(c, key);
        if (text.size() + 11 + 86 <= kMaxTextBytes) // "Signature: " and 86 base64url characters
            break;
        if (keepM > 0)
            --keepM;
        else if (keepP > 0)
            --keepP;
        else if (keepA > 0)
            --keepA;
        else
            return fail(tr("the card's essentials do not fit in one QR code"));
    }
    const QByteArray signature = nodeKey.sign(asView(signingDomain() + text));
    return text + "Signature: " + signature.toBase64(kBase64Url);
}

Result<SignedEmergencyCard> EmergencyCard::verify(const QByteArray& input)
{
    QByteArray text = input;
    while (!text.isEmpty() && (text.endsWith('\n') || text.endsWith('\r') || text.endsWith(' ')))
        text.chop(1);
    if (text.size() > kMaxTextBytes)
        return fail(tr("this is not an emergency card: it is longer than any card"));
    const QString decoded = QString::fromUtf8(text);
    if (decoded.toUtf8() != text)
        return fail(tr("this is not an emergency card: the text is not valid UTF-8"));
    const QStringList lines = decoded.split(QLatin1Char('\n'));
    if (lines.size() != static_cast<qsizetype>(kLabels.size()) || lines[0].toUtf8() != kHeader)
        return fail(tr("this is not a MediLock emergency card (version 1)"));
    QStringList values;
    for (std::size_t i = 1; i < kLabels.size(); ++i) {
        const QString label = QString::fromLatin1(kLabels[i]);
        const QString& line = lines[static_cast<qsizetype>(i)];
        if (!line.startsWith(label))
            return fail(tr("the card's line %1 should begin with \"%2\"").arg(i + 1).arg(label.trimmed()));
        values << line.mid(label.size());
    }
    const auto key = QByteArray::fromBase64Encoding(values[8].toLatin1(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    const auto signature =
        QByteArray::fromBase64Encoding(values[9].toLatin1(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the same characters: unused low bits of the last character
    // would otherwise let several texts carry one signature.
    if (!key || key.decoded.size() != 32 || key.decoded.toBase64(kBase64Url) != values[8].toLatin1())
        return fail(tr("the card's node key is malformed"));
    if (!signature || signature.decoded.size() != 64 || signature.decoded.toBase64(kBase64Url) != values[9].toLatin1())
        return fail(tr("the card's signature is malformed"));
    const qsizetype signedLength = text.size() - values[9].toUtf8().size() - 11;
    if (!crypto::ed25519Verify(asView(key.decoded), asView(signingDomain() + text.left(signedLength)), asView(signature.decoded)))
        return fail(tr("the card's signature does not verify: it was altered or not signed by the key it names"));

    // Signed, so the bytes are what the node wrote; still refuse anything not canonical.
    for (int i = 0; i < 4; ++i)
        if (values[i].isEmpty() || cleanText(values[i], 2 * kMaxItemChars) != values[i])
            return fail(tr("the card's line %1 is not in canonical form").arg(i + 2));
    SignedEmergencyCard card;
    EmergencyCardContent& c = card.content;
    c.name = values[0];
    c.birthDate = values[1] == kUnknown ? QString() : values[1];
    c.sex = values[2] == kUnknown ? QString() : values[2];
    c.bloodGroup = values[3] == kNoBloodGroup ? QString() : values[3];
    if (values[4] == kNoneKnown) {
        c.allergyStatus = EmergencyCardContent::Allergies::NoneKnown;
    } else if (values[4] == kNeverRecorded) {
        c.allergyStatus = EmergencyCardContent::Allergies::NeverRecorded;
    } else {
        auto items = parseList(values[4], QString(), kLabels[5]);
        if (!items || items->isEmpty())
            return fail(tr("the card's allergies line is not in canonical form"));
        c.allergyStatus = EmergencyCardContent::Allergies::Recorded;
        c.allergies = *items;
    }
    auto problems = parseList(values[5], kNoProblems, kLabels[6]);
    auto medications = parseList(values[6], kNoMedications, kLabels[7]);
    if (!problems)
        return std::move(problems).takeError();
    if (!medications)
        return std::move(medications).takeError();
    c.problems = *problems;
    c.medications = *medications;
    c.issuedAt = QDateTime::fromString(values[7], Qt::ISODate).toUTC();
    if (!c.issuedAt.isValid())
        return fail(tr("the card's issue time is malformed"));
    if (body(c, key.decoded) + "Signature: " + values[9].toLatin1() != text)
        return fail(tr("the card is signed but not in canonical form"));
    card.text = text;
    card.nodeKey = key.decoded;
    return card;
}

} // namespace medilock::app
