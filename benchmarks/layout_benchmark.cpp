// Times the Graphviz layout of a workshop-sized tree (1 North Star, 5 inputs, 20 work items)
// and of a large one (8 inputs x 12 items): the median of 50 runs after a warm-up call
// (the first loads Graphviz's plugins). Moved out of tst_graphvizlayout, where a wall-clock
// bound failed on a loaded machine. Run: `cmake --build build --target layout_benchmark`.

#include "layout/graphvizlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace NorthStar;

namespace {

struct TreeShape
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
};

TreeShape makeTree(int inputs, int itemsPerInput)
{
    TreeShape tree;
    const auto node = [](qint64 id, int rank, QSizeF size) {
        LayoutNode n;
        n.id = id;
        n.rank = rank;
        n.size = size;
        return n;
    };
    tree.nodes.append(node(1, 0, {180, 64}));
    qint64 item = 1000;
    for (int i = 0; i < inputs; ++i) {
        const qint64 input = 10 + i;
        tree.nodes.append(node(input, 1, {180, 64}));
        tree.edges.append({input, 1});
        for (int w = 0; w < itemsPerInput; ++w) {
            tree.nodes.append(node(item, 2, {140, 40}));
            tree.edges.append({item++, input});
        }
    }
    return tree;
}

int timeLayout(const char *label, const TreeShape &tree)
{
    if (auto warmUp = layoutTree(tree.nodes, tree.edges); !warmUp) {
        std::fprintf(stderr, "%s: layout failed: %s\n", label, qPrintable(warmUp.error()));
        return 1;
    }
    std::vector<qint64> us;
    for (int run = 0; run < 50; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto centers = layoutTree(tree.nodes, tree.edges);
        us.push_back(timer.nsecsElapsed() / 1000);
        if (!centers || centers->size() != tree.nodes.size())
            return 1;
    }
    std::sort(us.begin(), us.end());
    std::printf("%-28s %4lld nodes  median %7lld us  worst %7lld us\n", label,
                static_cast<long long>(tree.nodes.size()), static_cast<long long>(us[us.size() / 2]),
                static_cast<long long>(us.back()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return timeLayout("workshop tree (1+5+20)", makeTree(5, 4)) | timeLayout("large tree (1+8+96)", makeTree(8, 12));
}
