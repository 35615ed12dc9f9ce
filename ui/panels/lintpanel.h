#pragma once

// The workshop lint of the tree on screen, live: recomputed after every edit (it is cheap),
// one line per finding with its severity's icon. Activating a finding selects its node.

#include "workshop/lint.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace NorthStar {

class Document;

class LintPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LintPanel(Document *doc, QWidget *parent = nullptr);

    int findingCount() const { return static_cast<int>(m_findings.size()); }
    const QList<Lint::Finding> &findings() const { return m_findings; }

signals:
    // After the findings changed (for the dock title's count).
    void findingCountChanged(int count);

private:
    void refresh();
    void activate(QListWidgetItem *item);

    Document *m_doc;
    QLabel *m_summary;
    QListWidget *m_list;
    QList<Lint::Finding> m_findings;
    Id m_treeId = -1;  // none shown yet
};

} // namespace NorthStar
