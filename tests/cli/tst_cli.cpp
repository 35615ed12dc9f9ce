// The command line as scripts use it: the real `northstar` binary in a temporary directory,
// checking exit codes (0 ok, 1 unusable file, 2 wrong arguments, never a crash), what goes to
// stdout and stderr, and the files it writes.

#include "analysis/analysisrequest.h"
#include "analysis/workspacemetrics.h"
#include "model/fragmentjson.h"
#include "render/treenumbers.h"
#include "storage/workspacefile.h"
#include "workshop/templates.h"
#include "workshop/treefile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

struct Run final
{
    int exitCode = -1;
    QString out;
    QString err;
    bool crashed = true;
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The tree file of a template's tree with every field the weekly review added: targets, a
// guardrail bound, impacts, annotations and review notes, as `tree export` writes it.
QByteArray reviewTreeFile()
{
    WorkspaceData data = Templates::load(u"spotify"_s).value();
    Tree &tree = data.trees.first();
    tree.guardrailBound = GuardrailBound{GuardrailBound::Side::AtMost, 0.04};
    Metric &northStar = data.metrics[data.northStarOf(tree.id)->metricId];
    northStar.target = Target{2600, QDate(2026, 12, 31), 400, QDate(2026, 1, 5)};
    for (Node &n : data.nodes) {
        if (n.kind == NodeKind::Work)
            n.impact = ExpectedImpact{0.1, true};
    }
    const Annotation annotation{data.allocateId(), QDate(2026, 3, 3), u"Pricing change"_s, northStar.id};
    data.annotations.insert(annotation.id, annotation);
    const ReviewNote week{data.allocateId(), tree.id, 0, QDate(2026, 3, 2), ReviewGrain::Week, u"A good week"_s};
    const ReviewNote month{data.allocateId(), tree.id, northStar.id, QDate(2026, 3, 1), ReviewGrain::Month, u"Up"_s};
    data.reviewNotes.insert(week.id, week);
    data.reviewNotes.insert(month.id, month);
    return TreeFile::serialize(data, tree.id);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topLevelHelpAndVersion();
    void subcommandHelp_data();
    void subcommandHelp();
    void usageLineNamesTheCommand_data();
    void usageLineNamesTheCommand();
    void wrongArguments_data();
    void wrongArguments();
    void newBlankWorkspace();
    void newFromTemplate_data();
    void newFromTemplate();
    void newRefusesToOverwrite();
    void newUnknownTemplate();
    void newInMissingDirectory();
    void templatesListsOnePerLine();
    void lintPrintsOneFindingPerLine();
    void lintCleanTemplateHasNoFindings();
    void lintSeveralTrees();
    void lintUnknownTree();
    void exportImages_data();
    void exportImages();
    void exportUnknownTree();
    void exportBadSuffix();
    void exportCarriesTheCardNumbers();
    void exportRefusesToOverwriteTheWorkspace();
    void exportRefusesAPipe();
    void outputThatCannotBeWrittenFails();
    void fullDiskLeavesNoHalfWrittenWorkspace_data();
    void fullDiskLeavesNoHalfWrittenWorkspace();
    void failedExportKeepsTheOldImage_data();
    void failedExportKeepsTheOldImage();
    void badFiles_data();
    void badFiles();
    void demoHistoryNamesTheDemo();
    void treeExportImportRoundTrip();
    void treeFileKeepsTheReviewFields();
    void treeExportToAFile();
    void treeExportKeepsTheOldFileOnAFullDisk();
    void treeExportRefusesToOverwriteTheWorkspace();
    void treeExportUnknownTree();
    void treeImportReplaces();
    void treeImportSaysWhenACatalogMetricDiffers();
    void treeImportRefusesANameClash();
    void malformedTreeFile_data();
    void malformedTreeFile();

private:
    Run run(const QStringList &arguments, const QString &language = {}) const;
    // Runs northstar with a file size limit of `kib` KiB: writes past it fail as on a full disk.
    Run runWithFileSizeLimit(int kib, const QStringList &arguments) const;
    Run runLimited(int fileSizeKib, const QStringList &arguments, const QString &language) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString makeWorkspace(const QString &name, const QString &templateKey = {}) const;

    QTemporaryDir m_dir;
};

Run TestCli::run(const QStringList &arguments, const QString &language) const
{
    return runLimited(0, arguments, language);
}

Run TestCli::runWithFileSizeLimit(int kib, const QStringList &arguments) const
{
    return runLimited(kib, arguments, {});
}

Run TestCli::runLimited(int fileSizeKib, const QStringList &arguments, const QString &language) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (!language.isEmpty())
        env.insert(u"LANGUAGE"_s, language);
    // Keep the program's settings and caches out of the real home directory.
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u".config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u".local/share"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u".cache"_s));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    if (fileSizeKib > 0) {
        // A full disk: writes past the limit fail with EFBIG (SIGXFSZ, which would kill
        // the process instead, is ignored).
        process.start(u"bash"_s, QStringList{u"-c"_s, u"trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\""_s.arg(fileSizeKib),
                                             QStringLiteral(NORTHSTAR_BINARY)}
                                     + arguments);
    } else {
        process.start(QStringLiteral(NORTHSTAR_BINARY), arguments);
    }
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Runs `northstar new` and returns the file's path (empty on failure, after QVERIFY fails).
QString TestCli::makeWorkspace(const QString &name, const QString &templateKey) const
{
    QStringList args{u"new"_s, path(name)};
    if (!templateKey.isEmpty())
        args << u"--template"_s << templateKey;
    const Run r = run(args);
    if (r.crashed || r.exitCode != 0) {
        qWarning("northstar new failed (%d): %s", r.exitCode, qPrintable(r.err));
        return {};
    }
    return path(name);
}

