#pragma once

// Adds or edits an annotation from a chart: its date, its text, and whether it belongs to
// the metric charted or to the whole workspace (then every chart shows it).

#include <QDate>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
QT_END_NAMESPACE

namespace NorthStar {

class AnnotationDialog final : public QDialog
{
    Q_OBJECT

public:
    // `metricName`: the metric the chart shows ("on this metric" names it).
    AnnotationDialog(const QString &metricName, bool editing, QWidget *parent = nullptr);

    void setValues(QDate date, const QString &text, bool onMetric);
    QDate date() const;
    QString text() const;  // trimmed
    bool onMetric() const;

private:
    void updateOk();

    QDateEdit *m_date;
    QLineEdit *m_text;
    QRadioButton *m_onMetric;
    QRadioButton *m_onWorkspace;
    QDialogButtonBox *m_buttons;
};

} // namespace NorthStar
