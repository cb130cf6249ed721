#include "LegacyKeyring.h"

#include "crypto/Keyring.h"
#include "crypto/KeyWrap.h"
#include "crypto/Random.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace medilock;
using namespace medilock::crypto;

namespace {
// Small parameters so that hundreds of unlock attempts stay fast; still within bounds.
const ScryptParams kFast {10, 8, 1};

ByteView view(const char* text)
{
    return {reinterpret_cast<const std::uint8_t*>(text), std::strlen(text)};
}

SlotSecrets makeSecrets(bool withRoot)
{
    return {randomSecret(32), randomSecret(32), withRoot ? randomSecret(32) : SecureBuffer()};
}

QByteArray bytesOf(const SecureBuffer& buffer)
{
    return toByteArray(buffer.view());
}

bool sameSecrets(const SlotSecrets& a, const SlotSecrets& b)
{
    return bytesOf(a.databaseKey) == bytesOf(b.databaseKey) && bytesOf(a.signingSeed) == bytesOf(b.signingSeed)
        && bytesOf(a.clinicRootSeed) == bytesOf(b.clinicRootSeed);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The version 1 layout (docs/security.md): magic(8) version(1) count(1), then per slot
// nameLength(1) name kdf(1) logN(1) r(1) p(1) salt(16) sealedLength(2) sealed.
constexpr qsizetype kHeaderSize = 10;
// Version 2: magic(8) version(1) count(1) generation(4) state(1), then per slot nameLength(1)
// name layout(1) kdf(1) logN(1) r(1) p(1) salt(16) publicKey(32) sealedLength(2) sealed
// wrap(92) [pendingWrap(92)].
constexpr qsizetype kHeaderSizeV2 = 15;
qsizetype slotSize(qsizetype nameLength, qsizetype sealedLength)
{
    return 1 + nameLength + 4 + 16 + 2 + sealedLength;
}
} // namespace

class tst_Keyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void roundTrip();
    void nodeSlot();
    void wrongPassphrase();
    void unknownUser();
    void changePassphrase();
    void changePassphraseNeedsTheOldOne();
    void removeSlot();
    void duplicateNamesRefused();
    void duplicateNamesInFileRefused();
    void invalidNamesInFileRefused_data();
    void invalidNamesInFileRefused();
    void userNames_data();
    void userNames();
    void invalidNamesRefusedByAddSlot_data();
    void invalidNamesRefusedByAddSlot();
    void wrongSecretSizesRefused();
    void outOfBoundsParamsRefusedByAddSlot();
    void slotLimit();

    void saveIsAtomic();
    void saveRefusesEmptyKeyring();
    void loadErrors();

    void everyTruncationRefused();
    void trailingBytesRefused_data();
    void trailingBytesRefused();
    void headerDamageRefused_data();
    void headerDamageRefused();
    void everyBitFlipRefused();

    void versionTwoRoundTrip();
    void versionOneFileUpgradesSlotBySlot();
    void rekeyRefusedWhileVersionOneSlotsRemain();
    void rekeyWrapsTheNextKeyForEverySlot();
    void changePassphraseKeepsTheSlotKey();
    void versionTwoTruncationsRefused();
    void versionTwoDamageRefused_data();
    void versionTwoDamageRefused();
    void versionTwoEveryBitFlipRefused();
    void documentedVector();

private:
    QByteArray twoSlotFile(Keyring& keyring);

    QByteArray m_file;   // a version 1 keyring: alice (with clinic root) and bob
    QByteArray m_fileV2; // the same slots in version 2
    SlotSecrets m_alice;
    SlotSecrets m_bob;
};

void tst_Keyring::initTestCase()
{
    m_alice = makeSecrets(true);
    m_bob = makeSecrets(false);
    // m_file: a version 1 file, as nodes wrote them before keyring version 2.
    m_file = test::legacyKeyringFile({{QStringLiteral("alice"), "alice passphrase", &m_alice, kFast},
                                      {QStringLiteral("bob"), "bob passphrase", &m_bob, kFast}});
    QCOMPARE(m_file.size(), kHeaderSize + slotSize(5, 12 + 98 + 16) + slotSize(3, 12 + 66 + 16));
    Keyring keyring;
    QVERIFY(keyring.addSlot(QStringLiteral("alice"), view("alice passphrase"), m_alice, kFast).ok());
    QVERIFY(keyring.addSlot(QStringLiteral("bob"), view("bob passphrase"), m_bob, kFast).ok());
    m_fileV2 = keyring.serialize();
    QCOMPARE(m_fileV2.size(), kHeaderSizeV2 + slotSize(5, 12 + 98 + 16) + 1 + 32 + 92 + slotSize(3, 12 + 66 + 16) + 1 + 32 + 92);
}

