#include "ledger/store/Database.h"
#include "ledger/store/Schema.h"
#include "ledger/store/Statement.h"
#include "ledger/store/Transaction.h"

#include "crypto/Random.h"

#include <sqlcipher/sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <limits>

using namespace medilock;
using namespace medilock::crypto;
using namespace medilock::ledger;

namespace {
const QByteArray kMarker = QByteArrayLiteral("MARKER-7f3a9c-PATIENT-NAME");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString errorOf(const Result<void>& r)
{
    return r.ok() ? QString() : r.error();
}

template<typename T> QString errorOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error();
}

// One value from a single-row query, or an error.
Result<QVariant> scalar(Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::move(stmt).takeError();
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return fail(QStringLiteral("no row"));
    switch (stmt->columnType(0)) {
    case SQLITE_INTEGER:
        return QVariant(stmt->integer(0));
    case SQLITE_FLOAT:
        return QVariant(stmt->real(0));
    case SQLITE_TEXT:
        return QVariant(stmt->text(0));
    case SQLITE_BLOB:
        return QVariant(stmt->blob(0));
    default:
        return QVariant();
    }
}

qint64 countRows(Database& db, const char* table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table + ';';
    auto value = scalar(db, sql.constData());
    return value ? value->toLongLong() : -1;
}

// Writes `count` rows of `size` bytes each in one transaction.
Result<void> fill(Database& db, int count, int size)
{
    if (auto r = db.exec("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, v BLOB NOT NULL);"); !r)
        return r;
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::move(tx).takeError();
    auto insert = db.prepare("INSERT INTO filler (v) VALUES (?);");
    if (!insert)
        return std::move(insert).takeError();
    for (int i = 0; i < count; ++i) {
        if (auto r = insert->bind(1, randomBytes(size)).run(); !r)
            return r;
    }
    return tx->commit();
}
} // namespace

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void createAndReopen();
    void fileIsEncrypted();
    void markerNeverOnDisk();
    void keyNeverOnDisk();
    void wrongKeyRefused();
    void openModes();
    void pragmas();

    void transactionRollsBackUnlessCommitted();
    void transactionCommitPersists();
    void transactionMoveRollsBackOnce();
    void transactionFailedCommitRollsBack();
    void nestedTransactionIsASavepoint();

    void schemaMigratesFreshDatabase();
    void schemaRefusesNewerDatabase();
    void schemaV4KeepsEveryEntry();

    void statementRoundTrip_data();
    void statementRoundTrip();
    void statementReuse();
    void statementErrors();

    void damagedDatabase_data();
    void damagedDatabase();
    void rekey();
    void exportUnderAnotherKey();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("node.db")); }
    Database create();
    Database reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    SecureBuffer m_key;
};

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = randomSecret(32);
}

void tst_Database::cleanup()
{
    m_dir.reset();
}

Database tst_Database::create()
{
    auto db = Database::open(path(), m_key, Database::Mode::CreateNew);
    if (!db) {
        qWarning() << "create failed:" << db.error();
        return {};
    }
    return std::move(db).value();
}

Database tst_Database::reopen()
{
    auto db = Database::open(path(), m_key, Database::Mode::OpenExisting);
    if (!db) {
        qWarning() << "reopen failed:" << db.error();
        return {};
    }
    return std::move(db).value();
}

void tst_Database::createAndReopen()
{
    {
        Database db = create();
        QVERIFY(db.isOpen());
        QCOMPARE(db.path(), path());
        QVERIFY(db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('kept');").ok());
    }
    Database db = reopen();
    QVERIFY(db.isOpen());
    QCOMPARE(scalar(db, "SELECT v FROM t;")->toString(), QStringLiteral("kept"));
}

void tst_Database::fileIsEncrypted()
{
    {
        Database db = create();
        QVERIFY(db.exec("CREATE TABLE t (v TEXT);").ok());
    }
    const QByteArray bytes = readAll(path());
    QVERIFY(bytes.size() >= 4096);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("CREATE TABLE"));
}

