// The event store's building blocks: content hash, interner, event chunks, rollup parts.

#include "eventstore/activitycodec.h"
#include "eventstore/contenthash.h"
#include "eventstore/eventchunk.h"
#include "eventstore/stringinterner.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace NorthStar;
using namespace Qt::StringLiterals;

class TestEventCodecs final : public QObject
{
    Q_OBJECT

private slots:
    void contentHash_data();
    void contentHash();
    void contentHashIsChunkingIndependent();
    void interner();
    void eventChunkRoundTrip();
    void eventChunkRejectsDamage();
    void activityRoundTrip();
};

void TestEventCodecs::contentHash_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    // Reference values of XXH64 with seed 0 (xxhsum -H64).
    QTest::newRow("empty") << QByteArray() << u"xxh64:ef46db3751d8e999:0"_s;
    QTest::newRow("abc") << QByteArray("abc") << u"xxh64:44bc2cf5ad770999:3"_s;
}

void TestEventCodecs::contentHash()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    ContentHash h;
    h.add(input.constData(), input.size());
    QCOMPARE(h.result(), expected);
}

void TestEventCodecs::contentHashIsChunkingIndependent()
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data += QByteArray::number(i * 7919) + ',';
    ContentHash whole;
    whole.add(data.constData(), data.size());
    ContentHash pieces;
    for (qsizetype at = 0, step = 1; at < data.size(); at += step, step = step % 37 + 1)
        pieces.add(data.constData() + at, std::min<qsizetype>(step, data.size() - at));
    QCOMPARE(pieces.result(), whole.result());
    ContentHash other;
    data[500] = 'x';
    other.add(data.constData(), data.size());
    QVERIFY(other.result() != whole.result());
}

void TestEventCodecs::interner()
{
    StringInterner interner;
    const std::string longKey(40, 'k'); // beyond the inline slot size
    QCOMPARE(interner.intern("alice"), 0u);
    QCOMPARE(interner.intern("bob"), 1u);
    QCOMPARE(interner.intern(longKey), 2u);
    QCOMPARE(interner.intern("alice"), 0u);
    QCOMPARE(interner.intern(longKey), 2u);
    QCOMPARE(interner.intern(""), 3u);
    QCOMPARE(interner.find("bob"), 1);
    QCOMPARE(interner.find("carol"), -1);
    // Growth keeps every id.
    for (int i = 0; i < 20000; ++i)
        QCOMPARE(interner.intern("user" + std::to_string(i)), std::uint32_t(4 + i));
    QCOMPARE(interner.find("user12345"), 4 + 12345);
    QCOMPARE(interner.intern(longKey), 2u);
    QCOMPARE(std::string(interner.key(2)), longKey);
    QCOMPARE(interner.keys(0).at(1), u"bob"_s);
    QCOMPARE(interner.size(), 20004u);
}

void TestEventCodecs::eventChunkRoundTrip()
{
    EventColumns in;
    const double none = std::numeric_limits<double>::quiet_NaN();
    in.append(1704067200000, 0, 0, 1.5);
    in.append(1704067100000, 70000, 3, none); // earlier: negative delta
    in.append(-86400000, 5, 1, -2.25);        // before 1970
    in.append(1704067200001, 0, 0, 0.0);
    std::string blob;
    EventChunk::encode(in, 0, in.size(), blob);
    EventColumns out;
    QVERIFY(EventChunk::decode(blob.data(), blob.size(), out).ok());
    QCOMPARE(out.size(), in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        QCOMPARE(out.instants[i], in.instants[i]);
        QCOMPARE(out.users[i], in.users[i]);
        QCOMPARE(out.names[i], in.names[i]);
        QCOMPARE(std::isnan(out.values[i]), std::isnan(in.values[i]));
        if (!std::isnan(in.values[i]))
            QCOMPARE(out.values[i], in.values[i]);
    }
    // A sub-range, appended after existing events.
    EventChunk::encode(in, 1, 3, blob);
    QVERIFY(EventChunk::decode(blob.data(), blob.size(), out).ok());
    QCOMPARE(out.size(), in.size() + 2);
    QCOMPARE(out.instants.back(), in.instants[2]);
}

void TestEventCodecs::eventChunkRejectsDamage()
{
    EventColumns in;
    in.append(1, 2, 3, 4.0);
    std::string blob;
    EventChunk::encode(in, 0, 1, blob);
    EventColumns out;
    QVERIFY(!EventChunk::decode(blob.data(), blob.size() - 1, out).ok());
    blob[0] = 9; // unknown version
    QVERIFY(!EventChunk::decode(blob.data(), blob.size(), out).ok());
}

void TestEventCodecs::activityRoundTrip()
{
    ActivityData in;
    // user 0: two days; user 1: no events; user 2: one day with a value sum
    in.entries = {{19000, 0, 3, 0.0}, {19000, 2, 1, 9.5}, {19005, 0, 70000, -1.25}, {18999, 1, 1, 4.0}};
    in.userOffsets = {0, 3, 3, 4};
    ActivityData out;
    std::string blob;
    ActivityCodec::encode(in, 0, 2, blob);
    QVERIFY(ActivityCodec::decode(blob.data(), blob.size(), out).ok());
    ActivityCodec::encode(in, 2, 3, blob);
    QVERIFY(ActivityCodec::decode(blob.data(), blob.size(), out).ok());
    ActivityCodec::finishDecoding(out);
    QCOMPARE(out.userCount(), std::size_t(3));
    QCOMPARE(out.userOffsets, in.userOffsets);
    QCOMPARE(out.entries.size(), in.entries.size());
    for (std::size_t i = 0; i < in.entries.size(); ++i) {
        QCOMPARE(out.entries[i].day, in.entries[i].day);
        QCOMPARE(out.entries[i].event, in.entries[i].event);
        QCOMPARE(out.entries[i].count, in.entries[i].count);
        QCOMPARE(out.entries[i].valueSum, in.entries[i].valueSum);
    }
    QCOMPARE(out.firstSeen, (std::vector<LocalDay>{19000, std::numeric_limits<LocalDay>::max(), 18999}));
    QCOMPARE(out.firstDay, 18999);
    QCOMPARE(out.lastDay, 19005);
    QVERIFY(!ActivityCodec::decode(blob.data(), blob.size() - 3, out).ok());
}

QTEST_GUILESS_MAIN(TestEventCodecs)
#include "tst_eventcodecs.moc"
