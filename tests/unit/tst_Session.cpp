#include "app/Session.h"

#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "crypto/Keyring.h"
#include "crypto/Random.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace medilock;
using namespace medilock::app;

namespace {
const QString kAdminPassphrase = QStringLiteral("alice's long passphrase");
const QString kBobPassphrase = QStringLiteral("bob's long passphrase");
const QString kClinic = QStringLiteral("Cl\u00ednica Sur");

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

template<typename T> QString errorOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error();
}

Result<std::unique_ptr<Session>> unlockAs(const NodePaths& paths, const QString& user, const QString& passphrase)
{
    return Session::unlock(paths, user, passphraseFromString(passphrase));
}

bool isFingerprint(const QString& text)
{
    static const QRegularExpression lowerHex64(QStringLiteral("^[0-9a-f]{64}$"));
    return lowerHex64.match(text).hasMatch();
}
} // namespace

class tst_Session : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void unlockAdministrator();
    void wrongPassphrase();
    void unknownUser();
    void invalidUserName();
    void noNodeHere();
    void addUserByAdministrator();
    void addUserRefusals_data();
    void addUserRefusals();
    void nonAdministratorCannotAddUsers();
    void unlockNode();
    void changePassphrase();
    void filesAreOwnerOnly();
    void damagedKeyring_data();
    void damagedKeyring();
    void damagedDatabase_data();
    void damagedDatabase();
    void missingDatabase();

private:
    NodePaths copyOfNode(const QString& name);

    QTemporaryDir m_dir;
    NodePaths m_paths;
    bool m_bobEnrolled = false;
};

void tst_Session::initTestCase()
{
    ::umask(077); // as the executables do
    QVERIFY(m_dir.isValid());
    m_paths = NodePaths {m_dir.filePath(QStringLiteral("node"))};
    auto created
        = NodeSetup::initialize(m_paths, kClinic, QStringLiteral("alice"), passphraseFromString(kAdminPassphrase));
    QVERIFY2(created.ok(), qPrintable(errorOf(created)));
}

NodePaths tst_Session::copyOfNode(const QString& name)
{
    const NodePaths copy {m_dir.filePath(name)};
    QDir().mkpath(copy.directory);
    for (const QString& file : QDir(m_paths.directory).entryList(QDir::Files | QDir::Hidden))
        QFile::copy(QDir(m_paths.directory).filePath(file), QDir(copy.directory).filePath(file));
    return copy;
}

void tst_Session::unlockAdministrator()
{
    auto session = unlockAs(m_paths, QStringLiteral("alice"), kAdminPassphrase);
    QVERIFY2(session.ok(), qPrintable(errorOf(session)));
    const Session& s = **session;
    QCOMPARE(s.user().name, QStringLiteral("alice"));
    QCOMPARE(s.user().role, Role::Admin);
    QVERIFY(isFingerprint(s.user().keyFingerprint));
    QVERIFY(s.user().enrolledAt.isValid());
    QVERIFY(s.holdsClinicRoot());
    QVERIFY(!s.isHeadlessNode());
    QCOMPARE(s.paths().directory, m_paths.directory);
    QCOMPARE(s.identity().clinicName, kClinic);
    QVERIFY(isFingerprint(s.identity().clinicFingerprint));
    QVERIFY(isFingerprint(s.identity().nodeFingerprint));
    QVERIFY(isFingerprint(s.identity().tlsFingerprint));
    QCOMPARE(QSet<QString>({s.identity().clinicFingerprint, s.identity().nodeFingerprint, s.identity().tlsFingerprint,
                               s.user().keyFingerprint})
                 .size(),
        4);
    auto users = s.users();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->first().name, QStringLiteral("alice"));
    QCOMPARE(users->first().role, Role::Admin);
    QCOMPARE(users->first().keyFingerprint, s.user().keyFingerprint);
}

void tst_Session::wrongPassphrase()
{
    auto session = unlockAs(m_paths, QStringLiteral("alice"), QStringLiteral("not alice's passphrase"));
    QVERIFY(!session.ok());
    QVERIFY2(session.error().contains(QLatin1String("wrong passphrase")), qPrintable(session.error()));
}

void tst_Session::unknownUser()
{
    auto session = unlockAs(m_paths, QStringLiteral("mallory"), kAdminPassphrase);
    QVERIFY(!session.ok());
    QVERIFY2(session.error().contains(QLatin1String("no user 'mallory'")), qPrintable(session.error()));
}