void tst_Database::markerNeverOnDisk()
{
    Database db = create();
    QVERIFY(db.exec("CREATE TABLE patients (name TEXT NOT NULL, notes BLOB);").ok());
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        auto insert = db.prepare("INSERT INTO patients (name, notes) VALUES (?, ?);");
        QVERIFY(insert.ok());
        for (int i = 0; i < 50; ++i)
            QVERIFY(insert->bind(1, QString::fromLatin1(kMarker)).bind(2, kMarker + kMarker).run().ok());
        QVERIFY(tx->commit().ok());
    }
    QCOMPARE(countRows(db, "patients"), qint64(50));

    const auto scan = [&](const char* when) {
        const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : files) {
            const QByteArray bytes = readAll(m_dir->filePath(name));
            if (bytes.contains(kMarker))
                return QStringLiteral("%1: the marker is in clear in %2").arg(QLatin1String(when), name);
        }
        return QString();
    };
    // The connection is open: the pages live in the write-ahead log.
    QVERIFY(QFile::exists(path() + QLatin1String("-wal")));
    QVERIFY(QFileInfo(path() + QLatin1String("-wal")).size() > 0);
    QVERIFY(QFile::exists(path() + QLatin1String("-shm")));
    QString problem = scan("connection open");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    db = Database(); // close: the log is checkpointed into the database file
    problem = scan("after close");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(readAll(path()).size() > 4096);

    Database again = reopen();
    QCOMPARE(scalar(again, "SELECT name FROM patients LIMIT 1;")->toString(), QString::fromLatin1(kMarker));
}

void tst_Database::keyNeverOnDisk()
{
    Database db = create();
    QVERIFY(fill(db, 20, 100).ok());
    const QByteArray key = toByteArray(m_key.view());
    const QByteArray hexKey = key.toHex();
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden)) {
        const QByteArray bytes = readAll(m_dir->filePath(name));
        QVERIFY2(!bytes.contains(key), qPrintable(name));
        QVERIFY2(!bytes.contains(hexKey), qPrintable(name));
    }
}

void tst_Database::wrongKeyRefused()
{
    {
        Database db = create();
        QVERIFY(db.exec("CREATE TABLE t (v TEXT);").ok());
    }
    const SecureBuffer wrong = randomSecret(32);
    auto db = Database::open(path(), wrong, Database::Mode::OpenExisting);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QLatin1String("wrong key or damaged database")), qPrintable(db.error()));
    // One flipped key bit is just as wrong.
    SecureBuffer almost = m_key.clone();
    almost.data()[31] ^= 0x01;
    QVERIFY(!Database::open(path(), almost, Database::Mode::OpenExisting).ok());
    // The right key still works afterwards (nothing was damaged by the attempts).
    QVERIFY(reopen().isOpen());
}

void tst_Database::openModes()
{
    auto missing = Database::open(path(), m_key, Database::Mode::OpenExisting);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QLatin1String("no database")));
    QVERIFY(!QFile::exists(path())); // not created by the attempt

    for (std::size_t size : {0, 16, 31, 33, 64}) {
        auto bad = Database::open(path(), randomSecret(size), Database::Mode::CreateNew);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QLatin1String("32 bytes")));
    }
    QVERIFY(!QFile::exists(path()));

    QVERIFY(create().isOpen());
    auto twice = Database::open(path(), m_key, Database::Mode::CreateNew);
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().contains(QLatin1String("already exists")));
}

void tst_Database::pragmas()
{
    for (int round = 0; round < 2; ++round) {
        Database db = round == 0 ? create() : reopen();
        QVERIFY(db.isOpen());
        QCOMPARE(scalar(db, "PRAGMA journal_mode;")->toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, "PRAGMA synchronous;")->toLongLong(), qint64(2)); // FULL
        QCOMPARE(scalar(db, "PRAGMA foreign_keys;")->toLongLong(), qint64(1));
    }
}

