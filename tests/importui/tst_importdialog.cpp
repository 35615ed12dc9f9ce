// The import dialog on real files: what it detects and maps, the dry run's counts before
// anything is written (the same as Importer::validate with the command line's options), the
// ambiguity it refuses to guess, the import itself (the same numbers as `northstar import`),
// Cancel leaving the workspace byte-identical, and the rejected rows saved as CSV.

#include "eventstore/importer.h"
#include "import/importcheckpanel.h"
#include "import/importdialog.h"
#include "import/importsetuppage.h"
#include "import/importtext.h"
#include "import/rejectedrowsdialog.h"
#include "storage/workspacefile.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

const QString kTestData = QStringLiteral(NORTHSTAR_TESTDATA);
const QString kRealFile = QStringLiteral(NORTHSTAR_SHARED_DATA) + u"/real/online_retail_sample.csv"_s;

QString fixture(const QString &name)
{
    return name == u"REAL" ? kRealFile : kTestData + u'/' + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename W>
W *child(QWidget *parent, const QString &name)
{
    W *w = parent->findChild<W *>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

// Waits for the dry run of the dialog's current options (debounced, on a worker thread).
bool waitChecked(ImportDialog &dialog)
{
    auto *panel = dialog.setupPage()->checkPanel();
    if (panel->state() == ImportCheckPanel::State::Checking) {
        QSignalSpy spy(&dialog, &ImportDialog::checked);
        if (!spy.wait(20000))
            return false;
    }
    return panel->state() != ImportCheckPanel::State::Checking;
}

// What a script passes to `northstar import` for the same file.
struct CliOptions
{
    QString eventName;
    QString timeFormat;
    TextEncoding encoding = TextEncoding::Auto;
};

ImportRequest cliRequest(const QString &file, const CliOptions &o)
{
    ImportRequest r;
    r.file = file;
    r.eventName = o.eventName;
    r.timeFormat = o.timeFormat;
    r.encoding = o.encoding;
    return r;
}

QStringList cliArguments(const QString &workspace, const QString &file, const CliOptions &o)
{
    QStringList args{u"import"_s, workspace, file, u"--json"_s};
    if (!o.eventName.isEmpty())
        args << u"--event-name"_s << o.eventName;
    if (!o.timeFormat.isEmpty())
        args << u"--time-format"_s << o.timeFormat;
    if (o.encoding == TextEncoding::Windows1252)
        args << u"--encoding"_s << u"windows-1252"_s;
    return args;
}

void setConstantEvent(ImportDialog &dialog, const QString &name)
{
    child<QRadioButton>(&dialog, u"eventConstantRadio"_s)->setChecked(true);
    child<QLineEdit>(&dialog, u"eventNameEdit"_s)->setText(name);
}

void compareCounts(const ImportSummary &a, const ImportSummary &b)
{
    QCOMPARE(a.imported, b.imported);
    QCOMPARE(a.rejected, b.rejected);
    QCOMPARE(a.replaced, b.replaced);
    QCOMPARE(a.users, b.users);
    QCOMPARE(a.firstMs, b.firstMs);
    QCOMPARE(a.lastMs, b.lastMs);
    QCOMPARE(a.timeFormat, b.timeFormat);
    QCOMPARE(a.timeZone, b.timeZone);
    QCOMPARE(a.duplicate, b.duplicate);
}

// A file big enough that Cancel lands long before the import could finish.
QString writeLargeFile(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(u"large.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray data = "user_id,timestamp,event,value\n";
    data.reserve(rows * 48);
    for (int i = 0; i < rows; ++i) {
        data += "user" + QByteArray::number(i % 5000) + ',' + QByteArray::number(1704067200 + i) + ",event"
                + QByteArray::number(i % 7) + ',' + QByteArray::number(i % 100) + '\n';
    }
    file.write(data);
    return path;
}

} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importableFiles_data();
    void importableFiles();
    void detectedAndMapped_data();
    void detectedAndMapped();
    void dryRunMatchesCli_data();
    void dryRunMatchesCli();
    void ambiguityBlocksImportUntilAnswered();
    void importMatchesCli_data();
    void importMatchesCli();
    void duplicateSaysNothingToAdd();
    void cancelLeavesWorkspaceIdentical();
    void rejectedRowsShownAndSaved();
    void untitledWorkspaceCannotImport();

private:
    QString newWorkspace();
    QTemporaryDir m_dir;
    int m_workspaces = 0;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestImportDialog::newWorkspace()
{
    const QString path = m_dir.filePath(u"ws%1.northstar"_s.arg(++m_workspaces));
    const auto created = WorkspaceFile::create(path);
    if (!created)
        qWarning("%s", qPrintable(created.error()));
    return path;
}

void TestImportDialog::importableFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("importable");
    QTest::newRow("csv") << u"/tmp/a.csv"_s << true;
    QTest::newRow("upper case") << u"/tmp/EXPORT.CSV"_s << true;
    QTest::newRow("tsv") << u"/tmp/a.tsv"_s << true;
    QTest::newRow("txt") << u"/tmp/a.txt"_s << true;
    QTest::newRow("workspace") << u"/tmp/a.northstar"_s << false;
    QTest::newRow("spreadsheet") << u"/tmp/a.xlsx"_s << false;
    QTest::newRow("no suffix") << u"/tmp/csv"_s << false;
}

void TestImportDialog::importableFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, importable);
    QCOMPARE(ImportDialog::isImportableFile(path), importable);
    QCOMPARE(ImportDialog::isImportableUrl(QUrl::fromLocalFile(path)), importable);
    QVERIFY(!ImportDialog::isImportableUrl(QUrl(u"https://example.com/a.csv"_s)));
}