void tst_Keyring::roundTrip()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed->slotNames(), (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
    QVERIFY(parsed->hasSlot(QStringLiteral("alice")));
    QVERIFY(!parsed->hasSlot(QStringLiteral("carol")));
    QCOMPARE(parsed->serialize(), m_file);

    auto alice = parsed->unlock(QStringLiteral("alice"), view("alice passphrase"));
    QVERIFY2(alice.ok(), qPrintable(alice.ok() ? QString() : alice.error()));
    QVERIFY(sameSecrets(*alice, m_alice));
    QCOMPARE(alice->clinicRootSeed.size(), std::size_t(32));
    auto bob = parsed->unlock(QStringLiteral("bob"), view("bob passphrase"));
    QVERIFY(bob.ok());
    QVERIFY(sameSecrets(*bob, m_bob));
    QVERIFY(bob->clinicRootSeed.isEmpty());
    // Secrets never appear in clear in the file.
    for (const SlotSecrets* s : {&m_alice, &m_bob}) {
        QVERIFY(!m_file.contains(bytesOf(s->databaseKey)));
        QVERIFY(!m_file.contains(bytesOf(s->signingSeed)));
    }
    QVERIFY(!m_file.contains("alice passphrase"));
}

void tst_Keyring::nodeSlot()
{
    Keyring keyring;
    QVERIFY(!Keyring::isValidUserName(Keyring::nodeSlotName()));
    QVERIFY(keyring.addSlot(Keyring::nodeSlotName(), view("node passphrase"), m_bob, kFast).ok());
    auto parsed = Keyring::parse(keyring.serialize());
    QVERIFY(parsed.ok());
    auto node = parsed->unlock(Keyring::nodeSlotName(), view("node passphrase"));
    QVERIFY(node.ok());
    QVERIFY(sameSecrets(*node, m_bob));
}

void tst_Keyring::wrongPassphrase()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    for (const char* wrong : {"", "alice passphras", "alice passphrase ", "Alice passphrase", "bob passphrase"}) {
        auto result = parsed->unlock(QStringLiteral("alice"), view(wrong));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("wrong passphrase")), qPrintable(result.error()));
    }
}

void tst_Keyring::unknownUser()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    auto result = parsed->unlock(QStringLiteral("carol"), view("alice passphrase"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("no user 'carol'")), qPrintable(result.error()));
    // Names are case-sensitive.
    QVERIFY(!parsed->unlock(QStringLiteral("Alice"), view("alice passphrase")).ok());
}

void tst_Keyring::changePassphrase()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->changePassphrase(QStringLiteral("alice"), view("alice passphrase"), view("a brand new one"), kFast)
                .ok());
    auto reparsed = Keyring::parse(parsed->serialize());
    QVERIFY(reparsed.ok());
    QVERIFY(!reparsed->unlock(QStringLiteral("alice"), view("alice passphrase")).ok());
    auto alice = reparsed->unlock(QStringLiteral("alice"), view("a brand new one"));
    QVERIFY(alice.ok());
    QVERIFY(sameSecrets(*alice, m_alice));
    // Other slots are untouched, and the order is kept.
    QCOMPARE(reparsed->slotNames(), (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
    auto bob = reparsed->unlock(QStringLiteral("bob"), view("bob passphrase"));
    QVERIFY(bob.ok());
    QVERIFY(sameSecrets(*bob, m_bob));
}

void tst_Keyring::changePassphraseNeedsTheOldOne()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    auto result = parsed->changePassphrase(QStringLiteral("alice"), view("guess"), view("a brand new one"), kFast);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("wrong passphrase")));
    QCOMPARE(parsed->serialize(), m_file);
    QVERIFY(!parsed->changePassphrase(QStringLiteral("carol"), view("x"), view("y"), kFast).ok());
}

void tst_Keyring::removeSlot()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->removeSlot(QStringLiteral("alice")).ok());
    QCOMPARE(parsed->slotNames(), QStringList {QStringLiteral("bob")});
    auto reparsed = Keyring::parse(parsed->serialize());
    QVERIFY(reparsed.ok());
    auto gone = reparsed->unlock(QStringLiteral("alice"), view("alice passphrase"));
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().contains(QLatin1String("no user")));
    QVERIFY(reparsed->unlock(QStringLiteral("bob"), view("bob passphrase")).ok());
    auto again = reparsed->removeSlot(QStringLiteral("alice"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(QLatin1String("no user")));
}

void tst_Keyring::duplicateNamesRefused()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    auto result = parsed->addSlot(QStringLiteral("bob"), view("another"), m_alice, kFast);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("already")));
    QCOMPARE(parsed->serialize(), m_file);
}

void tst_Keyring::duplicateNamesInFileRefused()
{
    // Two slots whose names differ in one byte, then patched to the same name.
    Keyring keyring;
    QVERIFY(keyring.addSlot(QStringLiteral("alice"), view("p1"), m_bob, kFast).ok());
    QVERIFY(keyring.addSlot(QStringLiteral("alicf"), view("p2"), m_bob, kFast).ok());
    QByteArray bytes = keyring.serialize();
    const qsizetype at = bytes.indexOf("alicf");
    QVERIFY(at > 0);
    bytes[at + 4] = 'e';
    auto parsed = Keyring::parse(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(QLatin1String("duplicate")), qPrintable(parsed.error()));
}