void tst_Session::invalidUserName()
{
    for (const QString& name :
        {QString(), QStringLiteral("../alice"), QStringLiteral("@node"), QStringLiteral("a b")}) {
        auto session = unlockAs(m_paths, name, kAdminPassphrase);
        QVERIFY(!session.ok());
        QVERIFY2(session.error().contains(QLatin1String("not a valid user name")), qPrintable(session.error()));
    }
}

void tst_Session::noNodeHere()
{
    QTemporaryDir empty;
    auto session = unlockAs(NodePaths {empty.path()}, QStringLiteral("alice"), kAdminPassphrase);
    QVERIFY(!session.ok());
    QVERIFY2(session.error().contains(QLatin1String("holds no MediLock node")), qPrintable(session.error()));
    QVERIFY(QDir(empty.path()).isEmpty()); // nothing was created
}

void tst_Session::addUserByAdministrator()
{
    auto admin = unlockAs(m_paths, QStringLiteral("alice"), kAdminPassphrase);
    QVERIFY(admin.ok());
    auto bob = (*admin)->addUser(QStringLiteral("bob"), Role::Physician, passphraseFromString(kBobPassphrase));
    QVERIFY2(bob.ok(), qPrintable(errorOf(bob)));
    QCOMPARE(bob->name, QStringLiteral("bob"));
    QCOMPARE(bob->role, Role::Physician);
    QVERIFY(isFingerprint(bob->keyFingerprint));
    m_bobEnrolled = true;

    auto keyring = crypto::Keyring::load(m_paths.keyring());
    QVERIFY(keyring.ok());
    QVERIFY(keyring->hasSlot(QStringLiteral("bob")));

    auto session = unlockAs(m_paths, QStringLiteral("bob"), kBobPassphrase);
    QVERIFY2(session.ok(), qPrintable(errorOf(session)));
    QCOMPARE((*session)->user().name, QStringLiteral("bob"));
    QCOMPARE((*session)->user().role, Role::Physician);
    QCOMPARE((*session)->user().keyFingerprint, bob->keyFingerprint);
    QVERIFY(!(*session)->holdsClinicRoot());
    QCOMPARE((*session)->identity().clinicFingerprint, (*admin)->identity().clinicFingerprint);

    auto users = (*admin)->users();
    QVERIFY(users.ok());
    QStringList names;
    for (const UserInfo& user : *users)
        names << user.name;
    QCOMPARE(names, (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
    // Bob's passphrase opens only Bob's slot.
    QVERIFY(!unlockAs(m_paths, QStringLiteral("alice"), kBobPassphrase).ok());
}

void tst_Session::addUserRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("message");
    QTest::newRow("existing user") << QStringLiteral("bob") << QStringLiteral("yet another passphrase")
                                   << QStringLiteral("already a user 'bob'");
    QTest::newRow("the administrator") << QStringLiteral("alice") << QStringLiteral("yet another passphrase")
                                       << QStringLiteral("already a user 'alice'");
    QTest::newRow("invalid name") << QStringLiteral("carol smith") << QStringLiteral("yet another passphrase")
                                  << QStringLiteral("not a valid user name");
    QTest::newRow("node slot name") << QStringLiteral("@node") << QStringLiteral("yet another passphrase")
                                    << QStringLiteral("not a valid user name");
    QTest::newRow("short passphrase") << QStringLiteral("carol") << QStringLiteral("short")
                                      << QStringLiteral("at least 10");
}

void tst_Session::addUserRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, passphrase);
    QFETCH(QString, message);
    QVERIFY(m_bobEnrolled);
    const QByteArray keyringBefore = readAll(m_paths.keyring());
    auto admin = unlockAs(m_paths, QStringLiteral("alice"), kAdminPassphrase);
    QVERIFY(admin.ok());
    auto added = (*admin)->addUser(name, Role::Nurse, passphraseFromString(passphrase));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(message), qPrintable(added.error()));
    QCOMPARE(readAll(m_paths.keyring()), keyringBefore);
    QCOMPARE((*admin)->users()->size(), 2);
}

