#include "import/importmappingform.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// Column index <-> combo row: with a "(none)" row first, row = column + 1.
int comboColumn(const QComboBox *combo, bool withNone)
{
    const int row = combo->currentIndex();
    return withNone ? row - 1 : row;
}

void setComboColumn(QComboBox *combo, int column, bool withNone)
{
    combo->setCurrentIndex(withNone ? column + 1 : column);
}

} // namespace

ImportMappingForm::ImportMappingForm(QWidget *parent)
    : QWidget(parent)
    , m_user(new QComboBox(this))
    , m_time(new QComboBox(this))
    , m_eventFromColumn(new QRadioButton(tr("Column"), this))
    , m_eventConstant(new QRadioButton(tr("Same for every row"), this))
    , m_eventMode(new QButtonGroup(this))
    , m_event(new QComboBox(this))
    , m_eventName(new QLineEdit(this))
    , m_value(new QComboBox(this))
    , m_attributes(new QListWidget(this))
{
    m_user->setObjectName(u"userColumnCombo"_s);
    m_time->setObjectName(u"timeColumnCombo"_s);
    m_event->setObjectName(u"eventColumnCombo"_s);
    m_eventFromColumn->setObjectName(u"eventFromColumnRadio"_s);
    m_eventConstant->setObjectName(u"eventConstantRadio"_s);
    m_eventName->setObjectName(u"eventNameEdit"_s);
    m_value->setObjectName(u"valueColumnCombo"_s);
    m_attributes->setObjectName(u"attributeList"_s);

    m_eventMode->addButton(m_eventFromColumn);
    m_eventMode->addButton(m_eventConstant);
    m_eventFromColumn->setChecked(true);
    m_eventName->setPlaceholderText(tr("e.g. purchase"));
    m_attributes->setToolTip(tr("Columns kept as user attributes (country, plan, …) for segments."));

    auto *columnRow = new QHBoxLayout;
    columnRow->setContentsMargins(0, 0, 0, 0);
    columnRow->addWidget(m_eventFromColumn);
    columnRow->addWidget(m_event, 1);
    auto *constantRow = new QHBoxLayout;
    constantRow->setContentsMargins(0, 0, 0, 0);
    constantRow->addWidget(m_eventConstant);
    constantRow->addWidget(m_eventName, 1);
    // Both radio labels take the same width, so the combo and the edit line up.
    const int radioWidth = std::max(m_eventFromColumn->sizeHint().width(), m_eventConstant->sizeHint().width());
    m_eventFromColumn->setMinimumWidth(radioWidth);
    m_eventConstant->setMinimumWidth(radioWidth);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("User id"), m_user);
    form->addRow(tr("Time"), m_time);
    form->addRow(tr("Event"), columnRow);
    form->addRow(QString(), constantRow);
    form->addRow(tr("Value"), m_value);

    const auto changedSignal = [this] {
        m_event->setEnabled(m_eventFromColumn->isChecked());
        m_eventName->setEnabled(m_eventConstant->isChecked());
        updateAttributes();
        emit changed();
    };
    for (QComboBox *combo : {m_user, m_time, m_event, m_value})
        connect(combo, &QComboBox::currentIndexChanged, this, changedSignal);
    connect(m_eventMode, &QButtonGroup::buttonToggled, this, [changedSignal](QAbstractButton *, bool on) {
        if (on)
            changedSignal();
    });
    connect(m_eventName, &QLineEdit::textChanged, this, &ImportMappingForm::changed);
    connect(m_attributes, &QListWidget::itemChanged, this, &ImportMappingForm::changed);
    m_eventName->setEnabled(false);
}

void ImportMappingForm::fillCombo(QComboBox *combo, bool withNone)
{
    combo->clear();
    if (withNone)
        combo->addItem(tr("(none)"));
    combo->addItems(m_names);
}

void ImportMappingForm::setColumns(const QStringList &header, int columnCount, const ColumnMapping &suggested)
{
    QStringList names = header;
    for (int c = int(names.size()); c < columnCount; ++c)
        names.append(tr("Column %1").arg(c + 1));
    if (names == m_names && m_user->count() > 0)
        return; // same columns: keep what the person chose
    m_names = names;
    {
        const QSignalBlocker b1(m_user), b2(m_time), b3(m_event), b4(m_value), b5(m_attributes), b6(m_eventName);
        const QSignalBlocker b7(m_eventMode);
        fillCombo(m_user, true);
        fillCombo(m_time, true);
        fillCombo(m_event, false);
        fillCombo(m_value, true);
        setComboColumn(m_user, suggested.userId, true);
        setComboColumn(m_time, suggested.timestamp, true);
        setComboColumn(m_value, suggested.value, true);
        const bool fromColumn = suggested.event >= 0;
        m_event->setCurrentIndex(fromColumn ? suggested.event : -1);
        (fromColumn ? m_eventFromColumn : m_eventConstant)->setChecked(true);
        m_eventName->setText(suggested.constantEvent);
        m_event->setEnabled(fromColumn);
        m_eventName->setEnabled(!fromColumn);
        m_attributes->clear();
        for (const QString &name : m_names) {
            auto *item = new QListWidgetItem(name, m_attributes);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(Qt::Unchecked);
        }
        updateAttributes();
    }
    emit changed();
}

ColumnMapping ImportMappingForm::mapping() const
{
    ColumnMapping m;
    m.userId = comboColumn(m_user, true);
    m.timestamp = comboColumn(m_time, true);
    m.value = comboColumn(m_value, true);
    if (m_eventFromColumn->isChecked()) {
        m.event = comboColumn(m_event, false);
    } else {
        m.event = -1;
        m.constantEvent = m_eventName->text().trimmed();
    }
    for (int c = 0; c < m_attributes->count(); ++c) {
        const QListWidgetItem *item = m_attributes->item(c);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            m.attributes.append(c);
    }
    return m;
}

QString ImportMappingForm::missing() const
{
    const ColumnMapping m = mapping();
    if (m.userId < 0)
        return tr("Choose the column that holds the user id.");
    if (m.timestamp < 0)
        return tr("Choose the column that holds the time.");
    if (m_eventFromColumn->isChecked() && m.event < 0)
        return tr("Choose the event column, or give one event name for every row.");
    if (m_eventConstant->isChecked() && m.constantEvent.isEmpty())
        return tr("Give the event name for every row (e.g. purchase), or choose an event column.");
    const QList<int> roles{m.userId, m.timestamp, m.event, m.value};
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (roles[i] >= 0 && roles.indexOf(roles[i]) != i)
            return tr("Column %1 is chosen for two roles.").arg(m_names.value(roles[i]));
    }
    return {};
}

// A column that already has a role cannot also be an attribute.
void ImportMappingForm::updateAttributes()
{
    const QSignalBlocker blocker(m_attributes);
    const QList<int> used{comboColumn(m_user, true), comboColumn(m_time, true),
                          m_eventFromColumn->isChecked() ? comboColumn(m_event, false) : -1,
                          comboColumn(m_value, true)};
    for (int c = 0; c < m_attributes->count(); ++c) {
        QListWidgetItem *item = m_attributes->item(c);
        const bool free = !used.contains(c);
        item->setFlags(free ? (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled) : Qt::ItemIsUserCheckable);
        if (!free)
            item->setCheckState(Qt::Unchecked);
    }
}

} // namespace NorthStar