void tst_Keyring::invalidNamesInFileRefused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("trailing newline") << QByteArray("alice\n");
    QTest::newRow("leading dot") << QByteArray(".alice");
    QTest::newRow("slash") << QByteArray("al/ice");
    QTest::newRow("NUL") << QByteArray("ali\0ce", 6);
    QTest::newRow("invalid UTF-8") << QByteArray("alic\xc3", 5);
    QTest::newRow("non-ascii UTF-8") << QByteArray("jos\xc3\xa9", 5);
}

void tst_Keyring::invalidNamesInFileRefused()
{
    // A valid slot, then its name bytes patched in the file (same length, so the layout holds).
    QFETCH(QByteArray, name);
    const QByteArray placeholder = QByteArray(name.size(), 'z');
    Keyring keyring;
    QVERIFY(keyring.addSlot(QString::fromLatin1(placeholder), view("p"), m_bob, kFast).ok());
    QByteArray bytes = keyring.serialize();
    QCOMPARE(bytes.mid(kHeaderSizeV2 + 1, name.size()), placeholder);
    bytes.replace(kHeaderSizeV2 + 1, name.size(), name);
    auto parsed = Keyring::parse(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(QLatin1String("bad slot name")), qPrintable(parsed.error()));
}

namespace {
struct NameCase
{
    const char* tag;
    QString name;
    bool valid;
};

QList<NameCase> nameCases()
{
    return {
        {"simple", QStringLiteral("alice"), true},
        {"one letter", QStringLiteral("a"), true},
        {"one digit", QStringLiteral("7"), true},
        {"punctuation inside", QStringLiteral("dr.smith_2-x"), true},
        {"64 characters", QString(64, QLatin1Char('a')), true},
        {"65 characters", QString(65, QLatin1Char('a')), false},
        {"empty", QString(), false},
        {"leading dot", QStringLiteral(".alice"), false},
        {"leading dash", QStringLiteral("-alice"), false},
        {"leading underscore", QStringLiteral("_alice"), false},
        {"space", QStringLiteral("alice smith"), false},
        {"slash", QStringLiteral("al/ice"), false},
        {"path", QStringLiteral("../alice"), false},
        {"node slot", QStringLiteral("@node"), false},
        {"non-ascii", QStringLiteral("jos\u00e9"), false},
        {"trailing newline", QStringLiteral("alice\n"), false},
        {"leading newline", QStringLiteral("\nalice"), false},
        {"NUL inside", QString::fromLatin1("ali\0ce", 6), false},
        {"tab", QStringLiteral("alice\t"), false},
    };
}
} // namespace

void tst_Keyring::userNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    for (const NameCase& c : nameCases())
        QTest::newRow(c.tag) << c.name << c.valid;
}

void tst_Keyring::userNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Keyring::isValidUserName(name), valid);
}

void tst_Keyring::invalidNamesRefusedByAddSlot_data()
{
    QTest::addColumn<QString>("name");
    // The node's own slot name is not a user name, but addSlot accepts it (see nodeSlot).
    for (const NameCase& c : nameCases())
        if (!c.valid && c.name != Keyring::nodeSlotName())
            QTest::newRow(c.tag) << c.name;
}

void tst_Keyring::invalidNamesRefusedByAddSlot()
{
    QFETCH(QString, name);
    Keyring keyring;
    auto result = keyring.addSlot(name, view("passphrase"), m_bob, kFast);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QLatin1String("not a valid user name")));
    QVERIFY(keyring.slotNames().isEmpty());
}

void tst_Keyring::wrongSecretSizesRefused()
{
    Keyring keyring;
    const SlotSecrets shortKey {randomSecret(31), randomSecret(32), {}};
    const SlotSecrets shortSeed {randomSecret(32), randomSecret(16), {}};
    const SlotSecrets badRoot {randomSecret(32), randomSecret(32), randomSecret(33)};
    const SlotSecrets empty {};
    for (const SlotSecrets* s : {&shortKey, &shortSeed, &badRoot, &empty}) {
        auto result = keyring.addSlot(QStringLiteral("alice"), view("passphrase"), *s, kFast);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QLatin1String("wrong size")));
    }
    QVERIFY(keyring.slotNames().isEmpty());
}

void tst_Keyring::outOfBoundsParamsRefusedByAddSlot()
{
    Keyring keyring;
    for (const ScryptParams& params : {ScryptParams {9, 8, 1}, ScryptParams {23, 8, 1}, ScryptParams {10, 0, 1},
             ScryptParams {10, 8, 0}, ScryptParams {21, 8, 1}}) {
        auto result = keyring.addSlot(QStringLiteral("alice"), view("passphrase"), m_bob, params);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QLatin1String("out of bounds")));
    }
}