void tst_Session::nonAdministratorCannotAddUsers()
{
    QVERIFY(m_bobEnrolled);
    const QByteArray keyringBefore = readAll(m_paths.keyring());
    auto bob = unlockAs(m_paths, QStringLiteral("bob"), kBobPassphrase);
    QVERIFY(bob.ok());
    auto added = (*bob)->addUser(
        QStringLiteral("carol"), Role::Nurse, passphraseFromString(QStringLiteral("carol's passphrase")));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(QLatin1String("only an administrator")), qPrintable(added.error()));
    QCOMPARE(readAll(m_paths.keyring()), keyringBefore);
    QVERIFY(!unlockAs(m_paths, QStringLiteral("carol"), QStringLiteral("carol's passphrase")).ok());
    QCOMPARE((*bob)->users()->size(), 2);
}

void tst_Session::unlockNode()
{
    auto node = Session::unlockNode(m_paths, passphraseFromString(kAdminPassphrase));
    QVERIFY2(node.ok(), qPrintable(errorOf(node)));
    QVERIFY((*node)->isHeadlessNode());
    QVERIFY(!(*node)->holdsClinicRoot());
    QCOMPARE((*node)->user().name, crypto::Keyring::nodeSlotName());
    QCOMPARE((*node)->user().keyFingerprint, (*node)->identity().nodeFingerprint);
    QCOMPARE((*node)->identity().clinicName, kClinic);
    // The headless node acts for no one.
    auto added = (*node)->addUser(
        QStringLiteral("carol"), Role::Nurse, passphraseFromString(QStringLiteral("carol's passphrase")));
    QVERIFY(!added.ok());
    QVERIFY(added.error().contains(QLatin1String("only an administrator")));

    auto wrong = Session::unlockNode(m_paths, passphraseFromString(kBobPassphrase));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().contains(QLatin1String("wrong passphrase")));
}

void tst_Session::changePassphrase()
{
    QVERIFY(m_bobEnrolled);
    const QString newPassphrase = QStringLiteral("bob's new passphrase");
    {
        auto bob = unlockAs(m_paths, QStringLiteral("bob"), kBobPassphrase);
        QVERIFY(bob.ok());
        auto wrongOld = (*bob)->changePassphrase(
            passphraseFromString(QStringLiteral("not the old one")), passphraseFromString(newPassphrase));
        QVERIFY(!wrongOld.ok());
        QVERIFY(wrongOld.error().contains(QLatin1String("wrong passphrase")));
        auto tooShort
            = (*bob)->changePassphrase(passphraseFromString(kBobPassphrase), passphraseFromString(QStringLiteral("x")));
        QVERIFY(!tooShort.ok());
        auto changed
            = (*bob)->changePassphrase(passphraseFromString(kBobPassphrase), passphraseFromString(newPassphrase));
        QVERIFY2(changed.ok(), qPrintable(errorOf(changed)));
    }
    QVERIFY(!unlockAs(m_paths, QStringLiteral("bob"), kBobPassphrase).ok());
    auto again = unlockAs(m_paths, QStringLiteral("bob"), newPassphrase);
    QVERIFY2(again.ok(), qPrintable(errorOf(again)));
    QCOMPARE((*again)->user().role, Role::Physician);
    // Put it back for the tests that follow.
    QVERIFY((*again)->changePassphrase(passphraseFromString(newPassphrase), passphraseFromString(kBobPassphrase)).ok());
    QVERIFY(unlockAs(m_paths, QStringLiteral("alice"), kAdminPassphrase).ok());
}

void tst_Session::filesAreOwnerOnly()
{
    // With a session open the WAL and shared-memory files exist too.
    auto session = unlockAs(m_paths, QStringLiteral("alice"), kAdminPassphrase);
    QVERIFY(session.ok());
    const auto modeOf = [](const QString& path) {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : mode_t(07777);
    };
    QCOMPARE(modeOf(m_paths.directory), mode_t(0700));
    const QStringList files = QDir(m_paths.directory).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(files.contains(QStringLiteral("node.db")));
    QVERIFY(files.contains(QStringLiteral("keyring.mlk")));
    for (const QString& file : files) {
        const mode_t mode = modeOf(QDir(m_paths.directory).filePath(file));
        QVERIFY2((mode & 077) == 0, qPrintable(QStringLiteral("%1 has mode %2").arg(file).arg(mode, 0, 8)));
    }
}

