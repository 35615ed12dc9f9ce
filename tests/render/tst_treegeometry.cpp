// Where the cards of a tree go: layered top-down, rows aligned, pinned cards where the
// person put them and nothing else moved by that.

#include "render/cardcontent.h"
#include "render/cardpainter.h"
#include "render/treegeometry.h"
#include "sampletree.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

class TstTreeGeometry final : public QObject
{
    Q_OBJECT

private slots:
    void layers();
    void rowsShareHeight();
    void pinned_data();
    void pinned();
    void strayNodes();
    void gap();
    void wrapText_data();
    void wrapText();

private:
    Testing::SampleTree m_sample = Testing::makeSampleTree();
    CardStyle m_style = CardStyle::standard();
};

void TstTreeGeometry::layers()
{
    const auto g = TreeGeometry::compute(m_sample.data, m_sample.treeId, m_style);
    QVERIFY2(g.ok(), qPrintable(g.ok() ? QString() : g.error()));
    QCOMPARE(g->nodeRects().size(), m_sample.data.nodes.size());
    QCOMPARE(g->rank(m_sample.northStarId), 0);
    const QRectF ns = g->nodeRect(m_sample.northStarId);
    double previousX = -1e9;
    for (Id input : m_sample.inputIds) {
        QCOMPARE(g->rank(input), 1);
        const QRectF r = g->nodeRect(input);
        QVERIFY(r.top() > ns.bottom() + m_style.rankSpacing / 2);
        // Model order left to right.
        QVERIFY(r.center().x() > previousX);
        previousX = r.center().x();
    }
    for (Id work : m_sample.workIds) {
        QCOMPARE(g->rank(work), 2);
        QVERIFY(g->nodeRect(work).top() > g->nodeRect(m_sample.inputIds.first()).bottom());
    }
    // No two cards overlap.
    const QList<QRectF> rects = g->nodeRects().values();
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects[i].intersects(rects[j]));
    }
}

void TstTreeGeometry::rowsShareHeight()
{
    const auto g = TreeGeometry::compute(m_sample.data, m_sample.treeId, m_style);
    QVERIFY(g.ok());
    const QRectF first = g->nodeRect(m_sample.inputIds.first());
    for (Id input : m_sample.inputIds) {
        QCOMPARE(g->nodeRect(input).top(), first.top());
        QCOMPARE(g->nodeRect(input).height(), first.height());
    }
    // The row is as tall as its tallest card (the gap card with its note).
    const CardContent gapCard = cardContent(m_sample.data, *m_sample.data.node(m_sample.inputIds.last()));
    QVERIFY(gapCard.gap);
    QCOMPARE(first.height(), cardSize(m_style, gapCard).height());
}

void TstTreeGeometry::pinned_data()
{
    QTest::addColumn<int>("which");  // index into all nodes by id
    QTest::addColumn<QPointF>("centre");
    QTest::newRow("north star far right") << 0 << QPointF(2000, -300);
    QTest::newRow("input") << 2 << QPointF(-150.5, 42.25);
    QTest::newRow("work item") << 9 << QPointF(10, 900);
}

void TstTreeGeometry::pinned()
{
    QFETCH(int, which);
    QFETCH(QPointF, centre);
    const auto before = TreeGeometry::compute(m_sample.data, m_sample.treeId, m_style);
    QVERIFY(before.ok());

    WorkspaceData data = m_sample.data;
    const Id id = data.nodes.keys().at(which);
    data.nodes[id].pinned = true;
    data.nodes[id].position = centre;
    const auto after = TreeGeometry::compute(data, m_sample.treeId, m_style);
    QVERIFY(after.ok());
    QCOMPARE(after->nodeRect(id).center(), centre);
    QCOMPARE(after->nodeRect(id).size(), before->nodeRect(id).size());
    for (Id other : data.nodes.keys()) {
        if (other != id)
            QCOMPARE(after->nodeRect(other), before->nodeRect(other));
    }
}

void TstTreeGeometry::strayNodes()
{
    // An unconnected input and a work item serving nothing still get a place, on the rows of
    // their kind.
    WorkspaceData data = m_sample.data;
    for (const Edge &e : data.edgesAt(m_sample.inputIds.at(1)))
        data.edges.remove(e.id);
    const auto g = TreeGeometry::compute(data, m_sample.treeId, m_style);
    QVERIFY2(g.ok(), qPrintable(g.ok() ? QString() : g.error()));
    QCOMPARE(g->nodeRects().size(), data.nodes.size());
    QCOMPARE(g->rank(m_sample.inputIds.at(1)), 1);
    QCOMPARE(g->nodeRect(m_sample.inputIds.at(1)).top(), g->nodeRect(m_sample.inputIds.at(0)).top());
    QCOMPARE(g->rank(m_sample.workIds.at(3)), 2);
}

void TstTreeGeometry::gap()
{
    QVERIFY(!cardContent(m_sample.data, *m_sample.data.node(m_sample.inputIds.first())).gap);
    QVERIFY(cardContent(m_sample.data, *m_sample.data.node(m_sample.inputIds.last())).gap);
    // The North Star and work items are never gaps.
    QVERIFY(!cardContent(m_sample.data, *m_sample.data.node(m_sample.northStarId)).gap);
}

void TstTreeGeometry::wrapText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("elided");
    QTest::newRow("short") << u"Activation"_s << 3 << 1 << false;
    QTest::newRow("two lines") << u"Documents shared per active team"_s << 3 << 2 << false;
    QTest::newRow("elided") << QString(u"word "_s.repeated(40)) << 3 << 3 << true;
    QTest::newRow("one word too long") << QString(u"x"_s.repeated(200)) << 2 << 2 << true;
}

void TstTreeGeometry::wrapText()
{
    QFETCH(QString, text);
    QFETCH(int, maxLines);
    QFETCH(int, lines);
    QFETCH(bool, elided);
    const QStringList result = NorthStar::wrapText(text, m_style.nameFont, 200, maxLines);
    QCOMPARE(result.size(), lines);
    QCOMPARE(result.last().endsWith(QChar(0x2026)), elided);
}

QTEST_MAIN(TstTreeGeometry)
#include "tst_treegeometry.moc"