void tst_Keyring::slotLimit()
{
    Keyring keyring;
    for (int i = 0; i < Keyring::kMaxSlots; ++i)
        QVERIFY(keyring.addSlot(QStringLiteral("user%1").arg(i), view("p"), m_bob, kFast).ok());
    auto full = keyring.addSlot(QStringLiteral("one-too-many"), view("p"), m_bob, kFast);
    QVERIFY(!full.ok());
    QVERIFY(full.error().contains(QLatin1String("full")));
    const QByteArray bytes = keyring.serialize();
    QVERIFY(bytes.size() <= Keyring::kMaxFileSize);
    auto parsed = Keyring::parse(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->slotNames().size(), Keyring::kMaxSlots);
    QVERIFY(parsed->unlock(QStringLiteral("user63"), view("p")).ok());
    // A count byte above the limit is refused even when the slots would follow.
    QByteArray tooMany = bytes;
    tooMany[9] = static_cast<char>(Keyring::kMaxSlots + 1);
    QVERIFY(!Keyring::parse(tooMany).ok());
}

void tst_Keyring::saveIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keyring.mlk"));
    const QString link = dir.filePath(QStringLiteral("old-contents.lnk"));
    QVERIFY(writeAll(path, "previous keyring contents"));
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    // A hard link keeps the old inode reachable: an atomic replace (rename) leaves it intact,
    // an in-place rewrite would change it.
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);
    struct stat before
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);

    auto keyring = Keyring::parse(m_file);
    QVERIFY(keyring.ok());
    auto saved = keyring->save(path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));

    QCOMPARE(readAll(path), m_file);
    QCOMPARE(readAll(link), QByteArray("previous keyring contents"));
    struct stat after
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(after.st_ino != before.st_ino);
    QCOMPARE(after.st_mode & 0777, mode_t(0600));
    // Nothing but the two names is left in the directory (no temporary file).
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name),
        (QStringList {QStringLiteral("keyring.mlk"), QStringLiteral("old-contents.lnk")}));

    auto loaded = Keyring::load(path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->unlock(QStringLiteral("bob"), view("bob passphrase")).ok());

    // Saving over itself again keeps mode 0600 and leaves no temporary file.
    QVERIFY(loaded->save(path).ok());
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).size(), 2);
}

void tst_Keyring::saveRefusesEmptyKeyring()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyring.mlk"));
    const Keyring empty;
    QVERIFY(!empty.save(path).ok());
    QVERIFY(!QFile::exists(path));
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->removeSlot(QStringLiteral("alice")).ok());
    QVERIFY(parsed->removeSlot(QStringLiteral("bob")).ok());
    QVERIFY(!parsed->save(path).ok());
    QVERIFY(!QFile::exists(path));
}

void tst_Keyring::loadErrors()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.mlk"));
    auto none = Keyring::load(missing);
    QVERIFY(!none.ok());
    QVERIFY(none.error().contains(missing));

    const QString big = dir.filePath(QStringLiteral("big.mlk"));
    QVERIFY(writeAll(big, m_file + QByteArray(Keyring::kMaxFileSize, '\0')));
    auto tooBig = Keyring::load(big);
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.error().contains(QLatin1String("larger")));

    const QString damaged = dir.filePath(QStringLiteral("damaged.mlk"));
    QVERIFY(writeAll(damaged, m_file.left(m_file.size() - 1)));
    auto bad = Keyring::load(damaged);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(damaged), qPrintable(bad.error())); // says which file
}

void tst_Keyring::everyTruncationRefused()
{
    for (qsizetype length = 0; length < m_file.size(); ++length) {
        auto parsed = Keyring::parse(m_file.left(length));
        if (parsed.ok())
            QFAIL(qPrintable(
                QStringLiteral("a keyring truncated to %1 of %2 bytes was accepted").arg(length).arg(m_file.size())));
        QVERIFY(!parsed.error().isEmpty());
    }
}

void tst_Keyring::trailingBytesRefused_data()
{
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("one NUL") << QByteArray(1, '\0');
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("a third slot header") << QByteArray("\x05"
                                                       "carol",
        6);
    QTest::newRow("a copy of the file") << QByteArray("COPY");
}

void tst_Keyring::trailingBytesRefused()
{
    QFETCH(QByteArray, suffix);
    const QByteArray bytes = m_file + (suffix == "COPY" ? m_file : suffix);
    auto parsed = Keyring::parse(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(QLatin1String("unexpected bytes")), qPrintable(parsed.error()));
}

