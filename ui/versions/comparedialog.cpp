#include "versions/comparedialog.h"

#include "model/entities.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

void fill(QComboBox *box, const QList<TreeVersion> &versions, Id current)
{
    for (const TreeVersion &v : versions)
        box->addItem(v.name, v.id);
    box->addItem(CompareDialog::tr("Now (the tree as it is)"), Id(0));
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

CompareDialog::CompareDialog(const QList<TreeVersion> &versions, Id from, Id to, QWidget *parent)
    : QDialog(parent)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Compare Versions"));
    setObjectName(u"compareDialog"_s);
    m_from->setObjectName(u"compareFrom"_s);
    m_to->setObjectName(u"compareTo"_s);
    fill(m_from, versions, from);
    fill(m_to, versions, to);
    auto *intro = new QLabel(tr("The changes read from the first to the second; the canvas shows the second "
                                "with the changes marked."),
                             this);
    intro->setWordWrap(true);
    m_error->setObjectName(u"compareError"_s);
    m_error->setStyleSheet(u"color: #B91C1C;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, m_error, &QLabel::hide);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

Id CompareDialog::from() const
{
    return m_from->currentData().toLongLong();
}

Id CompareDialog::to() const
{
    return m_to->currentData().toLongLong();
}

void CompareDialog::accept()
{
    if (from() == to()) {
        m_error->setText(tr("Choose two different states: a version and Now, or two versions."));
        m_error->show();
        adjustSize(); // room for the message, wrapped
        return;
    }
    QDialog::accept();
}

} // namespace NorthStar
