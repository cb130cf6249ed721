#include "app/NodeSetup.h"

#include "app/Passphrase.h"
#include "app/Session.h"
#include "crypto/Keyring.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace medilock;
using namespace medilock::app;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return mode_t(07777);
    return st.st_mode & 07777;
}
} // namespace

class tst_NodeSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createsANode();
    void existingNodeRefused();
    void partialNodeRefused_data();
    void partialNodeRefused();
    void emptyExistingDirectoryAccepted();
    void invalidInputRefused_data();
    void invalidInputRefused();

private:
    QTemporaryDir m_dir;
    NodePaths m_node;
};

void tst_NodeSetup::initTestCase()
{
    ::umask(077); // as the executables do
    QVERIFY(m_dir.isValid());
    m_node = NodePaths {m_dir.filePath(QStringLiteral("clinic/node"))};
    auto created = NodeSetup::initialize(
        m_node, QStringLiteral("  Cl\u00ednica Norte  "), QStringLiteral("alice"), passphraseFromString(kPassphrase));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
}

void tst_NodeSetup::createsANode()
{
    QVERIFY(m_node.exists());
    QCOMPARE(QDir(m_node.directory).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        (QStringList {QStringLiteral("keyring.mlk"), QStringLiteral("node.db")}));
    // Only the owner may read or list a node.
    QCOMPARE(modeOf(m_node.directory), mode_t(0700));
    QCOMPARE(modeOf(m_node.keyring()), mode_t(0600));
    QCOMPARE(modeOf(m_node.database()), mode_t(0600));
    QVERIFY(!readAll(m_node.database()).startsWith("SQLite format 3"));

    auto keyring = crypto::Keyring::load(m_node.keyring());
    QVERIFY(keyring.ok());
    QCOMPARE(keyring->slotNames(), (QStringList {QStringLiteral("alice"), crypto::Keyring::nodeSlotName()}));

    auto session = Session::unlock(m_node, QStringLiteral("alice"), passphraseFromString(kPassphrase));
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error()));
    QCOMPARE((*session)->user().name, QStringLiteral("alice"));
    QCOMPARE((*session)->user().role, Role::Admin);
    QVERIFY((*session)->holdsClinicRoot());
    QCOMPARE((*session)->identity().clinicName, QStringLiteral("Cl\u00ednica Norte")); // trimmed
    // Until the node gets a passphrase of its own, its slot opens with the administrator's.
    auto node = Session::unlockNode(m_node, passphraseFromString(kPassphrase));
    QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error()));
    QVERIFY((*node)->isHeadlessNode());
}

void tst_NodeSetup::existingNodeRefused()
{
    const QByteArray keyringBefore = readAll(m_node.keyring());
    const QByteArray databaseBefore = readAll(m_node.database());
    auto again = NodeSetup::initialize(m_node, QStringLiteral("Other"), QStringLiteral("mallory"),
        passphraseFromString(QStringLiteral("another long passphrase")));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already holds a MediLock node")), qPrintable(again.error()));
    QCOMPARE(readAll(m_node.keyring()), keyringBefore);
    QCOMPARE(readAll(m_node.database()), databaseBefore);
    QVERIFY(Session::unlock(m_node, QStringLiteral("alice"), passphraseFromString(kPassphrase)).ok());
}

void tst_NodeSetup::partialNodeRefused_data()
{
    QTest::addColumn<QString>("present");
    QTest::newRow("only a keyring") << QStringLiteral("keyring.mlk");
    QTest::newRow("only a database") << QStringLiteral("node.db");
}

void tst_NodeSetup::partialNodeRefused()
{
    QFETCH(QString, present);
    QTemporaryDir dir;
    const QString file = dir.filePath(present);
    QFile stray(file);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("left over");
    stray.close();
    auto created = NodeSetup::initialize(
        NodePaths {dir.path()}, QStringLiteral("Clinic"), QStringLiteral("alice"), passphraseFromString(kPassphrase));
    QVERIFY(!created.ok());
    QVERIFY(created.error().contains(QLatin1String("already holds")));
    QCOMPARE(readAll(file), QByteArray("left over"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {present});
}

void tst_NodeSetup::emptyExistingDirectoryAccepted()
{
    QTemporaryDir dir;
    const NodePaths paths {dir.path()};
    auto created = NodeSetup::initialize(
        paths, QStringLiteral("Clinic"), QStringLiteral("dr.admin"), passphraseFromString(kPassphrase));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    QVERIFY(paths.exists());
    QCOMPARE(modeOf(paths.directory), mode_t(0700));
}

void tst_NodeSetup::invalidInputRefused_data()
{
    QTest::addColumn<QString>("clinic");
    QTest::addColumn<QString>("admin");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty clinic") << QString() << QStringLiteral("alice") << kPassphrase
                                  << QStringLiteral("clinic name");
    QTest::newRow("blank clinic") << QStringLiteral("   ") << QStringLiteral("alice") << kPassphrase
                                  << QStringLiteral("clinic name");
    QTest::newRow("121-character clinic")
        << QString(121, QLatin1Char('c')) << QStringLiteral("alice") << kPassphrase << QStringLiteral("clinic name");
    QTest::newRow("empty admin") << QStringLiteral("Clinic") << QString() << kPassphrase
                                 << QStringLiteral("not a valid user name");
    QTest::newRow("node slot as admin") << QStringLiteral("Clinic") << QStringLiteral("@node") << kPassphrase
                                        << QStringLiteral("not a valid user name");
    QTest::newRow("path as admin") << QStringLiteral("Clinic") << QStringLiteral("../alice") << kPassphrase
                                   << QStringLiteral("not a valid user name");
    QTest::newRow("newline in admin") << QStringLiteral("Clinic") << QStringLiteral("alice\n") << kPassphrase
                                      << QStringLiteral("not a valid user name");
    QTest::newRow("9-character passphrase") << QStringLiteral("Clinic") << QStringLiteral("alice")
                                            << QStringLiteral("123456789") << QStringLiteral("at least 10");
    QTest::newRow("empty passphrase") << QStringLiteral("Clinic") << QStringLiteral("alice") << QString()
                                      << QStringLiteral("at least 10");
}

void tst_NodeSetup::invalidInputRefused()
{
    QFETCH(QString, clinic);
    QFETCH(QString, admin);
    QFETCH(QString, passphrase);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const NodePaths paths {dir.filePath(QStringLiteral("node"))};
    auto created = NodeSetup::initialize(paths, clinic, admin, passphraseFromString(passphrase));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(message), qPrintable(created.error()));
    // Nothing is left behind.
    QVERIFY(!QFile::exists(paths.keyring()));
    QVERIFY(!QFile::exists(paths.database()));
}

QTEST_GUILESS_MAIN(tst_NodeSetup)
#include "tst_NodeSetup.moc"
