// The import dialog before anything is written: what it detects and maps on real files,
// the dry run's counts (the same as EventImport::validate with the command line's options), the
// ambiguity it refuses to guess, and an untitled workspace it cannot write to.

#include "importuitest.h"

#include "eventstore/eventimport.h"
#include "import/importcheckpanel.h"
#include "import/importdialog.h"
#include "import/importsetuppage.h"
#include "import/importtext.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace ImportUiTest;

class TestImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void importableFiles_data();
    void importableFiles();
    void detectedAndMapped_data();
    void detectedAndMapped();
    void dryRunMatchesCli_data();
    void dryRunMatchesCli();
    void ambiguityBlocksImportUntilAnswered();
    void untitledWorkspaceCannotImport();
    void rollupIsRecognisedByItsColumns();

private:
    Workspaces m_workspaces;
};

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
                                  << u"d.M.yyyy H:mm"_s << 5;
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
    if (file == u"REAL" && !QFile::exists(realFile()))
        QSKIP("the real export is not in ../shared/data/real");

    ImportDialog dialog(fixture(file), m_workspaces.create());
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
    QTest::newRow("csv bad rows") << u"csv/bad_rows.csv"_s << QString() << int(TextEncoding::Auto)
                                       << qint64(-1);
}

void TestImportDialog::dryRunMatchesCli()
{
    QFETCH(QString, file);
    QFETCH(QString, eventName);
    QFETCH(int, encoding);
    QFETCH(qint64, rejected);
    if (file == u"REAL" && !QFile::exists(realFile()))
        QSKIP("the real export is not in ../shared/data/real");

    const QString workspace = m_workspaces.create();
    const QByteArray before = fileBytes(workspace);
    ImportDialog dialog(fixture(file), workspace);
    dialog.show();
    if (!eventName.isEmpty())
        setConstantEvent(dialog, eventName);
    QVERIFY(waitChecked(dialog));
    QVERIFY2(dialog.validation().has_value(), qPrintable(dialog.setupPage()->checkPanel()->message()));

    const auto cli = EventImport::validate(
        cliRequest(fixture(file), {eventName, {}, TextEncoding(encoding)}), {}, workspace);
    QVERIFY2(cli, qPrintable(cli ? QString() : cli.error()));
    compareCounts(*dialog.validation(), *cli);
    if (QTest::currentTestFailed())
        return;
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
    ImportDialog dialog(file, m_workspaces.create());
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
    const auto cli = EventImport::validate(cliRequest(file, {{}, u"d/M/yyyy"_s, TextEncoding::Auto}));
    QVERIFY(cli);
    compareCounts(*dialog.validation(), *cli);
    if (QTest::currentTestFailed())
        return;

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

// A daily rollup from a warehouse (issue #12) is told by its columns: the dialog says so,
// imports it as a rollup into a source of its own, and its timezone is the dates' zone.
void TestImportDialog::rollupIsRecognisedByItsColumns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"rollup.csv"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("user_id,date,event,events,value_sum,plan\n"
              "u1,2024-03-01,view,3,0,pro\n"
              "u2,2024-03-01,buy,2,19.5,free\n"
              "u1,2024-03-02,view,1,0,pro\n"
              "u3,2024-13-02,view,1,0,\n");
    out.close();
    const QString workspace = m_workspaces.create();
    const QByteArray before = fileBytes(workspace);
    ImportDialog dialog(file, workspace);
    dialog.show();
    QVERIFY(waitChecked(dialog));
    QVERIFY2(dialog.validation().has_value(), qPrintable(dialog.setupPage()->checkPanel()->message()));
    QVERIFY(dialog.validation()->rollup);
    QCOMPARE(dialog.validation()->imported, 3);
    QCOMPARE(dialog.validation()->events, 6);
    QCOMPARE(dialog.validation()->rejected, 1);
    QCOMPARE(child<QLineEdit>(&dialog, u"sourceEdit"_s)->text(), u"warehouse"_s);
    QVERIFY(!child<QComboBox>(&dialog, u"timeFormatCombo"_s)->isEnabled());
    QVERIFY(child<QLabel>(&dialog, u"previewNote"_s)->text().contains(u"daily rollup"_s));
    const QString status = child<QLabel>(&dialog, u"checkStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"<b>3</b> rollup rows (6 events) will be imported"_s), qPrintable(status));
    QCOMPARE(fileBytes(workspace), before);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