#define CHECK_RAN(r)                                                                   \
    do {                                                                               \
        QVERIFY2(!(r).crashed, "northstar crashed or hung");                           \
        QVERIFY2((r).exitCode >= 0 && (r).exitCode < 128, qPrintable((r).err));        \
    } while (false)

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(NORTHSTAR_BINARY)), NORTHSTAR_BINARY);
    QVERIFY(m_dir.isValid());
}

void TestCli::topLevelHelpAndVersion()
{
    const Run help = run({u"--help"_s});
    CHECK_RAN(help);
    QCOMPARE(help.exitCode, 0);
    for (const QString &command : {u"new"_s, u"templates"_s, u"lint"_s, u"export"_s})
        QVERIFY2(help.out.contains(QRegularExpression(u"^  "_s + command + u"\\s"_s,
                                                      QRegularExpression::MultilineOption)),
                 qPrintable(help.out));
    const Run version = run({u"--version"_s});
    CHECK_RAN(version);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QRegularExpression(u"\\d+\\.\\d+\\.\\d+"_s)), qPrintable(version.out));
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("new") << u"new"_s << QStringList{u"--template"_s, u"WORKSPACE"_s};
    QTest::newRow("templates") << u"templates"_s << QStringList{u"--help"_s};
    QTest::newRow("lint") << u"lint"_s << QStringList{u"--tree"_s, u"WORKSPACE"_s};
    QTest::newRow("export") << u"export"_s << QStringList{u"--image"_s, u"--tree"_s, u"WORKSPACE"_s};
    QTest::newRow("tree") << u"tree"_s << QStringList{u"export"_s, u"import"_s};
    QTest::newRow("tree export") << u"tree export"_s << QStringList{u"--tree"_s, u"--out"_s, u"WORKSPACE"_s};
    QTest::newRow("tree import") << u"tree import"_s << QStringList{u"--replace"_s, u"--name"_s, u"WORKSPACE"_s, u"FILE.json"_s};
    QTest::newRow("new takes tree files") << u"new"_s << QStringList{u"FILE.json"_s};
}

void TestCli::subcommandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    const Run r = run(command.split(u' ') + QStringList{u"--help"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"northstar "_s + command), qPrintable(r.out));
    for (const QString &m : mentions)
        QVERIFY2(r.out.contains(m), qPrintable(r.out));
}

void TestCli::usageLineNamesTheCommand_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    for (const char *command : {"new", "templates", "lint", "export", "import", "preview", "info", "metrics", "demo",
                                "tree", "tree export", "tree import"}) {
        const QString name = QString::fromLatin1(command);
        QTest::addRow("en %s", command) << u"en"_s << name << u"Usage: northstar "_s + name;
        QTest::addRow("de %s", command) << u"de"_s << name << u"Aufruf: northstar "_s + name;
    }
}

// The first line of every subcommand's help is the usage line, with the command's name and
// never the executable's path, in every language.
void TestCli::usageLineNamesTheCommand()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    QFETCH(QString, usage);
    const Run r = run(command.split(u' ') + QStringList{u"--help"_s}, language);
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 0);
    const QString firstLine = r.out.section(u'\n', 0, 0);
    QVERIFY2(firstLine.startsWith(usage + u' '), qPrintable(firstLine));
    QVERIFY2(!firstLine.contains(QStringLiteral(NORTHSTAR_BINARY)), qPrintable(firstLine));
}