void TestImportDialog::detectedAndMapped_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("delimiter");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("event"); // empty: no event column, a name is asked for
    QTest::addColumn<QString>("timeFormat"); // detected over the whole column
    QTest::addColumn<int>("previewRows");

    QTest::newRow("real export") << u"REAL"_s << int(',') << int(TextEncoding::Utf8) << u"CustomerID"_s
                                 << u"InvoiceDate"_s << QString() << u"M/d/yy H:mm"_s << 50;
    QTest::newRow("German Excel") << u"eventstore/german_excel_cp1252.csv"_s << int(';')
                                  << int(TextEncoding::Windows1252) << u"Kunde"_s << u"Zeitpunkt"_s << u"Aktion"_s
                                  << u"dd.MM.yyyy HH:mm"_s << 5;
    QTest::newRow("UTF-16") << u"eventstore/utf16le_bom.csv"_s << int(',') << int(TextEncoding::Utf16)
                            << u"user_id"_s << u"timestamp"_s << u"event"_s << u"iso"_s << 4;
    QTest::newRow("epoch seconds, tabs") << u"eventstore/epoch_s.tsv"_s << int('\t') << int(TextEncoding::Utf8)
                                         << u"uid"_s << u"ts"_s << u"event"_s << u"epoch-s"_s << 4;
    QTest::newRow("epoch ms, pipes") << u"eventstore/epoch_ms.csv"_s << int('|') << int(TextEncoding::Utf8)
                                     << u"distinct_id"_s << u"time"_s << u"event_type"_s << u"epoch-ms"_s << 3;
    QTest::newRow("day first") << u"eventstore/day_first.csv"_s << int(',') << int(TextEncoding::Utf8) << u"user"_s
                               << u"time"_s << u"event"_s << u"d/M/yy H:mm"_s << 4;
}

