#include "import/importsetuppage.h"

#include "eventstore/eventimport.h"
#include "eventstore/eventstore.h"
#include "import/importcheckpanel.h"
#include "import/importmappingform.h"
#include "import/importpreviewmodel.h"
#include "import/importtext.h"
#include "import/timezonecombo.h"
#include "csv/csvpreview.h"
#include "csv/timeformat.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

constexpr int kPreviewRows = 50;

const char kDelimiters[] = {',', ';', '\t', '|'};
const TextEncoding kEncodings[] = {TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Latin1,
                                   TextEncoding::Windows1252};

TextEncoding comboEncoding(TextEncoding resolved)
{
    switch (resolved) {
    case TextEncoding::Utf16:
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return TextEncoding::Utf16;
    case TextEncoding::Auto:
        return TextEncoding::Utf8;
    default:
        return resolved;
    }
}

// Excel on Windows writes Windows-1252: a file whose first bytes are not UTF-8 is one.
bool startsWithInvalidUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(1 << 20);
    bool invalid = false;
    utf8ValidPrefix(head.constData(), head.size(), &invalid);
    return invalid;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

} // namespace

ImportSetupPage::ImportSetupPage(const QString &csvPath, const QString &workspacePath, QWidget *parent)
    : QWidget(parent)
    , m_csvPath(csvPath)
    , m_workspacePath(workspacePath)
    , m_model(new ImportPreviewModel(this))
    , m_table(new QTableView(this))
    , m_previewNote(new QLabel(this))
    , m_delimiter(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_timeFormat(new QComboBox(this))
    , m_timeZone(new TimeZoneCombo(this))
    , m_mapping(new ImportMappingForm(this))
    , m_source(new QLineEdit(u"events"_s, this))
    , m_replace(new QRadioButton(tr("Replace"), this))
    , m_append(new QRadioButton(tr("Add"), this))
    , m_check(new ImportCheckPanel(workspacePath, this))
{
    m_table->setObjectName(u"previewTable"_s);
    m_delimiter->setObjectName(u"delimiterCombo"_s);
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_timeFormat->setObjectName(u"timeFormatCombo"_s);
    m_timeZone->setObjectName(u"timeZoneCombo"_s);
    m_source->setObjectName(u"sourceEdit"_s);
    m_replace->setObjectName(u"replaceRadio"_s);
    m_append->setObjectName(u"appendRadio"_s);
    m_previewNote->setObjectName(u"previewNote"_s);

    for (const char d : kDelimiters)
        m_delimiter->addItem(ImportText::delimiterName(d), int(d));
    for (const TextEncoding e : kEncodings)
        m_encoding->addItem(ImportText::encodingName(e), int(e));
    m_timeFormat->setEditable(true);
    m_timeFormat->setInsertPolicy(QComboBox::NoInsert);
    m_timeFormat->addItems({u"iso"_s, u"epoch-s"_s, u"epoch-ms"_s, u"M/d/yy H:mm"_s, u"d/M/yy H:mm"_s,
                            u"M/d/yyyy H:mm"_s, u"d/M/yyyy H:mm"_s, u"dd.MM.yyyy HH:mm"_s,
                            u"yyyy-MM-dd HH:mm:ss"_s});
    m_timeFormat->setCurrentIndex(-1);
    m_timeFormat->lineEdit()->setClearButtonEnabled(true);
    m_timeFormat->setToolTip(tr("Empty: detected over the whole column. Else iso, epoch-s, epoch-ms or a "
                                "pattern (d M yy yyyy H HH mm ss)."));
    m_replace->setChecked(true);
    m_replace->setToolTip(tr("Earlier rows of this source within the file's time range are replaced: a "
                             "re-sent export is not counted twice."));
    m_append->setToolTip(tr("Keep earlier rows and add these."));

    QString zone = u"UTC"_s;
    if (!workspacePath.isEmpty() && QFileInfo::exists(workspacePath)) {
        // One query for the setting, not info(), which reads the whole stored rollup.
        if (const auto setting = EventStore::reportingTimeZone(workspacePath); setting && !setting->isEmpty())
            zone = *setting;
    }
    m_timeZone->setZoneId(zone);

    buildLayout();

    connect(m_delimiter, &QComboBox::activated, this, [this] {
        m_delimiterChosen = true;
        reloadPreview();
    });
    connect(m_encoding, &QComboBox::activated, this, [this] {
        m_encodingChosen = true;
        reloadPreview();
    });
    connect(m_timeFormat, &QComboBox::editTextChanged, this, &ImportSetupPage::requestChanged);
    connect(m_timeZone, &TimeZoneCombo::zoneEdited, this, &ImportSetupPage::requestChanged);
    connect(m_source, &QLineEdit::textEdited, this, [this] { m_sourceEdited = true; });
    connect(m_source, &QLineEdit::textChanged, this, &ImportSetupPage::requestChanged);
    connect(m_append, &QRadioButton::toggled, this, &ImportSetupPage::requestChanged);
    connect(m_mapping, &ImportMappingForm::changed, this, [this] {
        m_model->setMapping(m_mapping->mapping());
        fitColumns();
        requestChanged();
    });
    connect(m_check, &ImportCheckPanel::stateChanged, this, [this] {
        updateTimePlaceholder();
        emit readyChanged();
    });
    connect(m_check, &ImportCheckPanel::timeFormatChosen, this,
            [this](const QString &format) { m_timeFormat->setEditText(format); });
    connect(m_check, &ImportCheckPanel::showRejectedRequested, this, &ImportSetupPage::showRejectedRequested);

    reloadPreview();
}

void ImportSetupPage::buildLayout()
{
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setMaximumSectionSize(320);
    m_table->setMinimumHeight(200);
    m_previewNote->setWordWrap(true);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);

    m_timeZone->setToolTip(tr("For timestamps written without an offset. Default: the workspace's reporting "
                              "timezone."));
    m_source->setToolTip(tr("Every import belongs to a source; re-imports of the same source replace "
                            "overlapping rows."));
    auto *overlap = new QHBoxLayout;
    overlap->setContentsMargins(0, 0, 0, 0);
    overlap->addWidget(m_replace);
    overlap->addWidget(m_append);
    overlap->addStretch(1);

    // One form for both sections, so their fields line up.
    auto *left = newForm();
    left->addRow(sectionTitle(tr("Reading"), this));
    left->addRow(tr("Delimiter"), m_delimiter);
    left->addRow(tr("Encoding"), m_encoding);
    left->addRow(tr("Time format"), m_timeFormat);
    left->addRow(tr("Timezone"), m_timeZone);
    QLabel *destinationTitle = sectionTitle(tr("Destination"), this);
    destinationTitle->setContentsMargins(0, 10, 0, 0);
    left->addRow(destinationTitle);
    left->addRow(tr("Source"), m_source);
    left->addRow(tr("Overlapping rows"), overlap);

    auto *middle = new QVBoxLayout;
    middle->setContentsMargins(0, 0, 0, 0);
    middle->addWidget(sectionTitle(tr("Columns"), this));
    middle->addWidget(m_mapping);
    middle->addStretch(1);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(sectionTitle(tr("User attributes"), this));
    QListWidget *attributes = m_mapping->attributeList();
    attributes->setMinimumWidth(160);
    // As tall as the forms beside it, however many columns the file has.
    attributes->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    right->addWidget(attributes, 1);

    // The options keep their natural height; the preview takes the rest.
    auto *options = new QWidget(this);
    options->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *columns = new QHBoxLayout(options);
    columns->setContentsMargins(0, 0, 0, 0);
    // Spacing between the columns only: nested layouts inherit the parent's spacing.
    columns->addLayout(left, 5);
    columns->addSpacing(28);
    columns->addLayout(middle, 5);
    columns->addSpacing(28);
    columns->addLayout(right, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Preview"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_previewNote);
    layout->addSpacing(10);
    layout->addWidget(options);
    layout->addSpacing(10);
    layout->addWidget(m_check);
}

std::optional<char> ImportSetupPage::delimiterOverride() const
{
    if (!m_delimiterChosen)
        return std::nullopt;
    return char(m_delimiter->currentData().toInt());
}

TextEncoding ImportSetupPage::encodingOverride() const
{
    return m_encodingChosen ? TextEncoding(m_encoding->currentData().toInt()) : TextEncoding::Auto;
}

void ImportSetupPage::reloadPreview()
{
    CsvPreviewOptions options;
    options.rows = kPreviewRows;
    options.scanTimeColumn = false; // the dry run reads the whole column
    options.delimiter = delimiterOverride();
    options.encoding = encodingOverride();
    auto preview = CsvPreview::read(m_csvPath, options);
    QString note;
    if (preview && !m_encodingChosen && preview->dialect.encoding == TextEncoding::Utf8
        && !preview->readError.isEmpty() && startsWithInvalidUtf8(m_csvPath)) {
        // Not UTF-8 near the start: read it as Excel on Windows writes it, and say so.
        m_encodingChosen = true;
        m_encoding->setCurrentIndex(m_encoding->findData(int(TextEncoding::Windows1252)));
        options.encoding = TextEncoding::Windows1252;
        preview = CsvPreview::read(m_csvPath, options);
        note = tr("The file is not UTF-8: it is read as Windows-1252, as Excel on Windows writes it.");
    }
    if (!preview) {
        m_model->setRecords({}, {}, {});
        m_previewNote->setText(preview.error());
        m_previewNote->show();
        m_mapping->setColumns({}, 0, {});
        m_check->block(preview.error());
        return;
    }
    if (!m_delimiterChosen)
        m_detectedDelimiter = preview->dialect.delimiter;
    if (!m_encodingChosen || !note.isEmpty())
        m_detectedEncoding = comboEncoding(preview->dialect.encoding);
    refreshDetectedLabels();
    if (!m_delimiterChosen)
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(preview->dialect.delimiter)));
    if (!m_encodingChosen)
        m_encoding->setCurrentIndex(m_encoding->findData(int(comboEncoding(preview->dialect.encoding))));

    int columns = int(preview->header.size());
    for (const QStringList &row : preview->rows)
        columns = std::max(columns, int(row.size()));
    m_model->setRecords(preview->header, preview->rows, preview->rowLines);
    m_mapping->setColumns(preview->header, columns, preview->mapping);
    m_model->setMapping(m_mapping->mapping());
    showRollup(preview->dialect.hasHeader && EventImport::isRollupHeader(preview->header));
    fitColumns();

    QStringList lines;
    if (!note.isEmpty())
        lines << note;
    if (m_rollup)
        lines << tr("A daily rollup from a warehouse: one row per user, date and event with its count. Its dates "
                    "are local dates in the timezone below, which must be the one the warehouse query used; every "
                    "other column is a user attribute.");
    if (!preview->readError.isEmpty())
        lines << preview->readError;
    if (!preview->dialect.hasHeader)
        lines << tr("The file has no header row: columns are numbered.");
    m_previewNote->setText(lines.join(u"\n"_s));
    m_previewNote->setVisible(!lines.isEmpty());
    requestChanged();
}

void ImportSetupPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Room for the bold two-line titles (name and role) the header's own measure misses.
    QFont bold = m_table->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = 0;
        for (const QString &line : m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().split(u'\n'))
            width = std::max(width, metrics.horizontalAdvance(line) + 16);
        m_table->setColumnWidth(c, std::clamp(std::max(width, m_table->columnWidth(c)), 0, 320));
    }
}

// The item the file's own reading found says so; the others are plain choices.
void ImportSetupPage::refreshDetectedLabels()
{
    for (int i = 0; i < m_delimiter->count(); ++i) {
        const char d = char(m_delimiter->itemData(i).toInt());
        const QString name = ImportText::delimiterName(d);
        m_delimiter->setItemText(i, d == m_detectedDelimiter ? tr("%1  (detected)").arg(name) : name);
    }
    for (int i = 0; i < m_encoding->count(); ++i) {
        const auto e = TextEncoding(m_encoding->itemData(i).toInt());
        const QString name = ImportText::encodingName(e);
        m_encoding->setItemText(i, e == m_detectedEncoding ? tr("%1  (detected)").arg(name) : name);
    }
}

// A rollup's columns are fixed by its format: the mapping and time format do not apply,
// its timezone is the one its dates were made in, and it gets a source of its own.
void ImportSetupPage::showRollup(bool rollup)
{
    if (rollup == m_rollup)
        return;
    m_rollup = rollup;
    m_model->setRollup(rollup);
    m_mapping->setEnabled(!rollup);
    m_mapping->attributeList()->setEnabled(!rollup);
    m_timeFormat->setEnabled(!rollup);
    m_timeZone->setToolTip(rollup ? tr("The timezone the rollup's dates were made in (the warehouse query's "
                                       "--timezone). It must be the workspace's reporting timezone.")
                                  : tr("For timestamps written without an offset. Default: the workspace's "
                                       "reporting timezone."));
    if (!m_sourceEdited)
        m_source->setText(rollup ? u"warehouse"_s : u"events"_s);
}