void tst_Database::transactionRollsBackUnlessCommitted()
{
    Database db = create();
    QVERIFY(db.exec("CREATE TABLE t (v INTEGER);").ok());
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(db.exec("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);").ok());
        QCOMPARE(countRows(db, "t"), qint64(2)); // visible inside the transaction
    }
    QCOMPARE(countRows(db, "t"), qint64(0));
    db = Database();
    Database again = reopen();
    QCOMPARE(countRows(again, "t"), qint64(0));
    // The connection is usable for a new transaction afterwards.
    auto tx = Transaction::begin(again);
    QVERIFY(tx.ok());
    QVERIFY(tx->commit().ok());
}

void tst_Database::transactionCommitPersists()
{
    {
        Database db = create();
        QVERIFY(db.exec("CREATE TABLE t (v INTEGER);").ok());
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(db.exec("INSERT INTO t VALUES (42);").ok());
        QVERIFY(tx->commit().ok());
    } // the committed transaction's destructor must not roll anything back
    Database db = reopen();
    QCOMPARE(scalar(db, "SELECT v FROM t;")->toLongLong(), qint64(42));
}

void tst_Database::transactionMoveRollsBackOnce()
{
    Database db = create();
    QVERIFY(db.exec("CREATE TABLE t (v INTEGER);").ok());
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        {
            Transaction owner(std::move(*tx));
            QVERIFY(db.exec("INSERT INTO t VALUES (1);").ok());
        } // rolled back here, by the new owner
        QCOMPARE(countRows(db, "t"), qint64(0));
        QVERIFY(db.exec("INSERT INTO t VALUES (2);").ok()); // autocommit now
    } // the moved-from transaction does nothing
    QCOMPARE(countRows(db, "t"), qint64(1));
}

void tst_Database::transactionFailedCommitRollsBack()
{
    Database db = create();
    QVERIFY(db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                    "CREATE TABLE child (parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);")
                .ok());
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(db.exec("INSERT INTO child VALUES (7);").ok()); // checked only at COMMIT
        auto committed = tx->commit();
        QVERIFY(!committed.ok());
        QVERIFY2(committed.error().contains(QLatin1String("FOREIGN KEY")), qPrintable(committed.error()));
    }
    QCOMPARE(countRows(db, "child"), qint64(0));
    auto tx = Transaction::begin(db);
    QVERIFY2(tx.ok(), qPrintable(errorOf(tx)));
}

void tst_Database::nestedTransactionIsASavepoint()
{
    // Begun inside a transaction (a batch of accepted blocks), a transaction is a savepoint:
    // its rollback undoes it alone, its commit joins the outer transaction, and only the
    // outer commit makes anything durable.
    Database db = create();
    QVERIFY(db.exec("CREATE TABLE t (v INTEGER);").ok());
    auto outer = Transaction::begin(db);
    QVERIFY(outer.ok());
    QVERIFY(db.exec("INSERT INTO t VALUES (1);").ok());
    {
        auto undone = Transaction::begin(db);
        QVERIFY2(undone.ok(), qPrintable(errorOf(undone)));
        QVERIFY(db.exec("INSERT INTO t VALUES (2);").ok());
    } // not committed: rolled back to its savepoint
    {
        auto kept = Transaction::begin(db);
        QVERIFY2(kept.ok(), qPrintable(errorOf(kept)));
        QVERIFY(db.exec("INSERT INTO t VALUES (3);").ok());
        QVERIFY(kept->commit().ok());
    }
    QCOMPARE(countRows(db, "t"), qint64(2));
    {
        // Dropped without commit, the outer transaction takes its released savepoints along.
        auto dropped = std::move(outer);
    }
    QCOMPARE(countRows(db, "t"), qint64(0));
    auto again = Transaction::begin(db);
    QVERIFY(again.ok());
    QVERIFY(db.exec("INSERT INTO t VALUES (4);").ok());
    {
        auto kept = Transaction::begin(db);
        QVERIFY(kept.ok());
        QVERIFY(db.exec("INSERT INTO t VALUES (5);").ok());
        QVERIFY(kept->commit().ok());
    }
    QVERIFY(again->commit().ok());
    QCOMPARE(countRows(db, "t"), qint64(2));
}