void tst_Keyring::headerDamageRefused_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("magic") << 0 << int('X') << QStringLiteral("not a MediLock keyring");
    QTest::newRow("version 0") << 8 << 0 << QStringLiteral("unsupported keyring version 0");
    QTest::newRow("version 3") << 8 << 3 << QStringLiteral("unsupported keyring version 3");
    QTest::newRow("no slots") << 9 << 0 << QStringLiteral("bad slot count");
    QTest::newRow("65 slots") << 9 << 65 << QStringLiteral("bad slot count");
    QTest::newRow("255 slots") << 9 << 255 << QStringLiteral("bad slot count");
    QTest::newRow("name length 0") << 10 << 0 << QStringLiteral("bad slot name");
    QTest::newRow("name length 65") << 10 << 65 << QStringLiteral("bad slot name");
    QTest::newRow("unknown kdf") << 16 << 2 << QStringLiteral("unknown key derivation");
    QTest::newRow("logN 9") << 17 << 9 << QStringLiteral("out of bounds");
    QTest::newRow("logN 23") << 17 << 23 << QStringLiteral("out of bounds");
    QTest::newRow("logN 200") << 17 << 200 << QStringLiteral("out of bounds");
    QTest::newRow("r 0") << 18 << 0 << QStringLiteral("out of bounds");
    QTest::newRow("r 33") << 18 << 33 << QStringLiteral("out of bounds");
    QTest::newRow("p 0") << 19 << 0 << QStringLiteral("out of bounds");
    QTest::newRow("p 17") << 19 << 17 << QStringLiteral("out of bounds");
    QTest::newRow("sealed length high byte") << 36 << 1 << QStringLiteral("damaged");
    QTest::newRow("sealed length 0") << 37 << 0 << QStringLiteral("bad sealed length");
}

void tst_Keyring::headerDamageRefused()
{
    QFETCH(int, offset);
    QFETCH(int, value);
    QFETCH(QString, message);
    // alice's slot starts at 10: length 5, "alice" (11-15), kdf 16, logN 17, r 18, p 19,
    // salt 20-35, sealed length 36-37.
    QCOMPARE(m_file.mid(11, 5), QByteArray("alice"));
    QByteArray bytes = m_file;
    bytes[offset] = static_cast<char>(value);
    auto parsed = Keyring::parse(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

// Flip each bit of each byte: the parser must refuse the file, or the slot whose bytes changed
// must no longer open with its passphrase, under whatever name it now has. Nothing crashes.
void tst_Keyring::everyBitFlipRefused()
{
    struct Region
    {
        qsizetype begin, end;
        QString name;
        const char* passphrase;
        const SlotSecrets* secrets;
    };
    const qsizetype aliceEnd = kHeaderSize + slotSize(5, 12 + 98 + 16);
    const Region slots[] = {
        {kHeaderSize, aliceEnd, QStringLiteral("alice"), "alice passphrase", &m_alice},
        {aliceEnd, m_file.size(), QStringLiteral("bob"), "bob passphrase", &m_bob},
    };
    int parsedAnyway = 0;
    for (qsizetype offset = 0; offset < m_file.size(); ++offset) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray bytes = m_file;
            bytes[offset] = static_cast<char>(bytes[offset] ^ (1 << bit));
            auto parsed = Keyring::parse(bytes);
            if (offset < kHeaderSize) {
                if (parsed.ok())
                    QFAIL(
                        qPrintable(QStringLiteral("header byte %1 bit %2 flipped was accepted").arg(offset).arg(bit)));
                continue;
            }
            const Region& hit = offset < aliceEnd ? slots[0] : slots[1];
            const Region& other = offset < aliceEnd ? slots[1] : slots[0];
            // A flip in a slot's scrypt parameters that leaves the bounds must stop the parser.
            const qsizetype paramsAt = hit.begin + 1 + hit.name.size() + 1;
            if (offset >= paramsAt && offset < paramsAt + 3) {
                const auto u8 = [&](qsizetype at) { return static_cast<std::uint8_t>(bytes[at]); };
                const ScryptParams flipped {u8(paramsAt), u8(paramsAt + 1), u8(paramsAt + 2)};
                if (!flipped.withinBounds() && parsed.ok())
                    QFAIL(qPrintable(
                        QStringLiteral("out-of-bounds scrypt parameters at byte %1 were accepted").arg(offset)));
            }
            if (!parsed.ok()) {
                QVERIFY(!parsed.error().isEmpty());
                continue;
            }
            ++parsedAnyway;
            // The damaged slot, under any name it may now carry, must not open with its passphrase.
            for (const QString& name : parsed->slotNames()) {
                if (name == other.name)
                    continue;
                auto opened = parsed->unlock(name, view(hit.passphrase));
                if (opened.ok())
                    QFAIL(qPrintable(QStringLiteral("byte %1 bit %2 flipped: slot '%3' still opens")
                                         .arg(offset)
                                         .arg(bit)
                                         .arg(name)));
            }
            // The untouched slot, if it opens, yields exactly its own secrets.
            if (parsed->hasSlot(other.name) && (offset % 16 == 0 && bit == 0)) {
                auto opened = parsed->unlock(other.name, view(other.passphrase));
                if (opened.ok())
                    QVERIFY(sameSecrets(*opened, *other.secrets));
            }
        }
    }
    // Sanity: flips in salts and sealed bytes parse, so the unlock checks above really ran.
    QVERIFY(parsedAnyway > 1000);
}

