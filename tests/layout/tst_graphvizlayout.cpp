// Automatic layout through Graphviz's dot: geometry properties a person would check on the
// canvas (parents above children, no overlaps, stable sibling order), determinism,
// remembered manual placement, bad input, and speed.

#include "layout/graphvizlayout.h"

#include <QRectF>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace NorthStar;

namespace {

constexpr QSizeF CardSize(180, 64);
constexpr QSizeF WorkItemSize(140, 40);

LayoutNode node(qint64 id, int rank, QSizeF size = CardSize)
{
    LayoutNode n;
    n.id = id;
    n.rank = rank;
    n.size = size;
    return n;
}

// A North Star (1), `inputs` inputs (10, 11, ...) and `itemsPerInput` work items under each
// (100, 101, ...), work items all on rank 2.
struct Tree
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
};

Tree makeTree(int inputs, int itemsPerInput)
{
    Tree tree;
    tree.nodes.append(node(1, 0));
    qint64 item = 100;
    for (int i = 0; i < inputs; ++i) {
        const qint64 input = 10 + i;
        tree.nodes.append(node(input, 1));
        tree.edges.append({input, 1});
        for (int w = 0; w < itemsPerInput; ++w) {
            tree.nodes.append(node(item, 2, WorkItemSize));
            tree.edges.append({item, input});
            ++item;
        }
    }
    return tree;
}

QRectF rectOf(const LayoutNode &n, const QHash<qint64, QPointF> &centers)
{
    QRectF rect(QPointF(), n.size);
    rect.moveCenter(centers.value(n.id));
    return rect;
}

QHash<qint64, QPointF> layoutOrFail(const Tree &tree, const LayoutOptions &options = {})
{
    auto result = layoutTree(tree.nodes, tree.edges, options);
    if (!result.ok())
        qWarning("layoutTree failed: %s", qPrintable(result.error()));
    return result.ok() ? result.value() : QHash<qint64, QPointF>();
}

} // namespace

class TestGraphvizLayout final : public QObject
{
    Q_OBJECT

private slots:
    void emptyInput();
    void singleNodeAtOrigin();
    void parentsAboveChildren_data();
    void parentsAboveChildren();
    void noOverlaps_data();
    void noOverlaps();
    void sameRankSharesARow();
    void siblingsKeepNodeOrder();
    void deterministic();
    void multiParentBelowBothParents();
    void orphansStillPlacedOnTheirRow();
    void pinnedNodesKeepTheirPlace_data();
    void pinnedNodesKeepTheirPlace();
    void badInput_data();
    void badInput();
    void treeOf26IsLaidOut();
    void concurrentCallsAreSerialised();
};

void TestGraphvizLayout::emptyInput()
{
    const auto result = layoutTree({}, {}, {});
    QVERIFY(result.ok());
    QVERIFY(result->isEmpty());
}

void TestGraphvizLayout::singleNodeAtOrigin()
{
    LayoutOptions options;
    options.origin = QPointF(-50, 20);
    const auto result = layoutTree({node(7, 0)}, {}, options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result->size(), 1);
    // The bounding box's top-left is the origin, so the center is half a card from it.
    const QPointF center = result->value(7);
    QVERIFY(qAbs(center.x() - (-50 + CardSize.width() / 2)) < 1.0);
    QVERIFY(qAbs(center.y() - (20 + CardSize.height() / 2)) < 1.0);
}

void TestGraphvizLayout::parentsAboveChildren_data()
{
    QTest::addColumn<int>("inputs");
    QTest::addColumn<int>("itemsPerInput");
    QTest::newRow("star only") << 0 << 0;
    QTest::newRow("one input") << 1 << 0;
    QTest::newRow("one chain") << 1 << 1;
    QTest::newRow("3 inputs x 2") << 3 << 2;
    QTest::newRow("5 inputs x 4") << 5 << 4;
}

void TestGraphvizLayout::parentsAboveChildren()
{
    QFETCH(int, inputs);
    QFETCH(int, itemsPerInput);
    const Tree tree = makeTree(inputs, itemsPerInput);
    const auto centers = layoutOrFail(tree);
    QCOMPARE(centers.size(), tree.nodes.size());

    QHash<qint64, LayoutNode> byId;
    for (const LayoutNode &n : tree.nodes)
        byId.insert(n.id, n);
    for (const LayoutEdge &edge : tree.edges) {
        const QRectF parent = rectOf(byId.value(edge.parent), centers);
        const QRectF child = rectOf(byId.value(edge.child), centers);
        // Not just the center: the whole parent card is above the whole child card.
        QVERIFY2(parent.bottom() < child.top(),
                 qPrintable(QStringLiteral("parent %1 bottom %2, child %3 top %4")
                                .arg(edge.parent).arg(parent.bottom())
                                .arg(edge.child).arg(child.top())));
    }
}