void tst_Database::schemaMigratesFreshDatabase()
{
    Database db = create();
    QCOMPARE(*Schema::version(db), 0);
    QVERIFY(Schema::currentVersion() >= 1);
    auto migrated = Schema::migrate(db);
    QVERIFY2(migrated.ok(), qPrintable(errorOf(migrated)));
    QCOMPARE(*Schema::version(db), Schema::currentVersion());
    for (const char* table : {"node_meta", "blocks", "entries", "own_chain", "users", "patients", "access_log"}) {
        auto stmt = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?;");
        QVERIFY(stmt.ok());
        stmt->bind(1, QString::fromLatin1(table));
        QVERIFY(*stmt->step());
        QVERIFY2(stmt->integer(0) == 1, table);
    }
    // Idempotent, and it persists.
    QVERIFY(Schema::migrate(db).ok());
    db = Database();
    Database again = reopen();
    QCOMPARE(*Schema::version(again), Schema::currentVersion());
    QVERIFY(Schema::migrate(again).ok());
}

// Migration 4 rebuilds the entries table without its hash index: every row and column
// survives, ids stay unique, and the administrative hash index is there.
void tst_Database::schemaV4KeepsEveryEntry()
{
    Database db = create();
    QVERIFY(Schema::migrate(db, 3).ok());
    QCOMPARE(*Schema::version(db), 3);
    const QByteArray block = randomBytes(32), key = randomBytes(32);
    auto insertBlock = db.prepare("INSERT INTO blocks VALUES (?1, ?2, 0, ?1, 1, 2, 2, ?1, x'00', ?3, 1);");
    QVERIFY(insertBlock.ok());
    QVERIFY(insertBlock->bind(1, block).bind(2, key).bind(3, randomBytes(64)).run().ok());
    auto insertEntry = db.prepare("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, 1700000000000, ?, ?, ?, ?);");
    QVERIFY(insertEntry.ok());
    QList<QByteArray> hashes;
    for (int position = 0; position < 2; ++position) {
        hashes << randomBytes(32);
        insertEntry->bind(1, hashes.last()).bind(2, block).bind(3, qint64(position)).bind(4, qint64(position ? 32 : 3));
        insertEntry->bind(5, randomBytes(16)).bind(6, randomBytes(16)).bind(7, qint64(position)).bind(8, key);
        insertEntry->bind(9, randomBytes(32)).bind(10, randomBytes(300));
        QVERIFY(insertEntry->run().ok());
        insertEntry->reset();
    }
    const auto readRows = [&db] {
        QList<QVariantList> rows;
        auto stmt = db.prepare("SELECT hash, block_hash, position, kind, entry_id, patient_id, authored_ms, authored_lc, "
                               "author, supersedes, encoded FROM entries ORDER BY position;");
        if (stmt)
            (void)stmt->forEachRow([&](const Statement& row) {
                rows << QVariantList{row.blob(0),    row.blob(1),    row.integer(2), row.integer(3),
                                     row.blob(4),    row.blob(5),    row.integer(6), row.integer(7),
                                     row.blob(8),    row.blob(9),    row.blob(10)};
            });
        return rows;
    };
    const QList<QVariantList> rowsBefore = readRows();
    QCOMPARE(rowsBefore.size(), 2);

    auto migrated = Schema::migrate(db);
    QVERIFY2(migrated.ok(), qPrintable(errorOf(migrated)));
    QCOMPARE(*Schema::version(db), Schema::currentVersion());
    QCOMPARE(readRows(), rowsBefore);
    // No index on the hash column but the administrative one; entry ids stay unique.
    QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' "
                        "AND name = 'entries_admin_by_hash';")->toLongLong(), 1);
    auto duplicateId = db.prepare("INSERT INTO entries SELECT ?, block_hash, 9, kind, entry_id, patient_id, authored_ms, "
                                  "authored_lc, author, supersedes, encoded FROM entries WHERE position = 0;");
    QVERIFY(duplicateId.ok());
    QVERIFY(!duplicateId->bind(1, randomBytes(32)).run().ok());
    // The planner finds an administrative entry by its hash through the partial index.
    auto plan = db.prepare("EXPLAIN QUERY PLAN SELECT 1 FROM entries WHERE hash = ? AND kind < 16;");
    QVERIFY(plan.ok());
    QString detail;
    QVERIFY(plan->forEachRow([&](const Statement& row) { detail += row.text(3); }).ok());
    QVERIFY2(detail.contains(QLatin1String("entries_admin_by_hash")), qPrintable(detail));
}

