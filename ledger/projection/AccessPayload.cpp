#include "AccessPayload.h"

#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AccessPayload", text);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> objectWithKeys(const QByteArray& json, QStringList keys)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("payload is not a JSON object"));
    QStringList present = doc.object().keys();
    present.sort();
    keys.sort();
    if (present != keys)
        return fail(tr("payload must have exactly the fields %1").arg(keys.join(QStringLiteral(", "))));
    return doc.object();
}

Result<QString> boundedString(const QJsonObject& o, const QString& key, qsizetype max, bool required)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().size() > max || (required && v.toString().trimmed().isEmpty()))
        return fail(tr("payload field '%1' must be a text of at most %2 characters").arg(key).arg(max));
    return v.toString();
}
} // namespace

QByteArray ChartViewedPayload::encode() const
{
    return compact({{QStringLiteral("purpose"), purpose}});
}

Result<ChartViewedPayload> ChartViewedPayload::decode(const QByteArray& json)
{
    auto o = objectWithKeys(json, {QStringLiteral("purpose")});
    if (!o)
        return std::move(o).takeError();
    const QString purpose = o->value(QStringLiteral("purpose")).toString();
    static const QStringList allowed = {QStringLiteral("chart"), QStringLiteral("emergency"), QStringLiteral("export"),
                                        QStringLiteral("card"), QStringLiteral("report")};
    if (!allowed.contains(purpose))
        return fail(tr("unknown chart access purpose"));
    return ChartViewedPayload{purpose};
}

QByteArray EmergencyAccessPayload::encode() const
{
    return compact({{QStringLiteral("reason"), reason}, {QStringLiteral("minutes"), minutes}});
}

Result<EmergencyAccessPayload> EmergencyAccessPayload::decode(const QByteArray& json)
{
    auto o = objectWithKeys(json, {QStringLiteral("reason"), QStringLiteral("minutes")});
    if (!o)
        return std::move(o).takeError();
    auto reason = boundedString(*o, QStringLiteral("reason"), 2000, true);
    if (!reason)
        return std::move(reason).takeError();
    const QJsonValue minutes = o->value(QStringLiteral("minutes"));
    if (!minutes.isDouble() || minutes.toDouble() != minutes.toInt() || minutes.toInt() < 1 || minutes.toInt() > 1440)
        return fail(tr("emergency access lasts 1 to 1440 minutes"));
    return EmergencyAccessPayload{*reason, minutes.toInt()};
}

QByteArray AmendmentPayload::encode() const
{
    return compact({{QStringLiteral("action"), action}, {QStringLiteral("reason"), reason}});
}

Result<AmendmentPayload> AmendmentPayload::decode(const QByteArray& json)
{
    auto o = objectWithKeys(json, {QStringLiteral("action"), QStringLiteral("reason")});
    if (!o)
        return std::move(o).takeError();
    const QString action = o->value(QStringLiteral("action")).toString();
    if (action != QLatin1String("entered-in-error") && action != QLatin1String("retracted"))
        return fail(tr("unknown amendment action"));
    auto reason = boundedString(*o, QStringLiteral("reason"), 2000, true);
    if (!reason)
        return std::move(reason).takeError();
    return AmendmentPayload{action, *reason};
}

QByteArray PatientsLinkedPayload::encode() const
{
    return compact({{QStringLiteral("other"), crypto::toHex(toBytes(other))}, {QStringLiteral("linked"), linked}});
}

Result<PatientsLinkedPayload> PatientsLinkedPayload::decode(const QByteArray& json)
{
    auto o = objectWithKeys(json, {QStringLiteral("other"), QStringLiteral("linked")});
    if (!o)
        return std::move(o).takeError();
    auto other = crypto::fromHex(o->value(QStringLiteral("other")).toString(), 16);
    if (!other || !o->value(QStringLiteral("linked")).isBool())
        return fail(tr("a link names another patient id and whether it links or unlinks"));
    PatientsLinkedPayload p;
    fromBytes(*other, p.other);
    p.linked = o->value(QStringLiteral("linked")).toBool();
    if (p.other == kZeroId)
        return fail(tr("a link names another patient id and whether it links or unlinks"));
    return p;
}

QString accessReason(EntryKind kind, const QByteArray& payload)
{
    if (kind == EntryKind::EmergencyAccess) {
        if (auto p = EmergencyAccessPayload::decode(payload))
            return p->reason;
    } else if (kind == EntryKind::ChartViewed) {
        if (auto p = ChartViewedPayload::decode(payload))
            return p->purpose;
    }
    return {};
}

} // namespace medilock::ledger