void TestCli::wrongArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    QTest::newRow("top-level unknown flag") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("new without file") << QStringList{u"new"_s} << u"WORKSPACE"_s;
    QTest::newRow("new two files") << QStringList{u"new"_s, u"a.northstar"_s, u"b.northstar"_s} << u"b.northstar"_s;
    QTest::newRow("new unknown flag") << QStringList{u"new"_s, u"--bogus"_s, u"a.northstar"_s} << u"bogus"_s;
    QTest::newRow("new template without value") << QStringList{u"new"_s, u"a.northstar"_s, u"--template"_s} << u"template"_s;
    QTest::newRow("templates extra argument") << QStringList{u"templates"_s, u"airbnb"_s} << u"airbnb"_s;
    QTest::newRow("lint without file") << QStringList{u"lint"_s} << u"WORKSPACE"_s;
    QTest::newRow("lint unknown flag") << QStringList{u"lint"_s, u"x.northstar"_s, u"--strict"_s} << u"strict"_s;
    QTest::newRow("export without image") << QStringList{u"export"_s, u"x.northstar"_s} << u"--image"_s;
    QTest::newRow("export without file") << QStringList{u"export"_s, u"--image"_s, u"a.png"_s} << u"WORKSPACE"_s;
    QTest::newRow("tree without command") << QStringList{u"tree"_s} << u"export or import"_s;
    QTest::newRow("tree unknown command") << QStringList{u"tree"_s, u"show"_s} << u"show"_s;
    QTest::newRow("tree unknown flag") << QStringList{u"tree"_s, u"--all"_s} << u"all"_s;
    QTest::newRow("tree export without file") << QStringList{u"tree"_s, u"export"_s} << u"WORKSPACE"_s;
    QTest::newRow("tree export unknown flag") << QStringList{u"tree"_s, u"export"_s, u"x.northstar"_s, u"--json"_s} << u"json"_s;
    QTest::newRow("tree export out without value") << QStringList{u"tree"_s, u"export"_s, u"x.northstar"_s, u"--out"_s} << u"out"_s;
    QTest::newRow("tree import without files") << QStringList{u"tree"_s, u"import"_s} << u"WORKSPACE"_s;
    QTest::newRow("tree import without tree file") << QStringList{u"tree"_s, u"import"_s, u"a.northstar"_s} << u"FILE.json"_s;
    QTest::newRow("tree import three files")
        << QStringList{u"tree"_s, u"import"_s, u"a.northstar"_s, u"t.json"_s, u"u.json"_s} << u"u.json"_s;
    QTest::newRow("tree import empty name")
        << QStringList{u"tree"_s, u"import"_s, u"a.northstar"_s, u"t.json"_s, u"--name"_s, u" "_s} << u"--name"_s;
    QTest::newRow("tree import unknown flag")
        << QStringList{u"tree"_s, u"import"_s, u"a.northstar"_s, u"t.json"_s, u"--merge"_s} << u"merge"_s;
}

void TestCli::wrongArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    const Run r = run(arguments);
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--help"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"a.northstar"_s)));
}

void TestCli::newBlankWorkspace()
{
    const Run r = run({u"new"_s, path(u"blank.northstar"_s)});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"blank.northstar"_s), qPrintable(r.out));
    const auto data = WorkspaceFile::read(path(u"blank.northstar"_s));
    QVERIFY2(data, qPrintable(data.ok() ? QString() : data.error()));
    QCOMPARE(data->trees.size(), 1);
    QCOMPARE(data->trees.first().name, u"blank"_s);
    QVERIFY(data->northStarOf(data->trees.firstKey()));
    QCOMPARE(data->nodes.size(), 1);
}

void TestCli::newFromTemplate_data()
{
    QTest::addColumn<QString>("key");
    for (const QString &key : Templates::keys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestCli::newFromTemplate()
{
    QFETCH(QString, key);
    const QString file = path(key + u"-new.northstar"_s);
    const Run r = run({u"new"_s, u"--template"_s, key, file});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 0);
    const auto written = WorkspaceFile::read(file);
    QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error()));
    const auto expected = Templates::load(key);
    QVERIFY(expected);
    QCOMPARE(written->nodes, expected->nodes);
    QCOMPARE(written->edges, expected->edges);
    QCOMPARE(written->metrics, expected->metrics);
    QCOMPARE(written->candidates, expected->candidates);
    QCOMPARE(written->trees.first().name, expected->trees.first().name);
}

void TestCli::newRefusesToOverwrite()
{
    const QString file = path(u"precious.northstar"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const Run r = run({u"new"_s, file, u"--template"_s, u"slack"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file) && r.err.contains(u"already exists"_s), qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestCli::newUnknownTemplate()
{
    const QString file = path(u"myspace.northstar"_s);
    const Run r = run({u"new"_s, file, u"--template"_s, u"myspace"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"myspace"_s), qPrintable(r.err));
    for (const QString &key : Templates::keys())
        QVERIFY2(r.err.contains(key), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
}

void TestCli::newInMissingDirectory()
{
    const QString file = path(u"no/such/dir/x.northstar"_s);
    const Run r = run({u"new"_s, file});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"x.northstar"_s), qPrintable(r.err));
}

void TestCli::templatesListsOnePerLine()
{
    const Run r = run({u"templates"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    const QList<Templates::Info> infos = Templates::list();
    QCOMPARE(lines.size(), infos.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).startsWith(infos.at(i).key + u' '), qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).contains(infos.at(i).name), qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).endsWith(infos.at(i).description), qPrintable(lines.at(i)));
    }
}

void TestCli::lintPrintsOneFindingPerLine()
{
    const QString file = makeWorkspace(u"lint-blank.northstar"_s);
    QVERIFY(!file.isEmpty());
    const Run r = run({u"lint"_s, file});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 0);  // findings are advice, not failure
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);  // no definition, no guardrail, no inputs
    const QRegularExpression format(u"^(error|warning|info): North Star Metric: .+$"_s);
    for (const QString &line : lines)
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
}