void TestImportDialog::detectedAndMapped()
{
    QFETCH(QString, file);
    QFETCH(int, delimiter);
    QFETCH(int, encoding);
    QFETCH(QString, user);
    QFETCH(QString, time);
    QFETCH(QString, event);
    QFETCH(QString, timeFormat);
    QFETCH(int, previewRows);
    if (file == u"REAL" && !QFile::exists(kRealFile))
        QSKIP("the real export is not in ../shared/data/real");

    ImportDialog dialog(fixture(file), newWorkspace());
    dialog.show();
    QCOMPARE(child<QComboBox>(&dialog, u"delimiterCombo"_s)->currentData().toInt(), delimiter);
    QCOMPARE(child<QComboBox>(&dialog, u"encodingCombo"_s)->currentData().toInt(), encoding);
    QVERIFY(child<QComboBox>(&dialog, u"delimiterCombo"_s)->currentText().contains(u"detected"_s));
    QVERIFY(child<QComboBox>(&dialog, u"encodingCombo"_s)->currentText().contains(u"detected"_s));
    QCOMPARE(child<QComboBox>(&dialog, u"userColumnCombo"_s)->currentText(), user);
    QCOMPARE(child<QComboBox>(&dialog, u"timeColumnCombo"_s)->currentText(), time);
    if (event.isEmpty()) {
        QVERIFY(child<QRadioButton>(&dialog, u"eventConstantRadio"_s)->isChecked());
    } else {
        QVERIFY(child<QRadioButton>(&dialog, u"eventFromColumnRadio"_s)->isChecked());
        QCOMPARE(child<QComboBox>(&dialog, u"eventColumnCombo"_s)->currentText(), event);
    }

    // The preview: the header as column titles (with the role), the records as read.
    const QAbstractItemModel *preview = child<QTableView>(&dialog, u"previewTable"_s)->model();
    QCOMPARE(preview->rowCount(), previewRows);
    const int userColumn = dialog.request().mapping->userId;
    QVERIFY(preview->headerData(userColumn, Qt::Horizontal).toString().startsWith(user));
    QVERIFY(preview->headerData(userColumn, Qt::Horizontal).toString().contains(u"user id"_s));

    if (event.isEmpty()) {
        QCOMPARE(dialog.setupPage()->checkPanel()->state(), ImportCheckPanel::State::Blocked);
        QVERIFY(!child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());
        setConstantEvent(dialog, u"purchase"_s);
    }
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.setupPage()->checkPanel()->state(), ImportCheckPanel::State::Ready);
    QCOMPARE(dialog.validation()->timeFormat, timeFormat);
    QVERIFY(child<QComboBox>(&dialog, u"timeFormatCombo"_s)->lineEdit()->placeholderText().contains(timeFormat));
    QVERIFY(child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());
}

void TestImportDialog::dryRunMatchesCli_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<qint64>("rejected");

    QTest::newRow("real export") << u"REAL"_s << u"purchase"_s << int(TextEncoding::Auto) << qint64(-1);
    QTest::newRow("bad rows") << u"eventstore/bad_rows.csv"_s << QString() << int(TextEncoding::Auto) << qint64(-1);
    QTest::newRow("German Excel") << u"eventstore/german_excel_cp1252.csv"_s << QString()
                                  << int(TextEncoding::Windows1252) << qint64(0);
    QTest::newRow("importer bad rows") << u"importer/bad_rows.csv"_s << QString() << int(TextEncoding::Auto)
                                       << qint64(-1);
}

