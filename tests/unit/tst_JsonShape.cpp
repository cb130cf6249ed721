// JsonShape against QJsonDocument: never looser, the same resourceType, and not stricter
// on anything a FHIR file holds.
#include "ledger/projection/JsonShape.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using medilock::ledger::JsonShape;

namespace {

struct QtView
{
    bool isObject = false;
    QString resourceType;
};

QtView qtView(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return {true, doc.object().value(QStringLiteral("resourceType")).toString()};
}

// What JsonShape accepts, QJsonDocument accepts, and reads the same resourceType from.
QString looserThanQt(const QByteArray& json)
{
    const JsonShape shape = JsonShape::scan(json);
    if (!shape.isObject)
        return {};
    const QtView qt = qtView(json);
    if (!qt.isObject)
        return QStringLiteral("accepted what Qt refuses: ") + QString::fromLatin1(json.left(80).toPercentEncoding());
    if (shape.resourceType && QString::fromUtf8(*shape.resourceType) != qt.resourceType)
        return QStringLiteral("resourceType differs from Qt's: ") + QString::fromLatin1(json.left(80).toPercentEncoding());
    return {};
}

QList<QByteArray> fhirFiles()
{
    QList<QByteArray> out;
    QDirIterator it(QString::fromUtf8(MEDILOCK_TEST_DATA) + QStringLiteral("/fhir"), {QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            out << file.readAll();
    }
    return out;
}

QByteArray nested(int depth)
{
    // The outer object is level 1; `depth - 1` arrays inside it.
    return "{\"a\":" + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + "}";
}

} // namespace

class tst_JsonShape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fhirFilesReadAsQtReadsThem()
    {
        const QList<QByteArray> files = fhirFiles();
        QVERIFY(files.size() >= 10);
        for (const QByteArray& json : files) {
            const JsonShape shape = JsonShape::scan(json);
            const QtView qt = qtView(json);
            QVERIFY(qt.isObject);
            QVERIFY(shape.isObject);
            QVERIFY(shape.resourceType);
            QCOMPARE(QString::fromUtf8(*shape.resourceType), qt.resourceType);
        }
    }