void tst_Session::damagedKeyring_data()
{
    QTest::addColumn<QString>("damage");
    for (const char* damage :
        {"empty", "1 byte", "header only", "half", "all but one byte", "trailing byte", "garbage", "wrong magic"})
        QTest::newRow(damage) << QString::fromLatin1(damage);
}

void tst_Session::damagedKeyring()
{
    QFETCH(QString, damage);
    const NodePaths copy = copyOfNode(QStringLiteral("keyring-%1")
                                          .arg(QString::fromLatin1(QTest::currentDataTag()))
                                          .replace(QLatin1Char(' '), QLatin1Char('-')));
    QByteArray bytes = readAll(copy.keyring());
    QVERIFY(bytes.size() > 100);
    if (damage == QLatin1String("empty"))
        bytes.clear();
    else if (damage == QLatin1String("1 byte"))
        bytes.truncate(1);
    else if (damage == QLatin1String("header only"))
        bytes.truncate(10);
    else if (damage == QLatin1String("half"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("all but one byte"))
        bytes.chop(1);
    else if (damage == QLatin1String("trailing byte"))
        bytes.append('\0');
    else if (damage == QLatin1String("garbage"))
        bytes = crypto::randomBytes(bytes.size());
    else if (damage == QLatin1String("wrong magic"))
        bytes[0] = 'X';
    QVERIFY(writeAll(copy.keyring(), bytes));

    for (const QString& user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        auto session = unlockAs(copy, user, user == QLatin1String("alice") ? kAdminPassphrase : kBobPassphrase);
        QVERIFY(!session.ok());
        QVERIFY2(session.error().contains(copy.keyring()), qPrintable(session.error())); // names the file
    }
    auto node = Session::unlockNode(copy, passphraseFromString(kAdminPassphrase));
    QVERIFY(!node.ok());
    QVERIFY(!node.error().isEmpty());
}

void tst_Session::damagedDatabase_data()
{
    QTest::addColumn<QString>("damage");
    for (const char* damage : {"salt", "page 1", "every page", "zeroed", "garbage", "one page left", "empty"})
        QTest::newRow(damage) << QString::fromLatin1(damage);
}

void tst_Session::damagedDatabase()
{
    QFETCH(QString, damage);
    const NodePaths copy = copyOfNode(QStringLiteral("db-%1")
                                          .arg(QString::fromLatin1(QTest::currentDataTag()))
                                          .replace(QLatin1Char(' '), QLatin1Char('-')));
    QByteArray bytes = readAll(copy.database());
    const qsizetype pageSize = 4096;
    QVERIFY(bytes.size() >= 4 * pageSize);
    const auto flip = [&](qsizetype at, qsizetype length) {
        for (qsizetype i = at; i < at + length; ++i)
            bytes[i] = static_cast<char>(~bytes[i]);
    };
    if (damage == QLatin1String("salt"))
        flip(0, 16);
    else if (damage == QLatin1String("page 1"))
        flip(2000, 8);
    else if (damage == QLatin1String("every page"))
        for (qsizetype at = 1000; at < bytes.size(); at += pageSize)
            flip(at, 4);
    else if (damage == QLatin1String("zeroed"))
        bytes.fill('\0');
    else if (damage == QLatin1String("garbage"))
        bytes = crypto::randomBytes(bytes.size());
    else if (damage == QLatin1String("one page left"))
        bytes.truncate(pageSize);
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    QVERIFY(writeAll(copy.database(), bytes));

    auto session = unlockAs(copy, QStringLiteral("alice"), kAdminPassphrase);
    QVERIFY2(!session.ok(), "a damaged database was opened");
    QVERIFY(!session.error().isEmpty());
    auto node = Session::unlockNode(copy, passphraseFromString(kAdminPassphrase));
    QVERIFY(!node.ok());
    QVERIFY(!node.error().isEmpty());
}

void tst_Session::missingDatabase()
{
    const NodePaths copy = copyOfNode(QStringLiteral("no-database"));
    QVERIFY(QFile::remove(copy.database()));
    auto session = unlockAs(copy, QStringLiteral("alice"), kAdminPassphrase);
    QVERIFY(!session.ok());
    QVERIFY2(session.error().contains(QLatin1String("holds no MediLock node")), qPrintable(session.error()));
    QVERIFY(!QFile::exists(copy.database())); // not silently re-created
}

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_Session.moc"
