// The import dialog writing: the import runs in the background and ends with the same
// numbers as `northstar import`, identical content is refused, Cancel leaves the workspace
// byte-identical, and the rejected rows are listed and saved as CSV.

#include "importuitest.h"

#include "eventstore/eventimport.h"
#include "import/importcheckpanel.h"
#include "import/importdialog.h"
#include "import/importsetuppage.h"
#include "import/importtext.h"
#include "import/rejectedrowsdialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace ImportUiTest;

class TestImportRun final : public QObject
{
    Q_OBJECT

private slots:
    void importMatchesCli_data();
    void importMatchesCli();
    void duplicateSaysNothingToAdd();
    void cancelLeavesWorkspaceIdentical();
    void rejectedRowsShownAndSaved();

private:
    Workspaces m_workspaces;
};

void TestImportRun::importMatchesCli_data()
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

void TestImportRun::importMatchesCli()
{
    QFETCH(QString, file);
    QFETCH(QString, eventName);
    QFETCH(QString, timeFormat);
    QFETCH(int, encoding);
    if (file == u"REAL" && !QFile::exists(realFile()))
        QSKIP("the real export is not in ../shared/data/real");

    const QString workspace = m_workspaces.create();
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
    const QString cliWorkspace = m_workspaces.create();
    const auto cli = EventImport::run(cliWorkspace, cliRequest(fixture(file), options));
    QVERIFY2(cli, qPrintable(cli ? QString() : cli.error()));
    compareCounts(summary, *cli);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(summary.contentHash, cli->contentHash);

    // And the real `northstar import --json`, when the binary is built.
    const QString binary = QStringLiteral(NORTHSTAR_BINARY);
    if (!binary.isEmpty() && QFile::exists(binary)) {
        QProcess process;
        process.start(binary, cliArguments(m_workspaces.path(u"cli-%1.northstar"_s.arg(QString::fromUtf8(QTest::currentDataTag()))),
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

void TestImportRun::duplicateSaysNothingToAdd()
{
    const QString file = fixture(u"eventstore/epoch_s.tsv"_s);
    const QString workspace = m_workspaces.create();
    QVERIFY(EventImport::run(workspace, cliRequest(file, {})));
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

void TestImportRun::cancelLeavesWorkspaceIdentical()
{
    const QString workspace = m_workspaces.create();
    QVERIFY(EventImport::run(workspace, cliRequest(fixture(u"eventstore/epoch_s.tsv"_s), {})));
    const QByteArray before = fileBytes(workspace);
    QVERIFY(!before.isEmpty());
    const QString large = writeLargeFile(m_workspaces.path(u"large.csv"_s), 400000);
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

void TestImportRun::rejectedRowsShownAndSaved()
{
    const QString file = fixture(u"eventstore/bad_rows.csv"_s);
    ImportDialog dialog(file, m_workspaces.create());
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
    const QString saved = m_workspaces.path(u"rejected.csv"_s);
    QVERIFY(rejected.saveCsv(saved));
    const QByteArray csv = fileBytes(saved);
    QCOMPARE(csv, dryRun.rejectedRowsCsv());
    QVERIFY(csv.startsWith("line,column,column_name,reason,value,message\n"));
    QCOMPARE(csv.count('\n'), dryRun.rejected + 1);
    QVERIFY(!rejected.saveCsv(m_workspaces.path(u"missing/folder/rejected.csv"_s)));
}

QTEST_MAIN(TestImportRun)
#include "tst_importrun.moc"