void TestCli::lintCleanTemplateHasNoFindings()
{
    const QString file = makeWorkspace(u"lint-airbnb.northstar"_s, u"airbnb"_s);
    QVERIFY(!file.isEmpty());
    const Run r = run({u"lint"_s, file, u"--tree"_s, u"airbnb"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestCli::lintSeveralTrees()
{
    // Two trees in one file: a clean template and a blank tree, moved to fresh ids.
    auto data = Templates::load(u"spotify"_s);
    QVERIFY(data);
    WorkspaceData workspace = *data;
    const WorkspaceData blank = Templates::emptyWorkspace(u"Podcasts"_s);
    const Id offset = workspace.nextId;
    for (Tree t : blank.trees) {
        t.id += offset;
        t.order = 1;
        workspace.trees.insert(t.id, t);
    }
    for (Metric m : blank.metrics) {
        m.id += offset;
        m.name = u"Podcast hours"_s;
        workspace.metrics.insert(m.id, m);
    }
    for (Node n : blank.nodes) {
        n.id += offset;
        n.treeId += offset;
        n.metricId += offset;
        workspace.nodes.insert(n.id, n);
    }
    const QString file = path(u"two-trees.northstar"_s);
    const auto written = WorkspaceFile::write(file, workspace);
    QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error()));

    const Run all = run({u"lint"_s, file});
    CHECK_RAN(all);
    QCOMPARE(all.exitCode, 0);
    // Spotify is clean; the blank tree lacks a definition, a guardrail and inputs. With
    // several trees each line names its tree.
    QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString &line : std::as_const(lines))
        QVERIFY2(line.startsWith(u"Podcasts: warning: Podcast hours: "_s), qPrintable(line));

    const Run one = run({u"lint"_s, file, u"--tree"_s, u"podcasts"_s});
    CHECK_RAN(one);
    QCOMPARE(one.exitCode, 0);
    lines = one.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString &line : std::as_const(lines))
        QVERIFY2(line.startsWith(u"warning: Podcast hours: "_s), qPrintable(line));
}

void TestCli::lintUnknownTree()
{
    const QString file = makeWorkspace(u"lint-tree.northstar"_s, u"slack"_s);
    QVERIFY(!file.isEmpty());
    const Run r = run({u"lint"_s, file, u"--tree"_s, u"Nope"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Nope"_s) && r.err.contains(u"\"Slack\""_s), qPrintable(r.err));
}

void TestCli::exportImages_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << u"png"_s;
    QTest::newRow("svg") << u"svg"_s;
    QTest::newRow("pdf") << u"pdf"_s;
    QTest::newRow("PNG upper case") << u"PNG"_s;
}

void TestCli::exportImages()
{
    QFETCH(QString, suffix);
    const QString file = makeWorkspace(u"export-"_s + suffix + u".northstar"_s, u"amplitude"_s);
    QVERIFY(!file.isEmpty());
    const QString image = path(u"tree."_s + suffix);
    const Run r = run({u"export"_s, file, u"--image"_s, image});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 0);
    QFile f(image);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString lower = suffix.toLower();
    if (lower == u"png"_s) {
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage loaded = QImage::fromData(bytes, "PNG");
        QVERIFY(!loaded.isNull());
        QVERIFY(loaded.width() > 200 && loaded.height() > 100);
    } else if (lower == u"svg"_s) {
        QXmlStreamReader xml(bytes);
        bool sawSvg = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"svg"_s)
                sawSvg = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(bytes.contains("Weekly learning users"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
}

void TestCli::exportUnknownTree()
{
    const QString file = makeWorkspace(u"export-tree.northstar"_s, u"transaction"_s);
    QVERIFY(!file.isEmpty());
    const Run r = run({u"export"_s, file, u"--image"_s, path(u"x.png"_s), u"--tree"_s, u"Nope"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Nope"_s) && r.err.contains(u"\"Transaction game\""_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"x.png"_s)));
}

void TestCli::exportBadSuffix()
{
    const QString file = makeWorkspace(u"export-gif.northstar"_s, u"attention"_s);
    QVERIFY(!file.isEmpty());
    for (const QString &image : {u"tree.gif"_s, u"tree"_s}) {
        const Run r = run({u"export"_s, file, u"--image"_s, path(image)});
        CHECK_RAN(r);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u".png"_s) && r.err.contains(u".pdf"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(image)));
    }
}