void TestImportDialog::dryRunMatchesCli()
{
    QFETCH(QString, file);
    QFETCH(QString, eventName);
    QFETCH(int, encoding);
    QFETCH(qint64, rejected);
    if (file == u"REAL" && !QFile::exists(kRealFile))
        QSKIP("the real export is not in ../shared/data/real");

    const QString workspace = newWorkspace();
    const QByteArray before = fileBytes(workspace);
    ImportDialog dialog(fixture(file), workspace);
    dialog.show();
    if (!eventName.isEmpty())
        setConstantEvent(dialog, eventName);
    QVERIFY(waitChecked(dialog));
    QVERIFY2(dialog.validation().has_value(), qPrintable(dialog.setupPage()->checkPanel()->message()));

    const auto cli = Importer::validate(
        cliRequest(fixture(file), {eventName, {}, TextEncoding(encoding)}), {}, workspace);
    QVERIFY2(cli, qPrintable(cli ? QString() : cli.error()));
    compareCounts(*dialog.validation(), *cli);
    if (rejected >= 0)
        QCOMPARE(dialog.validation()->rejected, rejected);

    // Shown before anything is written, with the counts in the words.
    const QString status = child<QLabel>(&dialog, u"checkStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"<b>%1</b> rejected"_s.arg(ImportText::count(cli->rejected))), qPrintable(status));
    QCOMPARE(status.contains(u"href"_s), cli->rejected > 0);
    QCOMPARE(fileBytes(workspace), before);
}

void TestImportDialog::ambiguityBlocksImportUntilAnswered()
{
    const QString file = fixture(u"eventstore/ambiguous.csv"_s);
    ImportDialog dialog(file, newWorkspace());
    dialog.show();
    QVERIFY(waitChecked(dialog));
    auto *panel = dialog.setupPage()->checkPanel();
    auto *importButton = child<QPushButton>(&dialog, u"importButton"_s);
    QCOMPARE(panel->state(), ImportCheckPanel::State::NeedsTime);
    QVERIFY(child<QFrame>(&dialog, u"ambiguityBanner"_s)->isVisible());
    QVERIFY(!importButton->isEnabled());
    // A real example with both readings: 01/02/2024 is 2 January or 1 February.
    const QString question = child<QFrame>(&dialog, u"ambiguityBanner"_s)->findChild<QLabel *>()->text();
    QVERIFY2(question.contains(u"01/02/2024"_s) && question.contains(u"2 January"_s)
                 && question.contains(u"1 February"_s),
             qPrintable(question));
    // The answer sets the time format; Import waits for the dry run with it.
    QTest::mouseClick(child<QPushButton>(&dialog, u"dayFirstButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.request().timeFormat, u"d/M/yyyy"_s);
    QVERIFY(!importButton->isEnabled());
    QVERIFY(waitChecked(dialog));
    QCOMPARE(panel->state(), ImportCheckPanel::State::Ready);
    QVERIFY(!child<QFrame>(&dialog, u"ambiguityBanner"_s)->isVisible());
    QVERIFY(importButton->isEnabled());
    const auto cli = Importer::validate(cliRequest(file, {{}, u"d/M/yyyy"_s, TextEncoding::Auto}));
    QVERIFY(cli);
    compareCounts(*dialog.validation(), *cli);

    // Clearing the answer asks again.
    child<QComboBox>(&dialog, u"timeFormatCombo"_s)->setEditText(QString());
    QVERIFY(!importButton->isEnabled());
    QVERIFY(waitChecked(dialog));
    QCOMPARE(panel->state(), ImportCheckPanel::State::NeedsTime);
    QTest::mouseClick(child<QPushButton>(&dialog, u"monthFirstButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.request().timeFormat, u"M/d/yyyy"_s);
    QVERIFY(waitChecked(dialog));
    QVERIFY(importButton->isEnabled());
}

void TestImportDialog::importMatchesCli_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("timeFormat"); // the answer to an ambiguity
    QTest::addColumn<int>("encoding");

    QTest::newRow("real export") << u"REAL"_s << u"purchase"_s << QString() << int(TextEncoding::Auto);
    QTest::newRow("German Excel") << u"eventstore/german_excel_cp1252.csv"_s << QString() << QString()
                                  << int(TextEncoding::Windows1252);
    QTest::newRow("UTF-16") << u"eventstore/utf16le_bom.csv"_s << QString() << QString() << int(TextEncoding::Auto);
    QTest::newRow("epoch log") << u"eventstore/epoch_s.tsv"_s << QString() << QString() << int(TextEncoding::Auto);
    QTest::newRow("day first") << u"eventstore/day_first.csv"_s << QString() << QString() << int(TextEncoding::Auto);
    QTest::newRow("ambiguous, day first") << u"eventstore/ambiguous.csv"_s << QString() << u"d/M/yyyy"_s
                                          << int(TextEncoding::Auto);
    QTest::newRow("bad rows") << u"eventstore/bad_rows.csv"_s << QString() << QString() << int(TextEncoding::Auto);
}

void TestImportDialog::importMatchesCli()
{
    QFETCH(QString, file);
    QFETCH(QString, eventName);
    QFETCH(QString, timeFormat);
    QFETCH(int, encoding);
    if (file == u"REAL" && !QFile::exists(kRealFile))
        QSKIP("the real export is not in ../shared/data/real");

    const QString workspace = newWorkspace();
    ImportDialog dialog(fixture(file), workspace);
    dialog.show();
    if (!eventName.isEmpty())
        setConstantEvent(dialog, eventName);
    QVERIFY(waitChecked(dialog));
    if (!timeFormat.isEmpty()) {
        QCOMPARE(dialog.setupPage()->checkPanel()->state(), ImportCheckPanel::State::NeedsTime);
        QTest::mouseClick(child<QPushButton>(&dialog, u"dayFirstButton"_s), Qt::LeftButton);
        QVERIFY(waitChecked(dialog));
    }
    QVERIFY2(child<QPushButton>(&dialog, u"importButton"_s)->isEnabled(),
             qPrintable(dialog.setupPage()->checkPanel()->message()));
    const ImportSummary dryRun = *dialog.validation();

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, u"importButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isImporting() || finished.size() == 1);
    QVERIFY(finished.size() == 1 || finished.wait(30000));
    QCOMPARE(finished.front().front().toBool(), true);
    QVERIFY(dialog.dataChanged());
    const ImportSummary summary = *dialog.importSummary();
    QCOMPARE(summary.imported, dryRun.imported);
    QCOMPARE(summary.rejected, dryRun.rejected);
    QVERIFY(child<QLabel>(&dialog, u"summaryHeadline"_s)->isVisible());
    QVERIFY(child<QLabel>(&dialog, u"summaryHeadline"_s)->text().contains(ImportText::count(summary.imported)));
    QCOMPARE(child<QPushButton>(&dialog, u"summaryRejectedButton"_s)->isVisible(), summary.rejected > 0);

    // The same file through the command line's path, into its own workspace.
    const CliOptions options{eventName, timeFormat, TextEncoding(encoding)};
    const QString cliWorkspace = newWorkspace();
    const auto cli = Importer::run(cliWorkspace, cliRequest(fixture(file), options));
    QVERIFY2(cli, qPrintable(cli ? QString() : cli.error()));
    compareCounts(summary, *cli);
    QCOMPARE(summary.contentHash, cli->contentHash);

    // And the real `northstar import --json`, when the binary is built.
    const QString binary = QStringLiteral(NORTHSTAR_BINARY);
    if (!binary.isEmpty() && QFile::exists(binary)) {
        QProcess process;
        process.start(binary, cliArguments(m_dir.filePath(u"cli-%1.northstar"_s.arg(m_workspaces)),
                                           fixture(file), options));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"imported"_s).toInteger(), summary.imported);
        QCOMPARE(json.value(u"rejected"_s).toInteger(), summary.rejected);
        QCOMPARE(json.value(u"users"_s).toInteger(), summary.users);
        QCOMPARE(json.value(u"first"_s).toString(), isoUtc(*summary.firstMs));
        QCOMPARE(json.value(u"last"_s).toString(), isoUtc(*summary.lastMs));
    }
}

void TestImportDialog::duplicateSaysNothingToAdd()
{
    const QString file = fixture(u"eventstore/epoch_s.tsv"_s);
    const QString workspace = newWorkspace();
    QVERIFY(Importer::run(workspace, cliRequest(file, {})));
    const QByteArray before = fileBytes(workspace);

    ImportDialog dialog(file, workspace);
    dialog.show();
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.setupPage()->checkPanel()->state(), ImportCheckPanel::State::Nothing);
    QVERIFY(dialog.validation()->duplicate);
    const QString status = child<QLabel>(&dialog, u"checkStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"already imported"_s) && status.contains(u"nothing to add"_s), qPrintable(status));
    QVERIFY(!child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());

    // Another source is another story: the same rows are new there.
    child<QLineEdit>(&dialog, u"sourceEdit"_s)->setText(u"backfill"_s);
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.setupPage()->checkPanel()->state(), ImportCheckPanel::State::Ready);
    QCOMPARE(fileBytes(workspace), before);
}

void TestImportDialog::cancelLeavesWorkspaceIdentical()
{
    const QString workspace = newWorkspace();
    QVERIFY(Importer::run(workspace, cliRequest(fixture(u"eventstore/epoch_s.tsv"_s), {})));
    const QByteArray before = fileBytes(workspace);
    QVERIFY(!before.isEmpty());
    const QString large = writeLargeFile(m_dir, 400000);
    QVERIFY(!large.isEmpty());

    ImportDialog dialog(large, workspace);
    dialog.show();
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog.validation()->imported, 400000);
    auto *importButton = child<QPushButton>(&dialog, u"importButton"_s);
    QVERIFY(importButton->isEnabled());

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(dialog.isImporting());
    QVERIFY(child<QWidget>(&dialog, u"importProgressBar"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, u"cancelImportButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.front().front().toBool(), false);
    QVERIFY(!dialog.dataChanged());
    QVERIFY(!dialog.importSummary());
    QVERIFY(child<QLabel>(&dialog, u"importNotice"_s)->text().contains(u"cancelled"_s));
    QCOMPARE(fileBytes(workspace), before);
    QVERIFY(!QFile::exists(workspace + u"-journal"_s));
    // Back on the options, ready to try again.
    QVERIFY(importButton->isVisible());
    QVERIFY(importButton->isEnabled());
}

void TestImportDialog::rejectedRowsShownAndSaved()
{
    const QString file = fixture(u"eventstore/bad_rows.csv"_s);
    ImportDialog dialog(file, newWorkspace());
    dialog.show();
    QVERIFY(waitChecked(dialog));
    const ImportSummary dryRun = *dialog.validation();
    QVERIFY(dryRun.rejected > 0);

    // "(show)" opens the list: one row per rejected row.
    int listed = -1;
    QTimer::singleShot(0, this, [&listed] {
        auto *shown = qobject_cast<RejectedRowsDialog *>(QApplication::activeModalWidget());
        if (!shown)
            return;
        listed = shown->findChild<QTableView *>(u"rejectedRowsTable"_s)->model()->rowCount();
        shown->reject();
    });
    emit child<QLabel>(&dialog, u"checkStatusLabel"_s)->linkActivated(u"rejected"_s);
    QCOMPARE(listed, int(dryRun.rejected));

    RejectedRowsDialog rejected(dryRun);
    const QString saved = m_dir.filePath(u"rejected.csv"_s);
    QVERIFY(rejected.saveCsv(saved));
    const QByteArray csv = fileBytes(saved);
    QCOMPARE(csv, dryRun.rejectedRowsCsv());
    QVERIFY(csv.startsWith("line,column,column_name,reason,value,message\n"));
    QCOMPARE(csv.count('\n'), dryRun.rejected + 1);
    QVERIFY(!rejected.saveCsv(m_dir.filePath(u"missing/folder/rejected.csv"_s)));
}

void TestImportDialog::untitledWorkspaceCannotImport()
{
    const QString file = fixture(u"eventstore/epoch_s.tsv"_s);
    QCOMPARE(ImportDialog::run(nullptr, file, QString()), ImportDialog::Outcome::NeedsSavedWorkspace);

    ImportDialog dialog(file, QString());
    dialog.show();
    QVERIFY(waitChecked(dialog));
    // The file is still previewed and checked, but nothing can be written anywhere.
    QCOMPARE(dialog.setupPage()->checkPanel()->state(), ImportCheckPanel::State::Ready);
    QVERIFY(!child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(&dialog, u"importNotice"_s)->text().contains(u"save the workspace"_s));
    dialog.startImport();
    QVERIFY(!dialog.isImporting());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