void TestGraphvizLayout::noOverlaps_data()
{
    parentsAboveChildren_data();
}

void TestGraphvizLayout::noOverlaps()
{
    QFETCH(int, inputs);
    QFETCH(int, itemsPerInput);
    const Tree tree = makeTree(inputs, itemsPerInput);
    LayoutOptions options;
    options.nodeSpacing = 30;
    const auto centers = layoutOrFail(tree, options);
    QCOMPARE(centers.size(), tree.nodes.size());
    for (qsizetype i = 0; i < tree.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < tree.nodes.size(); ++j) {
            // Grown by a little less than half the spacing: neighbours keep a visible gap.
            const QRectF a = rectOf(tree.nodes[i], centers).adjusted(-10, -10, 10, 10);
            const QRectF b = rectOf(tree.nodes[j], centers).adjusted(-10, -10, 10, 10);
            QVERIFY2(!a.intersects(b), qPrintable(QStringLiteral("nodes %1 and %2 overlap")
                                                       .arg(tree.nodes[i].id)
                                                       .arg(tree.nodes[j].id)));
        }
    }
}

void TestGraphvizLayout::sameRankSharesARow()
{
    const Tree tree = makeTree(3, 3);
    const auto centers = layoutOrFail(tree);
    QCOMPARE(centers.size(), tree.nodes.size());
    QHash<int, double> rowY;
    for (const LayoutNode &n : tree.nodes) {
        const double y = centers.value(n.id).y();
        if (!rowY.contains(n.rank))
            rowY.insert(n.rank, y);
        QCOMPARE(y, rowY.value(n.rank));
    }
    QVERIFY(rowY.value(0) < rowY.value(1));
    QVERIFY(rowY.value(1) < rowY.value(2));
}

void TestGraphvizLayout::siblingsKeepNodeOrder()
{
    // Edges listed in reverse: the order of `nodes` decides, not the order of `edges`.
    QList<LayoutNode> nodes{node(1, 0), node(40, 1), node(30, 1), node(20, 1), node(10, 1)};
    QList<LayoutEdge> edges{{10, 1}, {20, 1}, {30, 1}, {40, 1}};
    const auto result = layoutTree(nodes, edges, {});
    QVERIFY(result.ok());
    QVERIFY(result->value(40).x() < result->value(30).x());
    QVERIFY(result->value(30).x() < result->value(20).x());
    QVERIFY(result->value(20).x() < result->value(10).x());
    // The North Star is centered over its inputs.
    const double middle = (result->value(40).x() + result->value(10).x()) / 2;
    QVERIFY(qAbs(result->value(1).x() - middle) < 1.0);
}

void TestGraphvizLayout::deterministic()
{
    const Tree tree = makeTree(4, 3);
    const auto first = layoutOrFail(tree);
    QCOMPARE(first.size(), tree.nodes.size());
    for (int run = 0; run < 3; ++run)
        QCOMPARE(layoutOrFail(tree), first);
}

void TestGraphvizLayout::multiParentBelowBothParents()
{
    // Work item 100 serves inputs 10 and 12; work item 101 serves only 11.
    const QList<LayoutNode> nodes{node(1, 0), node(10, 1), node(11, 1), node(12, 1),
                                  node(100, 2, WorkItemSize), node(101, 2, WorkItemSize)};
    const QList<LayoutEdge> edges{{10, 1}, {11, 1}, {12, 1}, {100, 10}, {100, 12}, {101, 11}};
    const auto result = layoutTree(nodes, edges, {});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result->size(), nodes.size());
    const double itemTop = result->value(100).y() - WorkItemSize.height() / 2;
    QVERIFY(result->value(10).y() + CardSize.height() / 2 < itemTop);
    QVERIFY(result->value(12).y() + CardSize.height() / 2 < itemTop);
}

void TestGraphvizLayout::orphansStillPlacedOnTheirRow()
{
    // An orphan work item (no edges) on the work-item row, and an orphan with a row of its
    // own: both below the tree's rows they belong under, not floated to the top.
    const QList<LayoutNode> nodes{node(1, 0), node(10, 1), node(100, 2, WorkItemSize),
                                  node(200, 2, WorkItemSize), node(300, 3, WorkItemSize)};
    const QList<LayoutEdge> edges{{10, 1}, {100, 10}};
    const auto result = layoutTree(nodes, edges, {});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result->size(), nodes.size());
    QCOMPARE(result->value(200).y(), result->value(100).y());
    QVERIFY(result->value(300).y() > result->value(200).y());
    QVERIFY(result->value(1).y() < result->value(10).y());

    // A lone orphan on a deep rank, with nothing else on its rank or above it.
    const auto lone = layoutTree({node(1, 0), node(500, 3, WorkItemSize)}, {}, {});
    QVERIFY(lone.ok());
    QVERIFY(lone->value(500).y() > lone->value(1).y() + CardSize.height());
}