// The command line's slide shows the numbers the window's canvas shows: the latest complete
// period of every metric card, computed from the workspace's data and settings.
void TestCli::exportCarriesTheCardNumbers()
{
    const QString workspace = path(u"numbers-demo.northstar"_s);
    const Run demo = run({u"demo"_s, workspace});
    CHECK_RAN(demo);
    QCOMPARE(demo.exitCode, 0);
    const QString image = path(u"numbers.svg"_s);
    const Run r = run({u"export"_s, workspace, u"--image"_s, image});
    CHECK_RAN(r);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const auto data = WorkspaceFile::read(workspace);
    QVERIFY2(data.ok(), qPrintable(data ? QString() : data.error()));
    const Tree tree = data->treesInOrder().constFirst();
    const auto request = AnalysisRequest::fromSettings(*data);
    QVERIFY2(request.ok(), qPrintable(request ? QString() : request.error()));
    const NodeNumbers expected = computeTreeNumbers(WorkspaceMetrics(workspace, *data), tree.id, *request);
    QFile f(image);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    int values = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it->state != CardNumbers::State::Value)
            continue;
        ++values;
        QVERIFY2(svg.contains(u'>' + it->value.toHtmlEscaped() + u'<'),
                 qPrintable(u"the slide lacks the value %1 of node %2"_s.arg(it->value).arg(it.key())));
    }
    // The demo computes every metric of its tree: the North Star and its inputs.
    QVERIFY2(values >= 4, qPrintable(u"only %1 cards with a value"_s.arg(values)));
}

void TestCli::exportRefusesToOverwriteTheWorkspace()
{
    // A workspace may be called anything, also workspace.png.
    const QString file = makeWorkspace(u"workspace.png"_s, u"slack"_s);
    QVERIFY(!file.isEmpty());
    const QByteArray before = [&] { QFile f(file); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
    const Run r = run({u"export"_s, file, u"--image"_s, file});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"overwrite the workspace"_s), qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

// Opening a FIFO for writing waits for a reader forever: refused at once instead.
void TestCli::exportRefusesAPipe()
{
    const QString file = makeWorkspace(u"export-fifo.northstar"_s, u"slack"_s);
    QVERIFY(!file.isEmpty());
    const QString fifo = path(u"pipe.svg"_s);
    QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
    const Run r = run({u"export"_s, file, u"--image"_s, fifo});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
}

// `northstar templates > /dev/full`: the listing is lost, so the exit code must say so.
void TestCli::outputThatCannotBeWrittenFails()
{
    QProcess process;
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(NORTHSTAR_BINARY), {u"templates"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(process.readAllStandardError()).contains(u"cannot write the output"_s), "no message");
}

void TestCli::fullDiskLeavesNoHalfWrittenWorkspace_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("kib");
    QTest::newRow("new") << QStringList{u"new"_s, u"--template"_s, u"airbnb"_s} << 8;
    QTest::newRow("demo") << QStringList{u"demo"_s} << 256;
}

// A full disk in the middle of `new` or `demo`: a message with the reason, nothing left under
// the name or beside it, and the same command then works.
void TestCli::fullDiskLeavesNoHalfWrittenWorkspace()
{
    QFETCH(QStringList, command);
    QFETCH(int, kib);
    QDir dir(path(u"full-"_s + command.first()));
    QVERIFY(dir.mkpath(u"."_s));
    const QString workspace = dir.filePath(u"w.northstar"_s);
    QStringList arguments{command.first(), workspace};
    arguments += command.mid(1);
    const Run full = runWithFileSizeLimit(kib, arguments);
    CHECK_RAN(full);
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(u"full"_s) || full.err.contains(u"too large"_s), qPrintable(full.err));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList());

    const Run again = run(arguments);
    CHECK_RAN(again);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(WorkspaceFile::validate(workspace).ok());
}

void TestCli::failedExportKeepsTheOldImage_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("templateKey"); // empty: a blank tree
    QTest::newRow("png") << u"png"_s << u"amplitude"_s;
    QTest::newRow("svg") << u"svg"_s << u"amplitude"_s;
    QTest::newRow("pdf") << u"pdf"_s << u"amplitude"_s;
    // Smaller than the file's write buffer: the short write shows only when flushing.
    QTest::newRow("small svg") << u"svg"_s << QString();
}

// A full disk (here: a file size limit of 4 KiB) makes the export fail with a message; the
// image that was there stays as it was and no temporary file is left beside it.
void TestCli::failedExportKeepsTheOldImage()
{
    QFETCH(QString, suffix);
    QFETCH(QString, templateKey);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString file = makeWorkspace(u"export-full-"_s + name + u".northstar"_s, templateKey);
    QVERIFY(!file.isEmpty());
    QDir dir(path(u"full-"_s + name));
    QVERIFY(dir.mkpath(u"."_s));
    const QString image = dir.filePath(u"tree."_s + suffix);
    {
        QFile old(image);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old image");
    }
    const Run r = runWithFileSizeLimit(4, {u"export"_s, file, u"--image"_s, image});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Cannot write"_s), qPrintable(r.err));
    QFile old(image);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old image"));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList{u"tree."_s + suffix});
}

void TestCli::badFiles_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind");
    for (const QString &command : {u"lint"_s, u"export"_s}) {
        for (const QString &kind : {u"text"_s, u"empty"_s, u"truncated"_s, u"random"_s, u"missing"_s,
                                    u"directory"_s}) {
            QTest::addRow("%s %s", qPrintable(command), qPrintable(kind)) << command << kind;
        }
    }
}

