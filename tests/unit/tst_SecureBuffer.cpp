#include "crypto/SecureBuffer.h"

#include <QTest>

#include <utility>

using namespace medilock;
using namespace medilock::crypto;

namespace {
QByteArray contents(const SecureBuffer& buffer)
{
    return toByteArray(buffer.view());
}
} // namespace

class tst_SecureBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIsEmpty();
    void sizedIsZeroFilled_data();
    void sizedIsZeroFilled();
    void copiesFromData();
    void fromView();
    void moveConstruction();
    void moveAssignment();
    void moveAssignmentReleasesTarget();
    void selfMoveAssignmentKeepsContents();
    void cloneIsIndependent();
    void cloneOfEmpty();
    void clear();
    void clearTwice();
    void notCopyable();
};

void tst_SecureBuffer::defaultIsEmpty()
{
    const SecureBuffer buffer;
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.size(), std::size_t(0));
    QVERIFY(buffer.data() == nullptr);
    QVERIFY(buffer.view().empty());
}

void tst_SecureBuffer::sizedIsZeroFilled_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 32, 4096, 100000})
        QTest::addRow("%d", size) << size;
}

void tst_SecureBuffer::sizedIsZeroFilled()
{
    QFETCH(int, size);
    const SecureBuffer buffer(static_cast<std::size_t>(size));
    QCOMPARE(buffer.size(), std::size_t(size));
    QCOMPARE(buffer.isEmpty(), size == 0);
    QCOMPARE(contents(buffer), QByteArray(size, '\0'));
}

void tst_SecureBuffer::copiesFromData()
{
    char source[] = "secret key material";
    const SecureBuffer buffer(source, sizeof source - 1);
    QCOMPARE(contents(buffer), QByteArray("secret key material"));
    QVERIFY(static_cast<const void*>(buffer.data()) != static_cast<const void*>(source));
    source[0] = 'X'; // the buffer owns a copy
    QCOMPARE(contents(buffer), QByteArray("secret key material"));
    const SecureBuffer empty(source, 0);
    QVERIFY(empty.isEmpty());
}

void tst_SecureBuffer::fromView()
{
    const QByteArray bytes = QByteArray::fromHex("00ff10ee");
    const SecureBuffer buffer = SecureBuffer::fromView(asView(bytes));
    QCOMPARE(contents(buffer), bytes);
    QCOMPARE(buffer.view().size(), std::size_t(4));
    QCOMPARE(buffer.view()[1], std::uint8_t(0xff));
}

void tst_SecureBuffer::moveConstruction()
{
    SecureBuffer source("abcdef", 6);
    const std::uint8_t* storage = source.data();
    SecureBuffer target(std::move(source));
    QCOMPARE(contents(target), QByteArray("abcdef"));
    QVERIFY(target.data() == storage); // moved, not copied
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
    QVERIFY(source.data() == nullptr);
    QCOMPARE(source.size(), std::size_t(0));
}

void tst_SecureBuffer::moveAssignment()
{
    SecureBuffer source("abcdef", 6);
    SecureBuffer target;
    target = std::move(source);
    QCOMPARE(contents(target), QByteArray("abcdef"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    QVERIFY(source.data() == nullptr);
}

void tst_SecureBuffer::moveAssignmentReleasesTarget()
{
    SecureBuffer source("new", 3);
    SecureBuffer target("old contents", 12);
    target = std::move(source);
    QCOMPARE(contents(target), QByteArray("new"));
    QCOMPARE(target.size(), std::size_t(3));
    // The moved-from buffer is usable again.
    source = SecureBuffer("again", 5); // NOLINT(bugprone-use-after-move)
    QCOMPARE(contents(source), QByteArray("again"));
}

void tst_SecureBuffer::selfMoveAssignmentKeepsContents()
{
    SecureBuffer buffer("self", 4);
    SecureBuffer& alias = buffer;
    buffer = std::move(alias);
    QCOMPARE(contents(buffer), QByteArray("self"));
}

void tst_SecureBuffer::cloneIsIndependent()
{
    SecureBuffer original("0123456789", 10);
    SecureBuffer copy = original.clone();
    QCOMPARE(contents(copy), contents(original));
    QVERIFY(copy.data() != original.data());
    copy.data()[0] = 'X';
    QCOMPARE(contents(original), QByteArray("0123456789"));
    original.clear();
    QCOMPARE(contents(copy), QByteArray("X123456789"));
}

void tst_SecureBuffer::cloneOfEmpty()
{
    const SecureBuffer empty;
    const SecureBuffer copy = empty.clone();
    QVERIFY(copy.isEmpty());
    QVERIFY(copy.data() == nullptr);
}

void tst_SecureBuffer::clear()
{
    SecureBuffer buffer("wipe me", 7);
    buffer.clear();
    QVERIFY(buffer.isEmpty());
    QVERIFY(buffer.data() == nullptr);
    QCOMPARE(buffer.size(), std::size_t(0));
    QVERIFY(buffer.view().empty());
}

void tst_SecureBuffer::clearTwice()
{
    SecureBuffer buffer(16);
    buffer.clear();
    buffer.clear();
    QVERIFY(buffer.isEmpty());
}

void tst_SecureBuffer::notCopyable()
{
    static_assert(!std::is_copy_constructible_v<SecureBuffer>);
    static_assert(!std::is_copy_assignable_v<SecureBuffer>);
    static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
    static_assert(std::is_nothrow_move_assignable_v<SecureBuffer>);
    QVERIFY(true);
}

QTEST_GUILESS_MAIN(tst_SecureBuffer)
#include "tst_SecureBuffer.moc"
