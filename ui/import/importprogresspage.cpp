#include "import/importprogresspage.h"

#include "import/importtext.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

QString duration(double seconds)
{
    if (seconds < 1.5)
        return QCoreApplication::translate("ImportProgressPage", "about a second");
    if (seconds < 90)
        return QCoreApplication::translate("ImportProgressPage", "about %1 s").arg(qRound(seconds));
    return QCoreApplication::translate("ImportProgressPage", "about %1 min").arg(qRound(seconds / 60));
}

} // namespace

ImportProgressPage::ImportProgressPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel import"), this))
{
    m_bar->setObjectName(u"importProgressBar"_s);
    m_rate->setObjectName(u"importRateLabel"_s);
    m_cancel->setObjectName(u"cancelImportButton"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMinimumWidth(420);
    m_rate->setForegroundRole(QPalette::PlaceholderText);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressPage::cancelRequested);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_cancel);
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_title);
    column->addWidget(m_bar);
    column->addWidget(m_rate);
    column->addSpacing(8);
    column->addLayout(buttonRow);
    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addLayout(column, 4);
    center->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(center);
    layout->addStretch(3);
}

void ImportProgressPage::start(const QString &fileName)
{
    m_clock.start();
    m_title->setText(tr("Importing %1…").arg(fileName));
    m_bar->setValue(0);
    m_rate->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel import"));
}

void ImportProgressPage::setProgress(const ImportProgress &p)
{
    if (p.totalBytes > 0)
        m_bar->setValue(int(1000 * p.bytes / p.totalBytes));
    const double seconds = std::max(m_clock.elapsed(), qint64(1)) / 1000.0;
    QStringList parts{tr("%1 rows").arg(ImportText::count(p.rows)),
                      tr("%1 rows/s").arg(ImportText::count(qint64(p.rows / seconds)))};
    if (p.bytes > 0 && p.totalBytes > p.bytes)
        parts << tr("%1 left").arg(duration(seconds * double(p.totalBytes - p.bytes) / double(p.bytes)));
    if (p.totalBytes > 0 && p.bytes >= p.totalBytes)
        parts = QStringList{tr("%1 rows read").arg(ImportText::count(p.rows)), tr("writing to the workspace…")};
    if (p.pass > 1)
        parts.prepend(tr("reading again with the time format found late"));
    m_rate->setText(parts.join(u"  ·  "_s));
}

void ImportProgressPage::setCancelling()
{
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
}

} // namespace NorthStar