void TestCli::badFiles()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    const QString name = u"bad-%1-%2.northstar"_s.arg(command, kind);
    const QString file = path(name);
    if (kind == u"directory"_s) {
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    } else if (kind != u"missing"_s) {
        QByteArray bytes;
        if (kind == u"text"_s) {
            bytes = "id,name\n1,not a workspace\n";
        } else if (kind == u"truncated"_s) {
            const QString whole = makeWorkspace(u"whole-"_s + name, u"airbnb"_s);
            QVERIFY(!whole.isEmpty());
            QFile f(whole);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
            bytes.truncate(bytes.size() / 2);
        } else if (kind == u"random"_s) {
            QRandomGenerator random(20240601);
            for (int i = 0; i < 8192; ++i)
                bytes.append(static_cast<char>(random.bounded(256)));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QStringList args{command, file};
    if (command == u"export"_s)
        args << u"--image"_s << path(u"bad.png"_s);
    const Run r = run(args);
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(name), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY(!QFile::exists(path(u"bad.png"_s)));
}

// The demo's events come from a CSV in a temporary folder that is gone afterwards: the
// import history names the demo data, not that path.
void TestCli::demoHistoryNamesTheDemo()
{
    const QString workspace = path(u"demo.northstar"_s);
    const Run demo = run({u"demo"_s, workspace});
    CHECK_RAN(demo);
    QCOMPARE(demo.exitCode, 0);
    const Run info = run({u"info"_s, workspace, u"--json"_s});
    CHECK_RAN(info);
    QCOMPARE(info.exitCode, 0);
    const QJsonArray imports = QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"imports"_s).toArray();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.at(0).toObject().value(u"file"_s).toString(), u"demo events"_s);
    QCOMPARE(imports.at(0).toObject().value(u"source"_s).toString(), u"app-events"_s);
    const Run text = run({u"info"_s, workspace});
    CHECK_RAN(text);
    QVERIFY2(text.out.contains(u" demo events -> app-events: "_s), qPrintable(text.out));
    QVERIFY2(!text.out.contains(u".csv"_s), qPrintable(text.out));
}

// Export, import into another workspace, export again: the same file.
void TestCli::treeExportImportRoundTrip()
{
    const QString source = makeWorkspace(u"round-source.northstar"_s, u"airbnb"_s);
    QVERIFY(!source.isEmpty());
    const Run exported = run({u"tree"_s, u"export"_s, source});
    CHECK_RAN(exported);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
    const QByteArray file = exported.out.toUtf8();
    QVERIFY(fragmentFromJson(QJsonDocument::fromJson(file).object()).ok());
    QVERIFY(writeFile(path(u"round.json"_s), file));

    const QString target = makeWorkspace(u"round-target.northstar"_s);
    QVERIFY(!target.isEmpty());
    const Run imported = run({u"tree"_s, u"import"_s, target, path(u"round.json"_s)});
    CHECK_RAN(imported);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"\"Airbnb\""_s), qPrintable(imported.out));
    const auto data = WorkspaceFile::read(target);
    QVERIFY(data.ok());
    QCOMPARE(data->trees.size(), 2);
    const Run again = run({u"tree"_s, u"export"_s, target, u"--tree"_s, u"Airbnb"_s});
    CHECK_RAN(again);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.toUtf8(), file);

    // `new --template FILE.json` starts a workspace from it.
    const QString fresh = path(u"round-new.northstar"_s);
    const Run created = run({u"new"_s, fresh, u"--template"_s, path(u"round.json"_s)});
    CHECK_RAN(created);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.out.contains(u"\"Airbnb\""_s), qPrintable(created.out));
    const Run third = run({u"tree"_s, u"export"_s, fresh});
    CHECK_RAN(third);
    QCOMPARE(third.out.toUtf8(), file);
    const auto started = WorkspaceFile::read(fresh);
    QVERIFY(started.ok());
    QCOMPARE(started->candidates.size(), Templates::load(u"airbnb"_s)->candidates.size());
}

// Targets, the guardrail bound, impacts, annotations and review notes survive a tree file
// through a workspace. (Needs the workspace file to store them: storage, issue #9.)
void TestCli::treeFileKeepsTheReviewFields()
{
    const QByteArray file = reviewTreeFile();
    QVERIFY(file.contains("\"guardrailBound\"") && file.contains("\"reviewNotes\"") && file.contains("\"+10%\""));
    QVERIFY(writeFile(path(u"review.json"_s), file));
    const QString workspace = path(u"review.northstar"_s);
    const Run created = run({u"new"_s, workspace, u"--template"_s, path(u"review.json"_s)});
    CHECK_RAN(created);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Run exported = run({u"tree"_s, u"export"_s, workspace});
    CHECK_RAN(exported);
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out.toUtf8(), file);
}

void TestCli::treeExportToAFile()
{
    const QString workspace = makeWorkspace(u"out.northstar"_s, u"slack"_s);
    QVERIFY(!workspace.isEmpty());
    const QString out = path(u"slack.json"_s);
    QVERIFY(writeFile(out, "an older export"));
    const Run r = run({u"tree"_s, u"export"_s, workspace, u"--out"_s, out, u"--tree"_s, u"slack"_s});
    CHECK_RAN(r);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(out), qPrintable(r.out));
    const Run toStdout = run({u"tree"_s, u"export"_s, workspace});
    QCOMPARE(contents(out), toStdout.out.toUtf8());
    QVERIFY(contents(out).endsWith('\n'));
}