void tst_Keyring::versionTwoRoundTrip()
{
    auto parsed = Keyring::parse(m_fileV2);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(m_fileV2[8], char(2));
    QCOMPARE(parsed->serialize(), m_fileV2);
    QVERIFY(parsed->legacySlotNames().isEmpty());
    QCOMPARE(parsed->generation(), 0u);
    QVERIFY(!parsed->hasPendingRekey());
    for (const auto& [name, pass, secrets] : {std::tuple {QStringLiteral("alice"), "alice passphrase", &m_alice},
             std::tuple {QStringLiteral("bob"), "bob passphrase", &m_bob}}) {
        auto opened = parsed->open(name, view(pass));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        QVERIFY(sameSecrets(opened->secrets, *secrets));
        QVERIFY(!opened->legacyLayout);
        QVERIFY(opened->pendingDatabaseKey.isEmpty());
        QVERIFY(!m_fileV2.contains(bytesOf(secrets->databaseKey)));
        QVERIFY(!m_fileV2.contains(bytesOf(secrets->signingSeed)));
    }
    QVERIFY(!parsed->open(QStringLiteral("alice"), view("bob passphrase")).ok());
}

void tst_Keyring::versionOneFileUpgradesSlotBySlot()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->legacySlotNames(), (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(parsed->serialize(), m_file); // read and written back as version 1
    auto alice = parsed->open(QStringLiteral("alice"), view("alice passphrase"));
    QVERIFY(alice.ok());
    QVERIFY(alice->legacyLayout);
    QVERIFY(sameSecrets(alice->secrets, m_alice));

    // A wrong passphrase upgrades nothing.
    QVERIFY(!parsed->upgradeSlot(QStringLiteral("alice"), view("guess"), kFast).ok());
    QCOMPARE(parsed->serialize(), m_file);
    QVERIFY(parsed->upgradeSlot(QStringLiteral("alice"), view("alice passphrase"), kFast).ok());
    QCOMPARE(parsed->legacySlotNames(), QStringList {QStringLiteral("bob")});
    auto again = parsed->upgradeSlot(QStringLiteral("alice"), view("alice passphrase"), kFast);
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(QLatin1String("already")));

    const QByteArray upgraded = parsed->serialize();
    QCOMPARE(upgraded[8], char(2));
    auto reparsed = Keyring::parse(upgraded);
    QVERIFY2(reparsed.ok(), qPrintable(reparsed.ok() ? QString() : reparsed.error()));
    QCOMPARE(reparsed->serialize(), upgraded);
    QCOMPARE(reparsed->slotNames(), (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
    auto aliceNow = reparsed->open(QStringLiteral("alice"), view("alice passphrase"));
    QVERIFY(aliceNow.ok());
    QVERIFY(!aliceNow->legacyLayout);
    QVERIFY(sameSecrets(aliceNow->secrets, m_alice));
    auto bob = reparsed->open(QStringLiteral("bob"), view("bob passphrase"));
    QVERIFY(bob.ok());
    QVERIFY(bob->legacyLayout); // untouched until bob signs in
    QVERIFY(sameSecrets(bob->secrets, m_bob));
    // bob's version 1 slot is carried over byte for byte, behind its layout byte.
    const QByteArray bobV1 = m_file.mid(kHeaderSize + slotSize(5, 12 + 98 + 16));
    QVERIFY(upgraded.endsWith(bobV1.left(4) + QByteArray(1, '\x01') + bobV1.mid(4)));
}

void tst_Keyring::rekeyRefusedWhileVersionOneSlotsRemain()
{
    auto parsed = Keyring::parse(m_file);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->upgradeSlot(QStringLiteral("alice"), view("alice passphrase"), kFast).ok());
    const QByteArray before = parsed->serialize();
    auto refused = parsed->beginRekey(randomSecret(32));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("version 1 layout: bob")), qPrintable(refused.error()));
    QVERIFY(!parsed->hasPendingRekey());
    QCOMPARE(parsed->serialize(), before);
}

