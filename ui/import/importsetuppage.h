#pragma once

// The first page of the import dialog: the file as it will be read (a live preview of the
// first records), how it is read (delimiter, encoding, time format, timezone: detected,
// each overridable), the column mapping, where the rows go (source, replace or append) and
// the dry run's verdict (ImportCheckPanel). request() is what the Import button runs.

#include "eventstore/importtypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace NorthStar {

class ImportCheckPanel;
class ImportMappingForm;
class ImportPreviewModel;
class TimeZoneCombo;

class ImportSetupPage final : public QWidget
{
    Q_OBJECT

public:
    ImportSetupPage(const QString &csvPath, const QString &workspacePath, QWidget *parent = nullptr);

    ImportRequest request() const;
    ImportCheckPanel *checkPanel() const { return m_check; }
    // The dry run for the current request says the import can go ahead.
    bool isReady() const;

signals:
    void readyChanged();
    void showRejectedRequested();

private:
    void showRollup(bool rollup);
    void buildLayout();
    void reloadPreview();
    void refreshDetectedLabels();
    void fitColumns();
    void requestChanged();
    void updateTimePlaceholder();
    std::optional<char> delimiterOverride() const;
    TextEncoding encodingOverride() const;

    QString m_csvPath;
    QString m_workspacePath;
    ImportPreviewModel *m_model;
    QTableView *m_table;
    QLabel *m_previewNote;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QComboBox *m_timeFormat;
    TimeZoneCombo *m_timeZone;
    ImportMappingForm *m_mapping;
    QLineEdit *m_source;
    QRadioButton *m_replace;
    QRadioButton *m_append;
    ImportCheckPanel *m_check;

    // What the file's own reading found, marked "detected" in the combos; the person's
    // choice overrides it.
    char m_detectedDelimiter = ',';
    TextEncoding m_detectedEncoding = TextEncoding::Utf8;
    bool m_rollup = false; // the file is a daily rollup (docs/warehouse.md)
    bool m_sourceEdited = false;
    bool m_delimiterChosen = false;
    bool m_encodingChosen = false;
};

} // namespace NorthStar