// Written beside its name and renamed into place: a full disk keeps the old file, and no
// temporary file stays behind.
void TestCli::treeExportKeepsTheOldFileOnAFullDisk()
{
    const QString workspace = makeWorkspace(u"out-full.northstar"_s, u"airbnb"_s);
    QVERIFY(!workspace.isEmpty());
    QDir dir(path(u"full-tree"_s));
    QVERIFY(dir.mkpath(u"."_s));
    const QString out = dir.filePath(u"airbnb.json"_s);
    QVERIFY(writeFile(out, "the old file"));
    const Run r = runWithFileSizeLimit(4, {u"tree"_s, u"export"_s, workspace, u"--out"_s, out});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Cannot write"_s), qPrintable(r.err));
    QCOMPARE(contents(out), QByteArray("the old file"));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList{u"airbnb.json"_s});
}

void TestCli::treeExportRefusesToOverwriteTheWorkspace()
{
    const QString workspace = makeWorkspace(u"self.json"_s, u"slack"_s);
    QVERIFY(!workspace.isEmpty());
    const QByteArray before = contents(workspace);
    const Run r = run({u"tree"_s, u"export"_s, workspace, u"--out"_s, workspace});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"overwrite the workspace"_s), qPrintable(r.err));
    QCOMPARE(contents(workspace), before);
}

void TestCli::treeExportUnknownTree()
{
    const QString workspace = makeWorkspace(u"unknown-tree.northstar"_s, u"transaction"_s);
    QVERIFY(!workspace.isEmpty());
    const Run r = run({u"tree"_s, u"export"_s, workspace, u"--tree"_s, u"Nope"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Nope"_s) && r.err.contains(u"\"Transaction game\""_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

// The file's tree takes the place of the tree NAME: its name and position stay, its content
// is the file's, and the other trees are untouched.
void TestCli::treeImportReplaces()
{
    const QString workspace = makeWorkspace(u"replace.northstar"_s, u"attention"_s);
    QVERIFY(!workspace.isEmpty());
    QVERIFY(writeFile(path(u"slack-tree.json"_s), [&] {
        const QString slack = makeWorkspace(u"replace-slack.northstar"_s, u"slack"_s);
        return run({u"tree"_s, u"export"_s, slack}).out.toUtf8();
    }()));
    const Run added = run({u"tree"_s, u"import"_s, workspace, path(u"slack-tree.json"_s)});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const auto before = WorkspaceFile::read(workspace);
    QVERIFY(before.ok());
    QCOMPARE(before->treesInOrder().constFirst().name, u"Attention game"_s);

    QJsonObject edited = QJsonDocument::fromJson(contents(path(u"slack-tree.json"_s))).object();
    QJsonArray nodes = edited.value(u"nodes"_s).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject n = nodes.at(i).toObject();
        if (n.value(u"kind"_s).toString() == u"work"_s) {
            n.insert(u"title"_s, u"Reworked item"_s);
            nodes.replace(i, n);
            break;
        }
    }
    edited.insert(u"nodes"_s, nodes);
    QVERIFY(writeFile(path(u"attention-edited.json"_s), QJsonDocument(edited).toJson()));
    const Run r = run({u"tree"_s, u"import"_s, workspace, path(u"attention-edited.json"_s), u"--replace"_s,
                       u"attention game"_s});
    CHECK_RAN(r);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Replaced"_s), qPrintable(r.out));
    const auto after = WorkspaceFile::read(workspace);
    QVERIFY(after.ok());
    const QList<Tree> trees = after->treesInOrder();
    QCOMPARE(trees.size(), 2);
    QCOMPARE(trees.at(0).name, u"Attention game"_s);
    QCOMPARE(trees.at(1).name, u"Slack"_s);
    QCOMPARE(after->nodesOfTree(trees.at(0).id).size(), nodes.size());
    bool reworked = false;
    for (const Node &n : after->nodesOfTree(trees.at(0).id))
        reworked = reworked || n.title == u"Reworked item"_s;
    QVERIFY(reworked);
    QCOMPARE(after->nodesOfTree(trees.at(1).id).size(), before->nodesOfTree(before->treesInOrder().at(1).id).size());
    // The attention template's own metrics no tree shows any more stay only if defined.
    QCOMPARE(run({u"tree"_s, u"export"_s, workspace, u"--tree"_s, u"Slack"_s}).out.toUtf8(),
             contents(path(u"slack-tree.json"_s)));
}

void TestCli::treeImportSaysWhenACatalogMetricDiffers()
{
    const QString workspace = makeWorkspace(u"differs.northstar"_s, u"airbnb"_s);
    QVERIFY(!workspace.isEmpty());
    const auto before = WorkspaceFile::read(workspace);
    QVERIFY(before.ok());
    QJsonObject file = QJsonDocument::fromJson(run({u"tree"_s, u"export"_s, workspace}).out.toUtf8()).object();
    QJsonArray metrics = file.value(u"metrics"_s).toArray();
    QJsonObject changed = metrics.at(0).toObject();
    const QString name = changed.value(u"name"_s).toString();
    changed.insert(u"definition"_s, u"Counted differently"_s);
    metrics.replace(0, changed);
    file.insert(u"metrics"_s, metrics);
    QVERIFY(writeFile(path(u"differs.json"_s), QJsonDocument(file).toJson()));

    const Run r = run({u"tree"_s, u"import"_s, workspace, path(u"differs.json"_s), u"--name"_s, u"Copy"_s});
    CHECK_RAN(r);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"\""_s + name + u"\""_s) && r.err.contains(u"Counted differently"_s), qPrintable(r.err));
    // Only that metric differs; every one is shared, none added.
    QCOMPARE(r.err.count(u"warning"_s), 1);
    const auto after = WorkspaceFile::read(workspace);
    QVERIFY(after.ok());
    QCOMPARE(after->metrics.size(), before->metrics.size());
    QCOMPARE(after->metricNamed(name)->definition, before->metricNamed(name)->definition);
    QCOMPARE(after->trees.size(), 2);
    QVERIFY(after->treeNamed(u"Copy"_s));
}