    void cases_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("isObject");
        QTest::addColumn<QByteArray>("resourceType");
        const auto row = [](const char* name, const QByteArray& json, bool ok, const QByteArray& type = {}) {
            QTest::newRow(name) << json << ok << type;
        };
        row("minimal", "{\"resourceType\":\"Patient\"}", true, "Patient");
        row("white space around", " \t\r\n{ \"resourceType\" : \"Flag\" } \n", true, "Flag");
        row("empty object", "{}", true);
        row("type not first", "{\"id\":\"x\",\"resourceType\":\"Observation\",\"n\":[1,2.5,-0,1e3,-1.5E-3]}", true,
            "Observation");
        row("nested resourceType is not the top one", "{\"a\":{\"resourceType\":\"X\"}}", true);
        row("type not a string", "{\"resourceType\":5}", true);
        row("literals", "{\"a\":[true,false,null],\"resourceType\":\"Bundle\"}", true, "Bundle");
        row("escapes", "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}", true);
        row("utf-8 text", "{\"a\":\"M\xc3\xbcller \xe4\xb8\xad \xf0\x9f\x98\x80\"}", true);
        row("noncharacter", "{\"a\":\"\xef\xbf\xbe\"}", true);
        row("underflowing number", "{\"a\":1e-999}", false);
        row("long integer", "{\"a\":123456789012345678901234567890}", true);
        row("top level array", "[]", false);
        row("top level string", "\"x\"", false);
        row("empty", "", false);
        row("byte order mark", "\xef\xbb\xbf{}", false);
        row("trailing garbage", "{} x", false);
        row("two objects", "{}{}", false);
        row("trailing comma in object", "{\"a\":1,}", false);
        row("trailing comma in array", "{\"a\":[1,]}", false);
        row("missing colon", "{\"a\" 1}", false);
        row("unquoted key", "{a:1}", false);
        row("single quotes", "{'a':1}", false);
        row("unterminated string", "{\"a\":\"x", false);
        row("unterminated object", "{\"a\":1", false);
        row("raw control character", "{\"a\":\"x\ty\"}", false);
        row("bad escape", "{\"a\":\"\\x\"}", false);
        row("short unicode escape", "{\"a\":\"\\u12\"}", false);
        row("lone high surrogate", "{\"a\":\"\\ud83d\"}", false);
        row("lone low surrogate", "{\"a\":\"\\ude00\"}", false);
        row("overlong utf-8", "{\"a\":\"\xc0\x80\"}", false);
        row("encoded surrogate", "{\"a\":\"\xed\xa0\x80\"}", false);
        row("beyond U+10FFFF", "{\"a\":\"\xf4\x90\x80\x80\"}", false);
        row("truncated utf-8", "{\"a\":\"\xe4\xb8\"}", false);
        row("leading zero", "{\"a\":01}", false);
        row("plus sign", "{\"a\":+1}", false);
        row("bare fraction", "{\"a\":.5}", false);
        row("empty fraction", "{\"a\":1.}", false);
        row("empty exponent", "{\"a\":1e}", false);
        row("hex number", "{\"a\":0x10}", false);
        row("overflowing number", "{\"a\":1e999}", false);
        row("NaN", "{\"a\":NaN}", false);
        row("truncated literal", "{\"a\":tru}", false);
        row("escaped top-level key", "{\"resource\\u0054ype\":\"Patient\"}", false);
        row("resourceType twice", "{\"resourceType\":\"Patient\",\"resourceType\":\"Flag\"}", false);
        row("escaped resourceType", "{\"resourceType\":\"P\\u0061tient\"}", true);
        row("nesting at the limit", nested(JsonShape::kMaxDepth), true);
        row("nesting past the limit", nested(JsonShape::kMaxDepth + 1), false);
    }

    void cases()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, isObject);
        QFETCH(QByteArray, resourceType);
        const JsonShape shape = JsonShape::scan(json);
        QCOMPARE(shape.isObject, isObject);
        QCOMPARE(shape.resourceType ? shape.resourceType->toByteArray() : QByteArray(), resourceType);
        const QString looser = looserThanQt(json);
        QVERIFY2(looser.isEmpty(), qPrintable(looser));
    }

    // Qt's own limit is where ours is.
    void nestingLimitIsQts()
    {
        QVERIFY(qtView(nested(JsonShape::kMaxDepth)).isObject);
        QVERIFY(!qtView(nested(JsonShape::kMaxDepth + 1)).isObject);
    }

    // Random damage to real FHIR files: whatever JsonShape still accepts, Qt accepts too and
    // reads the same resourceType.
    void damagedFilesNeverLooserThanQt()
    {
        QList<QByteArray> files;
        for (const QByteArray& json : fhirFiles())
            if (json.size() < 16384) // the single resources: damage then stays visible to both parsers
                files << json;
        QVERIFY(files.size() >= 5);
        std::mt19937 random(20261124);
        const char interesting[] = {'"', '\\', '{', '}', '[', ']', ',', ':', '0', 'e', '-', '.', ' ', 'u', '\x80', '\xff'};
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray json = files[static_cast<qsizetype>(random() % static_cast<unsigned>(files.size()))];
            const int flips = 1 + static_cast<int>(random() % 3);
            for (int f = 0; f < flips; ++f) {
                const auto at = static_cast<qsizetype>(random() % static_cast<unsigned>(json.size()));
                json[at] = interesting[random() % sizeof(interesting)];
            }
            const QString looser = looserThanQt(json);
            QVERIFY2(looser.isEmpty(), qPrintable(looser));
            accepted += JsonShape::scan(json).isObject ? 1 : 0;
        }
        qInfo("%d of 3000 damaged texts were still JSON objects", accepted);
    }
};

QTEST_GUILESS_MAIN(tst_JsonShape)
#include "tst_JsonShape.moc"
