#pragma once

// Which column is the user id, the time, the event name (or one name for every row), the
// value, and which columns are user attributes. Filled from the suggested mapping; every
// choice stays the person's to change.

#include "csv/columnmapping.h"

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace NorthStar {

class ImportMappingForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportMappingForm(QWidget *parent = nullptr);

    // New columns (after the file or its reading changed): `header` names them (may be
    // empty: "Column 1", ...), `suggested` preselects. Attributes start unchecked, as on the
    // command line. Keeps the current choices when the columns are the same.
    void setColumns(const QStringList &header, int columnCount, const ColumnMapping &suggested);

    ColumnMapping mapping() const;
    // What is missing before the file can be imported ("Choose the user id column."), or empty.
    QString missing() const;

    // The attributes list, for the page to place beside the form.
    QListWidget *attributeList() const { return m_attributes; }

signals:
    void changed();

private:
    void fillCombo(QComboBox *combo, bool withNone);
    void updateAttributes();

    QStringList m_names;
    QComboBox *m_user;
    QComboBox *m_time;
    QRadioButton *m_eventFromColumn;
    QRadioButton *m_eventConstant;
    QButtonGroup *m_eventMode;
    QComboBox *m_event;
    QLineEdit *m_eventName;
    QComboBox *m_value;
    QListWidget *m_attributes;
};

} // namespace NorthStar
