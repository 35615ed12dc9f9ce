#include "import/importsummarypage.h"

#include "import/importtext.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

ImportSummaryPage::ImportSummaryPage(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_column(new QVBoxLayout)
{
    m_headline->setObjectName(u"summaryHeadline"_s);
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_headline->setFont(font);
    m_headline->setWordWrap(true);

    m_column->setSpacing(16);
    m_column->addWidget(m_headline);
    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addLayout(m_column, 4);
    center->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(center);
    layout->addStretch(2);
}

void ImportSummaryPage::setSummary(const ImportSummary &s)
{
    delete m_body; // a summary replaces the one before
    m_body = new QWidget(this);
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    m_column->addWidget(m_body);

    const QString file = QFileInfo(s.file).fileName();
    if (s.duplicate) {
        m_headline->setText(tr("%1 was already imported: nothing to add. The workspace is unchanged.").arg(file));
    } else {
        m_headline->setText(tr("Imported %1 rows from %2").arg(ImportText::count(s.imported), file));
    }
    const auto value = [this](const QString &text) {
        auto *label = new QLabel(text, m_body);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };

    auto *showRejected = new QPushButton(tr("Show rejected rows…"), m_body);
    showRejected->setObjectName(u"summaryRejectedButton"_s);
    showRejected->setVisible(s.rejected > 0);
    connect(showRejected, &QPushButton::clicked, this, &ImportSummaryPage::showRejectedRequested);
    auto *rejectedRow = new QHBoxLayout;
    rejectedRow->setContentsMargins(0, 0, 0, 0);
    rejectedRow->addWidget(value(ImportText::count(s.rejected)));
    rejectedRow->addSpacing(12);
    rejectedRow->addWidget(showRejected);
    rejectedRow->addStretch(1);
    form->addRow(tr("Rejected"), rejectedRow);
    form->addRow(tr("Replaced earlier rows"), value(ImportText::count(s.replaced)));
    form->addRow(tr("Users"), value(ImportText::count(s.users)));
    const bool utcOnly = s.timeZone == u"UTC" || s.timeZone.isEmpty();
    const auto when = [&](qint64 ms) {
        if (utcOnly)
            return ImportText::instantUtc(ms);
        return tr("%1 %2   (%3)").arg(ImportText::instant(ms, s.timeZone), s.timeZone, ImportText::instantUtc(ms));
    };
    if (s.firstMs && s.lastMs) {
        form->addRow(tr("First event"), value(when(*s.firstMs)));
        form->addRow(tr("Last event"), value(when(*s.lastMs)));
    }
    form->addRow(tr("Source"), value(s.source));
    form->addRow(tr("Read as"), value(tr("%1, %2, time %3, timezone %4")
                                          .arg(ImportText::delimiterNoun(s.dialect.delimiter),
                                               ImportText::encodingName(s.dialect.encoding), s.timeFormat,
                                               s.timeZone)));
    form->addRow(tr("Took"), value(tr("%1 s").arg(QLocale().toString(s.elapsedMs / 1000.0, 'f',
                                                                       s.elapsedMs < 1000 ? 2 : 1))));
}

} // namespace NorthStar