void tst_Database::schemaRefusesNewerDatabase()
{
    Database db = create();
    QVERIFY(Schema::migrate(db).ok());
    const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(Schema::currentVersion() + 1) + ';';
    QVERIFY(db.exec(bump.constData()).ok());
    auto refused = Schema::migrate(db);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("newer")), qPrintable(refused.error()));
    QCOMPARE(*Schema::version(db), Schema::currentVersion() + 1);
}

void tst_Database::statementRoundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("integer 0") << SQLITE_INTEGER << QVariant(qint64(0));
    QTest::newRow("integer -1") << SQLITE_INTEGER << QVariant(qint64(-1));
    QTest::newRow("integer max") << SQLITE_INTEGER << QVariant(std::numeric_limits<qint64>::max());
    QTest::newRow("integer min") << SQLITE_INTEGER << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("real") << SQLITE_FLOAT << QVariant(-1234.5625);
    QTest::newRow("real tiny") << SQLITE_FLOAT << QVariant(4.9e-324);
    QTest::newRow("empty text") << SQLITE_TEXT << QVariant(QString(QLatin1String("")));
    QTest::newRow("ascii text") << SQLITE_TEXT << QVariant(QStringLiteral("Doe, Jane"));
    QTest::newRow("unicode text") << SQLITE_TEXT
                                  << QVariant(
                                         QStringLiteral("Zo\u00eb \u00c5str\u00f6m \u2014 \u5c71\u7530 \U0001F489"));
    QTest::newRow("text with NUL") << SQLITE_TEXT << QVariant(QString::fromLatin1("a\0b", 3));
    QTest::newRow("empty blob") << SQLITE_BLOB << QVariant(QByteArray(""));
    QTest::newRow("null QByteArray as blob") << SQLITE_BLOB << QVariant(QByteArray());
    QTest::newRow("binary blob") << SQLITE_BLOB << QVariant(QByteArray("\x00\x01\xff\x00\x7f", 5));
    QTest::newRow("1 MiB blob") << SQLITE_BLOB << QVariant(QByteArray(1 << 20, '\xa5'));
    QTest::newRow("NULL") << SQLITE_NULL << QVariant();
}