void TestGraphvizLayout::pinnedNodesKeepTheirPlace_data()
{
    QTest::addColumn<QList<qint64>>("pinnedIds");
    QTest::addColumn<QList<QPointF>>("pinnedCenters");
    QTest::newRow("one input dragged away")
        << QList<qint64>{11} << QList<QPointF>{QPointF(-1234.5, 987.25)};
    QTest::newRow("star and a work item")
        << QList<qint64>{1, 103} << QList<QPointF>{QPointF(400, -60), QPointF(900, 700)};
}

void TestGraphvizLayout::pinnedNodesKeepTheirPlace()
{
    QFETCH(QList<qint64>, pinnedIds);
    QFETCH(QList<QPointF>, pinnedCenters);
    Tree tree = makeTree(3, 2);
    const auto free = layoutOrFail(tree);
    QCOMPARE(free.size(), tree.nodes.size());

    QPointF expectedShift;
    for (LayoutNode &n : tree.nodes) {
        const qsizetype k = pinnedIds.indexOf(n.id);
        if (k < 0)
            continue;
        n.pinned = true;
        n.pinnedCenter = pinnedCenters.at(k);
        expectedShift += (n.pinnedCenter - free.value(n.id)) / double(pinnedIds.size());
    }
    const auto pinned = layoutOrFail(tree);
    QCOMPARE(pinned.size(), tree.nodes.size());
    for (qsizetype k = 0; k < pinnedIds.size(); ++k)
        QCOMPARE(pinned.value(pinnedIds.at(k)), pinnedCenters.at(k));

    // Unpinned nodes keep their shape relative to each other: one translation, the one that
    // moves the laid-out pinned nodes least from where the user put them (the mean offset).
    for (const LayoutNode &n : tree.nodes) {
        if (n.pinned)
            continue;
        const QPointF moved = pinned.value(n.id) - free.value(n.id);
        QVERIFY2(qAbs(moved.x() - expectedShift.x()) < 1e-6
                     && qAbs(moved.y() - expectedShift.y()) < 1e-6,
                 qPrintable(QStringLiteral("node %1 moved by (%2, %3)")
                                .arg(n.id).arg(moved.x()).arg(moved.y())));
    }
}

void TestGraphvizLayout::badInput_data()
{
    QTest::addColumn<QList<LayoutNode>>("nodes");
    QTest::addColumn<QList<LayoutEdge>>("edges");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("duplicate id") << QList<LayoutNode>{node(1, 0), node(1, 1)}
                                  << QList<LayoutEdge>{} << QStringLiteral("node id 1");
    QTest::newRow("unknown parent") << QList<LayoutNode>{node(1, 0), node(2, 1)}
                                    << QList<LayoutEdge>{{2, 9}} << QStringLiteral("node 9");
    QTest::newRow("child above parent") << QList<LayoutNode>{node(1, 1), node(2, 1)}
                                        << QList<LayoutEdge>{{2, 1}}
                                        << QStringLiteral("larger rank");
    QTest::newRow("self loop") << QList<LayoutNode>{node(1, 0)} << QList<LayoutEdge>{{1, 1}}
                               << QStringLiteral("larger rank");
    QTest::newRow("empty size") << QList<LayoutNode>{node(3, 0, QSizeF(0, 40))}
                                << QList<LayoutEdge>{} << QStringLiteral("node 3");
    QTest::newRow("negative rank") << QList<LayoutNode>{node(4, -1)} << QList<LayoutEdge>{}
                                   << QStringLiteral("rank -1");
}

void TestGraphvizLayout::badInput()
{
    QFETCH(QList<LayoutNode>, nodes);
    QFETCH(QList<LayoutEdge>, edges);
    QFETCH(QString, mentions);
    const auto result = layoutTree(nodes, edges, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
}

// How fast is benchmarks/layout_benchmark's question; here: every card gets a place.
void TestGraphvizLayout::treeOf26IsLaidOut()
{
    const Tree tree = makeTree(5, 4); // 1 + 5 + 20 nodes
    QCOMPARE(tree.nodes.size(), 26);
    const auto centers = layoutOrFail(tree);
    QCOMPARE(centers.size(), 26);
    for (const LayoutNode &n : tree.nodes)
        QVERIFY2(centers.contains(n.id), qPrintable(QString::number(n.id)));
}

void TestGraphvizLayout::concurrentCallsAreSerialised()
{
    // Graphviz keeps global state; without the mutex this crashes or mixes up graphs.
    const Tree tree = makeTree(4, 3);
    const auto expected = layoutOrFail(tree);
    QCOMPARE(expected.size(), tree.nodes.size());
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int run = 0; run < 10; ++run) {
                const auto result = layoutTree(tree.nodes, tree.edges, {});
                if (!result.ok() || result.value() != expected)
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
