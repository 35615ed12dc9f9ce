#include "charts/annotationdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace NorthStar {

AnnotationDialog::AnnotationDialog(const QString &metricName, bool editing, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_onMetric(new QRadioButton(tr("On this metric (%1)").arg(metricName), this))
    , m_onWorkspace(new QRadioButton(tr("On the whole workspace (every chart)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(editing ? tr("Edit Annotation") : tr("Add Annotation"));
    m_date->setObjectName(QStringLiteral("annotationDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_text->setObjectName(QStringLiteral("annotationText"));
    m_text->setPlaceholderText(tr("What happened, e.g. \"Price change\" or \"Outage\""));
    m_text->setMinimumWidth(320);
    m_onMetric->setObjectName(QStringLiteral("annotationOnMetric"));
    m_onWorkspace->setObjectName(QStringLiteral("annotationOnWorkspace"));
    m_onMetric->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_text);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_onMetric);
    scope->addWidget(m_onWorkspace);
    form->addRow(tr("Shown:"), scope);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, this, &AnnotationDialog::updateOk);
    m_text->setFocus();
    updateOk();
}

void AnnotationDialog::setValues(QDate date, const QString &text, bool onMetric)
{
    m_date->setDate(date);
    m_text->setText(text);
    m_text->selectAll();
    (onMetric ? m_onMetric : m_onWorkspace)->setChecked(true);
}

QDate AnnotationDialog::date() const
{
    return m_date->date();
}

QString AnnotationDialog::text() const
{
    return m_text->text().trimmed();
}

bool AnnotationDialog::onMetric() const
{
    return m_onMetric->isChecked();
}

void AnnotationDialog::updateOk()
{
    // A note needs words (Edit::addAnnotation refuses an empty one).
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
}

} // namespace NorthStar