void tst_Keyring::rekeyWrapsTheNextKeyForEverySlot()
{
    auto parsed = Keyring::parse(m_fileV2);
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->beginRekey(randomSecret(16)).ok());
    const SecureBuffer next = randomSecret(32);
    QVERIFY(parsed->beginRekey(next).ok());
    QVERIFY(!parsed->beginRekey(randomSecret(32)).ok()); // one at a time
    // While pending, no slot is added or re-sealed (it would miss the pending key).
    QVERIFY(!parsed->addSlot(QStringLiteral("carol"), view("carol"), m_bob, kFast).ok());
    QVERIFY(!parsed->changePassphrase(QStringLiteral("bob"), view("bob passphrase"), view("new one"), kFast).ok());

    const QByteArray pending = parsed->serialize();
    QCOMPARE(pending.size(), m_fileV2.size() + 2 * qsizetype(kWrappedKeySize));
    auto reparsed = Keyring::parse(pending);
    QVERIFY2(reparsed.ok(), qPrintable(reparsed.ok() ? QString() : reparsed.error()));
    QVERIFY(reparsed->hasPendingRekey());
    QCOMPARE(reparsed->serialize(), pending);
    auto alice = reparsed->open(QStringLiteral("alice"), view("alice passphrase"));
    QVERIFY(alice.ok());
    QVERIFY(sameSecrets(alice->secrets, m_alice)); // the current key still
    QCOMPARE(bytesOf(alice->pendingDatabaseKey), bytesOf(next));

    // Abort: exactly the file before.
    Keyring aborted = *reparsed;
    aborted.abortRekey();
    QCOMPARE(aborted.serialize(), m_fileV2);

    // Commit: the next key in every slot, one generation on.
    QVERIFY(reparsed->commitRekey().ok());
    QVERIFY(!reparsed->commitRekey().ok());
    auto committed = Keyring::parse(reparsed->serialize());
    QVERIFY(committed.ok());
    QCOMPARE(committed->generation(), 1u);
    QVERIFY(!committed->hasPendingRekey());
    for (const auto& [name, pass] : {std::pair {QStringLiteral("alice"), "alice passphrase"},
             std::pair {QStringLiteral("bob"), "bob passphrase"}}) {
        auto opened = committed->open(name, view(pass));
        QVERIFY(opened.ok());
        QCOMPARE(bytesOf(opened->secrets.databaseKey), bytesOf(next));
        QVERIFY(opened->pendingDatabaseKey.isEmpty());
    }
    auto bob = committed->open(QStringLiteral("bob"), view("bob passphrase"));
    QCOMPARE(bytesOf(bob->secrets.signingSeed), bytesOf(m_bob.signingSeed));
    // The old file's wraps, bound to generation 0, do not open under generation 1.
    QByteArray stale = reparsed->serialize();
    stale.replace(kHeaderSizeV2, m_fileV2.size() - kHeaderSizeV2, m_fileV2.mid(kHeaderSizeV2));
    auto mixed = Keyring::parse(stale);
    QVERIFY(mixed.ok());
    QCOMPARE(mixed->generation(), 1u);
    QVERIFY(!mixed->open(QStringLiteral("alice"), view("alice passphrase")).ok());
}

void tst_Keyring::changePassphraseKeepsTheSlotKey()
{
    auto parsed = Keyring::parse(m_fileV2);
    QVERIFY(parsed.ok());
    // alice: name at 16, layout 21, kdf and parameters 22-25, salt 26-41, public key 42-73,
    // sealed length 74-75, sealed 76-201 (with the clinic root), wrap 202-293.
    const QByteArray publicKey = m_fileV2.mid(42, 32);
    QVERIFY(parsed->changePassphrase(QStringLiteral("alice"), view("alice passphrase"), view("a new one"), kFast).ok());
    const QByteArray changed = parsed->serialize();
    QCOMPARE(changed.size(), m_fileV2.size());
    QCOMPARE(changed.mid(42, 32), publicKey); // the same slot key: a re-key reaches it as before
    QVERIFY(changed.mid(26, 16) != m_fileV2.mid(26, 16)); // fresh salt
    auto alice = Keyring::parse(changed)->open(QStringLiteral("alice"), view("a new one"));
    QVERIFY(alice.ok());
    QVERIFY(sameSecrets(alice->secrets, m_alice));
    QVERIFY(!Keyring::parse(changed)->open(QStringLiteral("alice"), view("alice passphrase")).ok());
}

void tst_Keyring::versionTwoTruncationsRefused()
{
    auto parsed = Keyring::parse(m_fileV2);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->beginRekey(randomSecret(32)).ok());
    for (const QByteArray& file : {m_fileV2, parsed->serialize()}) {
        for (qsizetype length = 0; length < file.size(); ++length) {
            auto cut = Keyring::parse(file.left(length));
            if (cut.ok())
                QFAIL(qPrintable(QStringLiteral("a version 2 keyring cut to %1 of %2 bytes was accepted")
                                     .arg(length)
                                     .arg(file.size())));
            QVERIFY(!cut.error().isEmpty());
        }
        auto longer = Keyring::parse(file + QByteArray(1, '\0'));
        QVERIFY(!longer.ok());
        QVERIFY2(longer.error().contains(QLatin1String("unexpected bytes")), qPrintable(longer.error()));
    }
}