void tst_Database::statementRoundTrip()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    Database db = create();
    QVERIFY(db.exec("CREATE TABLE v (x);").ok()); // no affinity: stored as bound
    auto insert = db.prepare("INSERT INTO v (x) VALUES (?);");
    QVERIFY(insert.ok());
    switch (type) {
    case SQLITE_INTEGER:
        insert->bind(1, value.toLongLong());
        break;
    case SQLITE_FLOAT:
        insert->bind(1, value.toDouble());
        break;
    case SQLITE_TEXT:
        insert->bind(1, value.toString());
        break;
    case SQLITE_BLOB:
        insert->bind(1, value.toByteArray());
        break;
    default:
        insert->bindNull(1);
        break;
    }
    QVERIFY(insert->run().ok());

    auto select = db.prepare("SELECT x, typeof(x), length(x) FROM v;");
    QVERIFY(select.ok());
    QCOMPARE(select->columnCount(), 3);
    auto row = select->step();
    QVERIFY(row.ok() && *row);
    QCOMPARE(select->columnType(0), type);
    QCOMPARE(select->isNull(0), type == SQLITE_NULL);
    switch (type) {
    case SQLITE_INTEGER:
        QCOMPARE(select->integer(0), value.toLongLong());
        break;
    case SQLITE_FLOAT:
        QCOMPARE(select->real(0), value.toDouble());
        break;
    case SQLITE_TEXT:
        QCOMPARE(select->text(0), value.toString());
        QCOMPARE(select->text(1), QStringLiteral("text"));
        break;
    case SQLITE_BLOB:
        QCOMPARE(select->blob(0), value.toByteArray());
        QCOMPARE(select->text(1), QStringLiteral("blob"));
        QCOMPARE(select->integer(2), qint64(value.toByteArray().size()));
        break;
    default:
        QCOMPARE(select->text(1), QStringLiteral("null"));
        QVERIFY(select->blob(0).isEmpty());
        QVERIFY(select->text(0).isEmpty());
        break;
    }
    auto done = select->step();
    QVERIFY(done.ok() && !*done);
}

void tst_Database::statementReuse()
{
    Database db = create();
    QVERIFY(db.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT);").ok());
    auto insert = db.prepare("INSERT INTO t (k, v) VALUES (?, ?);");
    QVERIFY(insert.ok());
    for (qint64 k = 1; k <= 5; ++k)
        QVERIFY(insert->bind(1, k).bind(2, QStringLiteral("v%1").arg(k)).run().ok());
    // run() clears the bindings: an unbound parameter is NULL.
    QVERIFY(insert->bind(1, qint64(6)).run().ok());
    QVERIFY(scalar(db, "SELECT v FROM t WHERE k = 6;")->isNull());

    auto select = db.prepare("SELECT v FROM t WHERE k = ?;");
    QVERIFY(select.ok());
    for (qint64 k : {3, 1, 5}) {
        select->bind(1, k);
        QVERIFY(*select->step());
        QCOMPARE(select->text(0), QStringLiteral("v%1").arg(k));
        select->reset();
    }
    // A moved statement keeps working; the moved-from one is inert.
    ledger::Statement moved = std::move(*select);
    moved.bind(1, qint64(2));
    QVERIFY(*moved.step());
    QCOMPARE(moved.text(0), QStringLiteral("v2"));
}

void tst_Database::statementErrors()
{
    Database db = create();
    auto syntax = db.prepare("SELEC 1;");
    QVERIFY(!syntax.ok());
    QVERIFY(syntax.error().contains(QLatin1String("syntax error")));
    auto missing = db.prepare("SELECT * FROM nowhere;");
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QLatin1String("no such table")));
    QVERIFY(!db.exec("NOT SQL AT ALL;").ok());

    QVERIFY(db.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL);").ok());
    auto insert = db.prepare("INSERT INTO t (k, v) VALUES (?, ?);");
    QVERIFY(insert.ok());
    auto nullViolation = insert->bind(1, qint64(1)).bindNull(2).run();
    QVERIFY(!nullViolation.ok());
    QVERIFY2(nullViolation.error().contains(QLatin1String("NOT NULL")), qPrintable(nullViolation.error()));
    QVERIFY(insert->bind(1, qint64(1)).bind(2, QStringLiteral("x")).run().ok()); // usable after an error
    auto duplicate = insert->bind(1, qint64(1)).bind(2, QStringLiteral("y")).run();
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().contains(QLatin1String("UNIQUE")));
    QCOMPARE(countRows(db, "t"), qint64(1));
}

