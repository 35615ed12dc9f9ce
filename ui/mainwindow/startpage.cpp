#include "mainwindow/startpage.h"

#include "mainwindow/recentfiles.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

QLabel *heading(const QString &text, int pointSize, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSize(pointSize);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QListWidget *cardList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setFrameShape(QFrame::NoFrame);
    list->setSpacing(2);
    // Long descriptions wrap instead of hiding behind a horizontal scroll bar.
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setStyleSheet(u"QListWidget { background: transparent; }"
                        "QListWidget::item { padding: 8px 10px; border-radius: 6px; }"
                        "QListWidget::item:hover { background: #e8edf5; }"
                        "QListWidget::item:selected { background: #dbe4f3; color: #14213d; }"_s);
    return list;
}

} // namespace

StartPage::StartPage(RecentFiles *recentFiles, QWidget *parent)
    : QWidget(parent)
    , m_recentFiles(recentFiles)
    , m_recentList(cardList(this))
    , m_templateList(cardList(this))
{
    setObjectName(u"startPage"_s);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(u"#f6f7fb"_s));
    setPalette(p);

    auto *title = heading(tr("North Star Studio"), 26, this);
    auto *subtitle = new QLabel(tr("Find the one metric that captures the value your customers get, "
                                   "the inputs that drive it, and the work that moves them."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(u"color: #4a5568; font-size: 13pt;"_s);

    auto *demo = new QPushButton(tr("Open the demo workspace"), this);
    demo->setDefault(true);
    auto *create = new QPushButton(tr("New workspace"), this);
    auto *openButton = new QPushButton(tr("Open…"), this);
    for (QPushButton *b : {demo, create, openButton})
        b->setMinimumHeight(36);
    connect(demo, &QPushButton::clicked, this, &StartPage::openDemoRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(demo);
    buttons->addWidget(create);
    buttons->addWidget(openButton);
    buttons->addStretch();

    auto *recentColumn = new QVBoxLayout;
    recentColumn->addWidget(heading(tr("Recent workspaces"), 14, this));
    recentColumn->addWidget(m_recentList, 1);
    auto *templateColumn = new QVBoxLayout;
    templateColumn->addWidget(heading(tr("Start from a template"), 14, this));
    templateColumn->addWidget(m_templateList, 1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(recentColumn, 1);
    columns->addLayout(templateColumn, 1);

    auto *content = new QVBoxLayout;
    content->setSpacing(16);
    content->addWidget(title);
    content->addWidget(subtitle);
    content->addSpacing(8);
    content->addLayout(buttons);
    content->addSpacing(16);
    content->addLayout(columns, 1);

    // Centred column of readable width, as on a welcome screen.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch(1);
    auto *holder = new QWidget(this);
    holder->setMaximumWidth(980);
    holder->setLayout(content);
    outer->addWidget(holder, 6);
    outer->addStretch(1);

    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openFileRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_templateList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit templateRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recentFiles, &RecentFiles::changed, this, &StartPage::fillRecent);
    fillRecent();
}

void StartPage::setTemplates(const QList<TemplateEntry> &templates)
{
    m_templateList->clear();
    for (const TemplateEntry &t : templates) {
        auto *item = new QListWidgetItem(t.name + u'\n' + t.description, m_templateList);
        item->setData(Qt::UserRole, t.key);
        item->setToolTip(t.description);
    }
}

void StartPage::fillRecent()
{
    m_recentList->clear();
    const QStringList files = m_recentFiles->files();
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).completeBaseName() + u'\n' + f, m_recentList);
        item->setData(Qt::UserRole, f);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent workspaces yet."), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace NorthStar