void tst_Keyring::versionTwoDamageRefused_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("message");
    // Offsets into m_fileV2 (see changePassphraseKeepsTheSlotKey); bob's slot starts at 294.
    QTest::newRow("state 2") << 14 << 2 << QStringLiteral("at byte 15: bad re-key state");
    QTest::newRow("pending without pending wraps") << 14 << 1 << QStringLiteral("damaged");
    QTest::newRow("layout 0") << 21 << 0 << QStringLiteral("at byte 22: unknown slot layout");
    QTest::newRow("layout 3") << 21 << 3 << QStringLiteral("at byte 22: unknown slot layout");
    QTest::newRow("unknown kdf") << 22 << 2 << QStringLiteral("at byte 23: unknown key derivation");
    QTest::newRow("logN 23") << 23 << 23 << QStringLiteral("out of bounds");
    QTest::newRow("sealed length 0") << 75 << 0 << QStringLiteral("at byte 76: bad sealed length");
    QTest::newRow("sealed length 0x015e") << 74 << 1 << QStringLiteral("damaged at byte");
    QTest::newRow("bob's name length 0") << 294 << 0 << QStringLiteral("at byte 295: bad slot name");
}

void tst_Keyring::versionTwoDamageRefused()
{
    QFETCH(int, offset);
    QFETCH(int, value);
    QFETCH(QString, message);
    QCOMPARE(m_fileV2.mid(16, 5), QByteArray("alice"));
    QCOMPARE(m_fileV2.mid(295, 3), QByteArray("bob"));
    QByteArray bytes = m_fileV2;
    bytes[offset] = static_cast<char>(value);
    auto parsed = Keyring::parse(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

// A one-slot version 2 file: every flipped bit is refused by the parser or makes the slot
// fail to open (every byte is in the header, bound by the seal, or inside the wrap).
void tst_Keyring::versionTwoEveryBitFlipRefused()
{
    Keyring keyring;
    QVERIFY(keyring.addSlot(QStringLiteral("alice"), view("alice passphrase"), m_alice, kFast).ok());
    const QByteArray file = keyring.serialize();
    int parsedAnyway = 0;
    for (qsizetype offset = 0; offset < file.size(); ++offset) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray bytes = file;
            bytes[offset] = static_cast<char>(bytes[offset] ^ (1 << bit));
            auto parsed = Keyring::parse(bytes);
            if (!parsed.ok()) {
                QVERIFY(!parsed.error().isEmpty());
                continue;
            }
            ++parsedAnyway;
            for (const QString& name : parsed->slotNames())
                if (parsed->open(name, view("alice passphrase")).ok())
                    QFAIL(qPrintable(QStringLiteral("byte %1 bit %2 flipped: slot '%3' still opens")
                                         .arg(offset)
                                         .arg(bit)
                                         .arg(name)));
        }
    }
    QVERIFY(parsedAnyway > 1500); // salt, key, sealed and wrap flips parse: the opens really ran
}

// docs/security.md carries a version 2 file made by tests/data/keyring/keyring_v2_vector.py
// (Python's scrypt and pyca/cryptography, not this code): it must parse, write back byte for
// byte and open to the documented secrets; its wrap must be what wrapKeyWith makes.
void tst_Keyring::documentedVector()
{
    QFile doc(QStringLiteral(MEDILOCK_SECURITY_DOC));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype begin = text.indexOf(QLatin1String("<!-- keyring-v2-vector -->"));
    QVERIFY(begin >= 0);
    const qsizetype open = text.indexOf(QLatin1String("```"), begin);
    const qsizetype close = text.indexOf(QLatin1String("```"), open + 3);
    QVERIFY(open > begin && close > open);
    QByteArray hex;
    for (const QString& line : text.mid(open + 3, close - open - 3).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("  ")))
            hex += line.trimmed().toLatin1();
    const QByteArray file = QByteArray::fromHex(hex);
    QCOMPARE(file.size(), 262);

    const auto range = [](int from) {
        QByteArray out;
        for (int i = from; i < from + 32; ++i)
            out.append(static_cast<char>(i));
        return out;
    };
    auto parsed = Keyring::parse(file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed->serialize(), file);
    QCOMPARE(parsed->generation(), 7u);
    auto alice = parsed->open(QStringLiteral("alice"), view("correct horse battery staple"));
    QVERIFY2(alice.ok(), qPrintable(alice.ok() ? QString() : alice.error()));
    QCOMPARE(bytesOf(alice->secrets.databaseKey), range(0x60));
    QCOMPARE(bytesOf(alice->secrets.signingSeed), range(0x80));
    QVERIFY(alice->secrets.clinicRootSeed.isEmpty());

    const QByteArray ephemeral = range(0xa0);
    const QByteArray nonce = range(0xc0).left(12);
    const SecureBuffer databaseKey = SecureBuffer::fromView(asView(range(0x60)));
    const QByteArray context = QByteArrayLiteral("medilock/keyring/v2/wrap\x05" "alice") + QByteArray("\0\0\0\x07", 4);
    auto wrap = wrapKeyWith(SecureBuffer::fromView(asView(ephemeral)), asView(nonce), databaseKey,
                            asView(file.mid(42, 32)), asView(context));
    QVERIFY(wrap.ok());
    QCOMPARE(*wrap, file.right(92));
}

QTEST_GUILESS_MAIN(tst_Keyring)
#include "tst_Keyring.moc"