void tst_Database::damagedDatabase_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("salt (first 16 bytes)") << QStringLiteral("salt");
    QTest::newRow("page 1 body") << QStringLiteral("page1");
    QTest::newRow("page 2") << QStringLiteral("page2");
    QTest::newRow("middle page") << QStringLiteral("middle");
    QTest::newRow("last page, body") << QStringLiteral("last");
    // SQLCipher 3 reserves 48 bytes at the end of each page: IV (16), HMAC-SHA1 (20), and 12
    // bytes of padding to the cipher block size, which nothing reads and nothing authenticates.
    QTest::newRow("last page, IV") << QStringLiteral("iv");
    QTest::newRow("last page, HMAC") << QStringLiteral("hmac");
    QTest::newRow("every page") << QStringLiteral("every");
    QTest::newRow("random bytes everywhere") << QStringLiteral("random");
    QTest::newRow("truncated to half") << QStringLiteral("half");
    QTest::newRow("truncated mid-page") << QStringLiteral("midpage");
    QTest::newRow("zeroed") << QStringLiteral("zeros");
    QTest::newRow("garbage file") << QStringLiteral("garbage");
}

void tst_Database::damagedDatabase()
{
    QFETCH(QString, damage);
    {
        Database db = create();
        QVERIFY(Schema::migrate(db).ok());
        QVERIFY(fill(db, 120, 700).ok());
    }
    QByteArray bytes = readAll(path());
    const qsizetype pageSize = 4096;
    QVERIFY(bytes.size() >= 20 * pageSize);
    QCOMPARE(bytes.size() % pageSize, qsizetype(0));
    const qsizetype pages = bytes.size() / pageSize;
    const auto overwrite = [&](qsizetype at, qsizetype length) {
        const QByteArray noise = randomBytes(length);
        for (qsizetype i = 0; i < length; ++i)
            bytes[at + i] = static_cast<char>(bytes[at + i] ^ (noise[i] | 0x01)); // always changes the byte
    };
    if (damage == QLatin1String("salt"))
        overwrite(0, 16);
    else if (damage == QLatin1String("page1"))
        overwrite(1000, 16);
    else if (damage == QLatin1String("page2"))
        overwrite(pageSize + 1500, 16);
    else if (damage == QLatin1String("middle"))
        overwrite((pages / 2) * pageSize + 2000, 16);
    else if (damage == QLatin1String("last"))
        overwrite(bytes.size() - pageSize + 100, 16);
    else if (damage == QLatin1String("iv"))
        overwrite(bytes.size() - 48, 16);
    else if (damage == QLatin1String("hmac"))
        overwrite(bytes.size() - 32, 20);
    else if (damage == QLatin1String("every"))
        for (qsizetype page = 0; page < pages; ++page)
            overwrite(page * pageSize + 2048, 4);
    else if (damage == QLatin1String("random"))
        for (qsizetype at = 37; at < bytes.size(); at += 997)
            overwrite(at, 1);
    else if (damage == QLatin1String("half"))
        bytes.truncate((pages / 2) * pageSize);
    else if (damage == QLatin1String("midpage"))
        bytes.truncate(bytes.size() - 1000);
    else if (damage == QLatin1String("zeros"))
        bytes.fill('\0');
    else if (damage == QLatin1String("garbage"))
        bytes = randomBytes(bytes.size());
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // Opening, the integrity check or reading everything must report the damage.
    QStringList errors;
    auto db = Database::open(path(), m_key, Database::Mode::OpenExisting);
    if (!db) {
        errors << db.error();
    } else {
        auto check = db->prepare("PRAGMA integrity_check;");
        if (!check) {
            errors << check.error();
        } else {
            for (;;) {
                auto row = check->step();
                if (!row) {
                    errors << row.error();
                    break;
                }
                if (!*row)
                    break;
                if (check->text(0) != QLatin1String("ok"))
                    errors << check->text(0);
            }
        }
        auto all = scalar(*db, "SELECT count(*) + sum(length(v)) FROM filler;");
        if (!all)
            errors << all.error();
        else if (all->toLongLong() != 120 + 120 * 700)
            errors << QStringLiteral("wrong contents read back");
    }
    QVERIFY2(!errors.isEmpty(), "the damage went unnoticed");
    for (const QString& error : std::as_const(errors))
        QVERIFY(!error.isEmpty());
}

