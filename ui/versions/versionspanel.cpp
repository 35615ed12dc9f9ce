#include "versions/versionspanel.h"

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "model/document.h"
#include "model/edits.h"
#include "versions/comparedialog.h"
#include "versions/versionnamedialog.h"
#include "versions/versionview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

constexpr int versionIdRole = Qt::UserRole;

// "Growth, 2 Dec 2026", and "Growth, 2 Dec 2026 (2)" when that is taken already.
QString defaultName(const WorkspaceData &data, const Tree &tree)
{
    const QString base = VersionsPanel::tr("%1, %2").arg(tree.name, QLocale().toString(QDate::currentDate(), u"d MMM yyyy"_s));
    QString name = base;
    for (int n = 2; data.versionNamed(tree.id, name); ++n)
        name = VersionsPanel::tr("%1 (%2)").arg(base).arg(n);
    return name;
}

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

VersionsPanel::VersionsPanel(Document *doc, CanvasView *canvas, VersionView *versionView, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_canvas(canvas)
    , m_versionView(versionView)
    , m_empty(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_compareBox(new QWidget(this))
    , m_compareTitle(new QLabel(m_compareBox))
    , m_compareSummary(new QLabel(m_compareBox))
    , m_changes(new QListWidget(m_compareBox))
{
    setObjectName(u"versionsPanel"_s);
    buildActions();

    m_empty->setWordWrap(true);
    m_list->setObjectName(u"versionList"_s);
    m_list->setAccessibleName(tr("Saved versions"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Version"), tr("Saved")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    for (QAction *a : {m_rename, m_delete, m_stopCompare})
        m_list->addAction(a);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    QList<QWidget *> tabOrder{m_list};
    for (QAction *a : {m_save, m_compare, m_restore, m_rename, m_delete}) {
        buttons->addWidget(button(a, this));
        tabOrder.append(buttons->itemAt(buttons->count() - 1)->widget());
    }
    buttons->addStretch(1);

    // The comparison: what is compared, how much changed, the changes in words.
    m_compareBox->setObjectName(u"comparison"_s);
    QFont titleFont = m_compareTitle->font();
    titleFont.setBold(true);
    m_compareTitle->setFont(titleFont);
    m_compareTitle->setWordWrap(true);
    m_compareSummary->setWordWrap(true);
    m_changes->setObjectName(u"changeList"_s);
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setWordWrap(true);
    m_changes->setTextElideMode(Qt::ElideNone);
    m_changes->addAction(m_stopCompare);
    auto *compareLayout = new QVBoxLayout(m_compareBox);
    compareLayout->setContentsMargins(0, 6, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_compareTitle, 1);
    QToolButton *stop = button(m_stopCompare, m_compareBox);
    titleRow->addWidget(stop, 0, Qt::AlignTop);
    // Top to bottom as they stand: the list, its buttons, then the comparison.
    tabOrder << stop << m_changes;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    compareLayout->addLayout(titleRow);
    compareLayout->addWidget(m_compareSummary);
    compareLayout->addWidget(m_changes, 1);
    m_compareBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_compareBox, 2);
    setFocusProxy(m_list);

    connect(m_list, &QTreeWidget::itemActivated, this, [this] { compareAndFocus(currentVersionId(), 0); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionsPanel::updateActions);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (QAction *a : {m_compareWithNow, m_restore, m_rename, m_delete})
            menu.addAction(a);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    connect(m_changes, &QListWidget::itemActivated, this, &VersionsPanel::activateChange);
    connect(doc, &Document::selectionChanged, this, [this] { followSelection(m_doc); });
    connect(m_versionView->document(), &Document::selectionChanged, this,
            [this] { followSelection(m_versionView->document()); });
    connect(doc->model(), &WorkspaceModel::changed, this, &VersionsPanel::onModelChanged);
    connect(doc->model(), &WorkspaceModel::wasReset, this, [this] {
        stopComparing();
        refreshList();
    });
    connect(doc, &Document::currentTreeChanged, this, [this] {
        stopComparing();
        refreshList();
    });
    for (CanvasView *view : {m_canvas, m_versionView->canvas()}) {
        CanvasScene *scene = view->canvasScene();
        connect(scene, &CanvasScene::diffMarksChanged, this, [this, scene] { onMarksChanged(scene); });
    }
    refreshList();
}

void VersionsPanel::buildActions()
{
    // Menu texts carry the mnemonics; the panel's buttons show the plain icon text.
    const auto make = [this](const QString &text, const QString &buttonText, const QKeySequence &key,
                             Qt::ShortcutContext context, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setIconText(buttonText);
        a->setShortcut(key);
        a->setShortcutContext(context);
        a->setStatusTip(tip);
        a->setToolTip(key.isEmpty() ? tip : tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        return a;
    };
    m_save = make(tr("Save V&ersion…"), tr("Save…"), QKeySequence(u"Ctrl+Alt+S"_s), Qt::WindowShortcut,
                  tr("Keep the tree as it is now under a name, to compare with and restore later"));
    m_compare = make(tr("Com&pare Versions…"), tr("Compare…"), {}, Qt::WindowShortcut,
                     tr("Mark on the canvas what changed between two versions, or a version and now"));
    m_stopCompare = make(tr("Stop Comparin&g"), tr("Stop Comparing"), QKeySequence(Qt::Key_Escape),
                         Qt::WidgetWithChildrenShortcut, tr("Back to the tree without marks"));
    m_restore = make(tr("&Restore Version…"), tr("Restore…"), {}, Qt::WindowShortcut,
                     tr("Give the tree the content of the selected version (Undo takes it back)"));
    m_rename = make(tr("Rename Version…"), tr("Rename…"), QKeySequence(Qt::Key_F2), Qt::WidgetWithChildrenShortcut,
                    tr("Rename the selected version"));
    m_delete = make(tr("Delete Version"), tr("Delete"), QKeySequence(QKeySequence::Delete),
                    Qt::WidgetWithChildrenShortcut, tr("Delete the selected version (Undo brings it back)"));
    m_compareWithNow = new QAction(tr("Compare with Now"), this);
    connect(m_save, &QAction::triggered, this, &VersionsPanel::saveVersion);
    connect(m_compare, &QAction::triggered, this, &VersionsPanel::chooseComparison);
    connect(m_stopCompare, &QAction::triggered, this, &VersionsPanel::stopComparing);
    connect(m_restore, &QAction::triggered, this, &VersionsPanel::restoreVersion);
    connect(m_rename, &QAction::triggered, this, &VersionsPanel::renameVersion);
    connect(m_delete, &QAction::triggered, this, &VersionsPanel::deleteVersion);
    connect(m_compareWithNow, &QAction::triggered, this, [this] { compareAndFocus(currentVersionId(), 0); });
}

Id VersionsPanel::currentVersionId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, versionIdRole).toLongLong() : 0;
}

void VersionsPanel::setCurrentVersion(Id versionId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, versionIdRole).toLongLong() == versionId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void VersionsPanel::refreshList()
{
    const WorkspaceData &workspace = m_doc->data();
    const Tree *tree = workspace.tree(m_doc->currentTreeId());
    const Id current = currentVersionId();
    const QList<TreeVersion> versions = tree ? workspace.versionsOfTree(tree->id) : QList<TreeVersion>();
    m_list->clear();
    for (const TreeVersion &v : versions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, v.name);
        item->setText(1, v.saved.isValid() ? QLocale().toString(v.saved.toLocalTime(), QLocale::ShortFormat)
                                           : tr("unknown"));
        item->setToolTip(0, v.name);
        item->setData(0, versionIdRole, v.id);
    }
    setCurrentVersion(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    if (!tree)
        m_empty->setText(tr("No tree is open."));
    else if (versions.isEmpty())
        m_empty->setText(tr("No saved versions of \"%1\" yet. Save one (Ctrl+Alt+S) before the room changes the "
                            "tree, to compare and restore later.")
                             .arg(tree->name));
    m_empty->setVisible(!tree || versions.isEmpty());
    updateActions();
}

void VersionsPanel::updateActions()
{
    const bool hasTree = m_doc->data().tree(m_doc->currentTreeId()) != nullptr;
    const bool hasVersion = currentVersionId() != 0;
    m_save->setEnabled(hasTree);
    m_compare->setEnabled(hasTree && m_list->topLevelItemCount() > 0);
    m_compareWithNow->setEnabled(hasVersion);
    for (QAction *a : {m_restore, m_rename, m_delete})
        a->setEnabled(hasVersion);
    m_stopCompare->setEnabled(m_comparing);
}

void VersionsPanel::onModelChanged(const ChangeSet &change)
{
    const Id treeId = m_doc->currentTreeId();
    if (!change.versions.isEmpty())
        refreshList();
    if (!m_comparing)
        return;
    if (!change.versions.isEmpty())
        showChanges(); // a compared version renamed: the title names it
    const WorkspaceData &workspace = m_doc->data();
    for (Id id : {m_from, m_to}) {
        if (id != 0 && !workspace.versions.contains(id)) {
            stopComparing();
            emit message(tr("Stopped comparing: a compared version was deleted."));
            return;
        }
    }
    // Comparing with Now follows the edits; two saved versions do not change.
    if ((m_from == 0 || m_to == 0) && change.touchesTree(treeId, workspace) && !change.onlyPlacesNodes())
        refreshComparison();
}

void VersionsPanel::saveVersion()
{
    const Tree *tree = m_doc->data().tree(m_doc->currentTreeId());
    if (!tree)
        return;
    const Id treeId = tree->id;
    Id saved = 0;
    VersionNameDialog dialog(tr("Save Version"), tr("&Name of the version of \"%1\":").arg(tree->name),
                             defaultName(m_doc->data(), *tree), [this, treeId, &saved](const QString &name) -> Result<void> {
                                 const auto result = Edit::saveVersion(*m_doc, treeId, name);
                                 if (!result)
                                     return fail(result.error());
                                 saved = *result;
                                 return {};
                             },
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setCurrentVersion(saved);
    emit message(tr("Saved the version \"%1\".").arg(m_doc->data().versions.value(saved).name));
}

void VersionsPanel::renameVersion()
{
    const auto it = m_doc->data().versions.constFind(currentVersionId());
    if (it == m_doc->data().versions.cend())
        return;
    const Id id = it->id;
    VersionNameDialog dialog(tr("Rename Version"), tr("&New name of the version:"), it->name,
                             [this, id](const QString &name) { return Edit::renameVersion(*m_doc, id, name); }, this);
    dialog.exec();
    m_list->setFocus();
}

void VersionsPanel::deleteVersion()
{
    const auto it = m_doc->data().versions.constFind(currentVersionId());
    if (it == m_doc->data().versions.cend())
        return;
    const QString name = it->name;
    // No question asked: it is one undo step, and the message says so.
    Edit::removeVersion(*m_doc, it->id);
    emit message(tr("Deleted the version \"%1\". Undo (Ctrl+Z) brings it back.").arg(name));
}

void VersionsPanel::restoreVersion()
{
    const auto it = m_doc->data().versions.constFind(currentVersionId());
    const Tree *tree = m_doc->data().tree(m_doc->currentTreeId());
    if (it == m_doc->data().versions.cend() || !tree)
        return;
    const Id id = it->id;
    const QString name = it->name;
    QMessageBox box(QMessageBox::Question, tr("Restore Version"),
                    tr("Give the tree \"%1\" the content of the version \"%2\"?").arg(tree->name, name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"restoreQuestion"_s);
    box.setInformativeText(tr("Its nodes, links, candidates, votes and parking lot become the version's. "
                              "Undo (Ctrl+Z) takes the whole restore back."));
    box.button(QMessageBox::Yes)->setText(tr("Restore"));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const auto restored = Edit::restoreVersion(*m_doc, id); !restored) {
        QMessageBox::warning(this, tr("Cannot restore the version"), restored.error());
        return;
    }
    emit message(tr("Restored the version \"%1\". Undo (Ctrl+Z) takes it back.").arg(name));
}

void VersionsPanel::compareAndFocus(Id from, Id to)
{
    compare(from, to);
    // Asked for from the keyboard: the arrows go through the changes next, Escape ends it.
    if (m_comparing)
        m_changes->setFocus(Qt::OtherFocusReason);
}

void VersionsPanel::chooseComparison()
{
    const QList<TreeVersion> versions = m_doc->data().versionsOfTree(m_doc->currentTreeId());
    if (versions.isEmpty())
        return;
    // What was compared last, else the selected version against Now.
    const Id from = m_comparing ? m_from : currentVersionId() ? currentVersionId() : versions.constLast().id;
    const Id to = m_comparing ? m_to : 0;
    CompareDialog dialog(versions, from, to, this);
    if (dialog.exec() == QDialog::Accepted)
        compareAndFocus(dialog.from(), dialog.to());
}

} // namespace NorthStar