void TestCli::treeImportRefusesANameClash()
{
    const QString workspace = makeWorkspace(u"clash.northstar"_s, u"spotify"_s);
    QVERIFY(!workspace.isEmpty());
    QVERIFY(writeFile(path(u"clash.json"_s), run({u"tree"_s, u"export"_s, workspace}).out.toUtf8()));
    const QByteArray before = contents(workspace);
    const Run r = run({u"tree"_s, u"import"_s, workspace, path(u"clash.json"_s)});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"\"Spotify\""_s) && r.err.contains(u"--replace"_s), qPrintable(r.err));
    QCOMPARE(contents(workspace), before);
}

void TestCli::malformedTreeFile_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    const QJsonObject valid = QJsonDocument::fromJson(reviewTreeFile()).object();
    auto withMetric = [&](const QString &key, const QJsonValue &value) {
        QJsonArray metrics = valid.value(u"metrics"_s).toArray();
        QJsonObject m = metrics.at(2).toObject();
        m.insert(key, value);
        metrics.replace(2, m);
        QJsonObject o = valid;
        o.insert(u"metrics"_s, metrics);
        return QJsonDocument(o).toJson();
    };
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = valid;
        o.insert(key, value);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("target date") << withMetric(u"target"_s, QJsonObject{{u"value"_s, 1}, {u"date"_s, u"31.12.2026"_s}})
                                 << u"$.metrics[2].target.date: expected a date YYYY-MM-DD, found \"31.12.2026\""_s;
    QTest::newRow("metric without id") << withMetric(u"id"_s, QJsonValue()) << u"$.metrics[2].id: expected an id"_s;
    QTest::newRow("annotation on a missing metric")
        << with(u"annotations"_s, QJsonArray{QJsonObject{{u"date"_s, u"2026-01-01"_s}, {u"text"_s, u"x"_s}, {u"metric"_s, 999}}})
        << u"$.annotations[0].metric: expected the id of a metric in $.metrics, found 999"_s;
    QTest::newRow("newer version") << with(u"version"_s, 99) << u"$.version: this file has format version 99"_s;
    QTest::newRow("not a tree file") << QByteArray(R"({"nodes": []})") << u"$.format: expected"_s;
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"northstar-fragment\",\n  oops") << u"line 2, column 4: this is not valid JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"$: expected an object, found an array"_s;
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
}

// A file that cannot be read: the message names the file and the JSON path, exit 1, and
// neither the workspace (byte for byte) nor a `new` one is touched.
void TestCli::malformedTreeFile()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    const QString workspace = makeWorkspace(u"malformed-%1.northstar"_s.arg(QString::fromLatin1(QTest::currentDataTag())), u"slack"_s);
    QVERIFY(!workspace.isEmpty());
    const QString tree = path(u"malformed.json"_s);
    QVERIFY(writeFile(tree, file));
    const QByteArray before = contents(workspace);
    const Run r = run({u"tree"_s, u"import"_s, workspace, tree, u"--name"_s, u"Imported"_s});
    CHECK_RAN(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"malformed.json: "_s) && r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(contents(workspace), before);
    const QStringList leftBeside = QDir(m_dir.path()).entryList({QFileInfo(workspace).fileName() + u"*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftBeside, QStringList{QFileInfo(workspace).fileName()});

    const QString fresh = path(u"malformed-new.northstar"_s);
    const Run created = run({u"new"_s, fresh, u"--template"_s, tree});
    CHECK_RAN(created);
    QCOMPARE(created.exitCode, 1);
    QVERIFY2(created.err.contains(message), qPrintable(created.err));
    QVERIFY(!QFile::exists(fresh));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