void tst_Database::rekey()
{
    const SecureBuffer newKey = randomSecret(32);
    {
        Database db = create();
        QVERIFY(Schema::migrate(db).ok());
        QVERIFY(fill(db, 40, 300).ok());
        QVERIFY(db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('survives the re-key');").ok());
        auto rekeyed = db.rekey(newKey);
        QVERIFY2(rekeyed.ok(), qPrintable(errorOf(rekeyed)));
        QCOMPARE(scalar(db, "PRAGMA journal_mode;")->toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, "SELECT v FROM t;")->toString(), QStringLiteral("survives the re-key"));
        QVERIFY(db.exec("INSERT INTO t VALUES ('written after');").ok());
        QVERIFY(!db.rekey(randomSecret(16)).ok());
    }
    auto old = Database::open(path(), m_key, Database::Mode::OpenExisting);
    QVERIFY(!old.ok());
    QVERIFY(old.error().contains(QLatin1String("wrong key")));

    auto db = Database::open(path(), newKey, Database::Mode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(errorOf(db)));
    QCOMPARE(countRows(*db, "t"), qint64(2));
    QCOMPARE(countRows(*db, "filler"), qint64(40));
    QCOMPARE(*Schema::version(*db), Schema::currentVersion());
    QCOMPARE(scalar(*db, "PRAGMA integrity_check;")->toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(*db, "PRAGMA journal_mode;")->toString(), QStringLiteral("wal"));
}

// The copy a re-key swaps in (DatabaseRekey): every row, the schema version, the page size
// and auto_vacuum of the original, under the new key only; never over an existing file.
void tst_Database::exportUnderAnotherKey()
{
    const SecureBuffer newKey = randomSecret(32);
    const QString copyPath = path() + QLatin1String(".copy");
    {
        Database db = create();
        QVERIFY(Schema::migrate(db).ok());
        QVERIFY(fill(db, 40, 300).ok());
        QVERIFY(db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('copied');").ok());
        QCOMPARE(*db.queryText("PRAGMA main.journal_mode = DELETE;"), QStringLiteral("delete"));
        auto exported = db.exportTo(copyPath, newKey);
        QVERIFY2(exported.ok(), qPrintable(errorOf(exported)));
        auto again = db.exportTo(copyPath, newKey);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QLatin1String("already exists")), qPrintable(again.error()));
        QVERIFY(!db.exportTo(path() + QLatin1String(".other"), randomSecret(16)).ok());
        // The original is untouched and still under its key.
        QCOMPARE(scalar(db, "SELECT v FROM t;")->toString(), QStringLiteral("copied"));
    }
    QVERIFY(!QFile::exists(copyPath + QLatin1String("-journal")));
    QVERIFY(!Database::open(copyPath, m_key, Database::Mode::OpenExisting).ok());
    auto copy = Database::open(copyPath, newKey, Database::Mode::OpenExisting);
    QVERIFY2(copy.ok(), qPrintable(errorOf(copy)));
    QCOMPARE(countRows(*copy, "t"), qint64(1));
    QCOMPARE(countRows(*copy, "filler"), qint64(40));
    QCOMPARE(*Schema::version(*copy), Schema::currentVersion());
    QCOMPARE(scalar(*copy, "PRAGMA page_size;")->toLongLong(), 4096);
    QCOMPARE(scalar(*copy, "PRAGMA auto_vacuum;")->toLongLong(), 1); // FULL
    QCOMPARE(scalar(*copy, "PRAGMA integrity_check;")->toString(), QStringLiteral("ok"));
    QFile file(copyPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.read(16).startsWith("SQLite format 3")); // encrypted from its first byte
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