ImportRequest ImportSetupPage::request() const
{
    ImportRequest r;
    r.file = m_csvPath;
    r.source = m_source->text().trimmed();
    if (m_rollup) {
        r.rollup = true;
        r.timeZone = m_timeZone->zoneId();
        r.delimiter = delimiterOverride();
        r.encoding = encodingOverride();
        r.append = m_append->isChecked();
        return r;
    }
    r.mapping = m_mapping->mapping();
    r.timeFormat = m_timeFormat->currentText().trimmed();
    r.timeZone = m_timeZone->zoneId();
    r.delimiter = delimiterOverride();
    r.encoding = encodingOverride();
    r.append = m_append->isChecked();
    return r;
}

void ImportSetupPage::requestChanged()
{
    const ImportRequest r = request();
    if (r.rollup) {
        if (!m_timeZone->isValidZone())
            return m_check->block(tr("Unknown timezone \"%1\": choose one from the list (e.g. UTC or Europe/Berlin).")
                                      .arg(r.timeZone));
        if (r.source.isEmpty())
            return m_check->block(tr("Name the source these rows belong to (e.g. warehouse)."));
        return m_check->check(r);
    }
    QStringList examples;
    for (int row = 0; row < m_model->rowCount() && r.mapping->timestamp >= 0; ++row)
        examples << m_model->index(row, r.mapping->timestamp).data().toString();
    m_check->setTimeExamples(examples);

    if (m_model->columnCount() == 0)
        return; // the preview failed and said why
    if (const QString missing = m_mapping->missing(); !missing.isEmpty())
        return m_check->block(missing);
    if (!r.timeFormat.isEmpty()) {
        if (const auto format = TimeFormat::fromString(r.timeFormat); !format)
            return m_check->block(tr("Time format \"%1\": %2").arg(r.timeFormat, format.error()));
    }
    if (!m_timeZone->isValidZone())
        return m_check->block(tr("Unknown timezone \"%1\": choose one from the list (e.g. UTC or Europe/Berlin).")
                                  .arg(r.timeZone));
    if (r.source.isEmpty())
        return m_check->block(tr("Name the source these rows belong to (e.g. events)."));
    m_check->check(r);
}

void ImportSetupPage::updateTimePlaceholder()
{
    const auto &result = m_check->result();
    QString text = tr("Automatic");
    if (result && request().timeFormat.isEmpty()
        && result->time.outcome == TimeFormatDetector::Outcome::Detected)
        text = tr("Automatic: %1").arg(result->timeFormat);
    m_timeFormat->lineEdit()->setPlaceholderText(text);
}

bool ImportSetupPage::isReady() const
{
    return m_check->state() == ImportCheckPanel::State::Ready;
}

} // namespace NorthStar
