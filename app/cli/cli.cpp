#include "cli/cli.h"

#include "model/workspacedata.h"
#include "storage/workspacefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {"new", QT_TRANSLATE_NOOP("NorthStar::Cli", "Create a workspace file, blank or from a template"), &runNew},
        {"templates", QT_TRANSLATE_NOOP("NorthStar::Cli", "List the bundled North Star tree templates"), &runTemplates},
        {"lint", QT_TRANSLATE_NOOP("NorthStar::Cli", "Check a workspace's trees against the workshop rules"), &runLint},
        {"export", QT_TRANSLATE_NOOP("NorthStar::Cli", "Export a tree as a PNG, SVG or PDF image"), &runExport, true},
        {"tree", QT_TRANSLATE_NOOP("NorthStar::Cli", "Export a tree as a JSON tree file, or import one"), &runTree},
        {"versions", QT_TRANSLATE_NOOP("NorthStar::Cli", "List a tree's saved versions, or save the tree as one"), &runVersions},
        {"diff", QT_TRANSLATE_NOOP("NorthStar::Cli", "Print the changes between two versions of a tree"), &runDiff},
        {"import", QT_TRANSLATE_NOOP("NorthStar::Cli", "Import a usage CSV into a workspace"), &runImport},
        {"preview", QT_TRANSLATE_NOOP("NorthStar::Cli", "Show how a CSV file will be read before importing it"), &runPreview},
        {"info", QT_TRANSLATE_NOOP("NorthStar::Cli", "Show a workspace's imported data and import history"), &runInfo},
        {"metrics", QT_TRANSLATE_NOOP("NorthStar::Cli", "Print a metric of the imported data per period as CSV"), &runMetrics},
        {"review", QT_TRANSLATE_NOOP("NorthStar::Cli", "Review a tree for a period: targets, why it moved, work verdicts"), &runReview},
        {"report", QT_TRANSLATE_NOOP("NorthStar::Cli", "Write the review as a PDF, HTML or Markdown report"), &runReport, true},
        {"minutes", QT_TRANSLATE_NOOP("NorthStar::Cli", "Write a workshop's minutes as a PDF or Markdown"), &runMinutes, true},
        {"warehouse-sql", QT_TRANSLATE_NOOP("NorthStar::Cli", "Print the SQL that builds the daily rollup in your warehouse"), &runWarehouseSql},
        {"pull", QT_TRANSLATE_NOOP("NorthStar::Cli", "Pull the daily rollup from PostgreSQL or ClickHouse into a workspace"), &runPull},
        {"demo", QT_TRANSLATE_NOOP("NorthStar::Cli", "Write the demo workspace with a year of usage data"), &runDemo},
    };
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString helpText(const QCommandLineParser &parser, const QString &subcommand)
{
    QString help = parser.helpText();
    // The first line is Qt's translated "Usage: %1" with the program as it was started.
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = help.indexOf(u'\n');
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        help.replace(at, program.size(), QString(u"northstar "_s + subcommand).trimmed());
    if (!help.endsWith(u'\n'))
        help.append(u'\n');
    return help;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &subcommand,
                                  const QStringList &arguments)
{
    parser.addHelpOption();
    // The first element stands for the program; QCommandLineParser skips it.
    if (!parser.parse(QStringList{u"northstar"_s} + arguments))
        return error(subcommand, parser.errorText(), Usage);
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        out() << helpText(parser, subcommand) << Qt::flush;
        return Success;
    }
    return std::nullopt;
}

std::optional<int> parseWorkspaceArguments(QCommandLineParser &parser, const QString &subcommand,
                                           const QStringList &arguments, const QString &missing,
                                           QString &workspace)
{
    if (const auto done = parseArguments(parser, subcommand, arguments))
        return done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return error(subcommand, missing, Usage);
    if (positional.size() > 1) {
        return error(subcommand,
                     QCoreApplication::translate("NorthStar::Cli", "Unexpected argument \"%1\": give one WORKSPACE file.")
                         .arg(positional.at(1)),
                     Usage);
    }
    workspace = positional.constFirst();
    return recoverWorkspace(subcommand, workspace);
}

std::optional<int> recoverWorkspace(const QString &subcommand, const QString &path)
{
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    const auto recovered = WorkspaceFile::recoverInterruptedWrite(path);
    if (!recovered)
        return error(subcommand, recovered.error());
    if (*recovered) {
        err() << "northstar " << subcommand << ": "
              << QCoreApplication::translate("NorthStar::Cli", "%1 was left half-written by an interrupted import or "
                                                               "save; it was restored to how it was before it.")
                     .arg(path)
              << Qt::endl;
    }
    return std::nullopt;
}

QString treeNames(const WorkspaceData &data)
{
    QStringList names;
    for (const Tree &t : data.treesInOrder())
        names.append(u'"' + t.name + u'"');
    return names.join(u", "_s);
}

Result<Tree> treeNamed(const WorkspaceData &data, const QString &path, const QString &name)
{
    if (const Tree *tree = data.treeNamed(name))
        return *tree;
    return fail(QCoreApplication::translate("NorthStar::Cli", "%1 has no tree \"%2\". Trees: %3.")
                    .arg(path, name, treeNames(data)));
}

Result<TreeVersion> versionNamed(const WorkspaceData &data, const Tree &tree, const QString &name)
{
    if (const TreeVersion *version = data.versionNamed(tree.id, name))
        return *version;
    QStringList names;
    for (const TreeVersion &v : data.versionsOfTree(tree.id))
        names.append(u'"' + v.name + u'"');
    if (names.isEmpty()) {
        return fail(QCoreApplication::translate("NorthStar::Cli", "The tree \"%1\" has no version \"%2\"; it has no "
                                                                  "saved versions yet (save one with 'northstar versions "
                                                                  "--save NAME').")
                        .arg(tree.name, name));
    }
    return fail(QCoreApplication::translate("NorthStar::Cli", "The tree \"%1\" has no version \"%2\". Versions: %3.")
                    .arg(tree.name, name, names.join(u", "_s)));
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a);
    const QFileInfo y(b);
    return x.absoluteFilePath() == y.absoluteFilePath()
           || (x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath());
}

std::optional<int> chooseTree(const QString &subcommand, const WorkspaceData &data, const QString &path,
                              const QCommandLineParser &parser, const QCommandLineOption &option,
                              const QString &noTrees, Tree &tree)
{
    const QList<Tree> trees = data.treesInOrder();
    if (trees.isEmpty())
        return error(subcommand, noTrees);
    if (!parser.isSet(option)) {
        tree = trees.constFirst();
        return std::nullopt;
    }
    const auto named = treeNamed(data, path, parser.value(option));
    if (!named)
        return error(subcommand, named.error(), Usage);
    tree = *named;
    return std::nullopt;
}

std::optional<int> readTree(const QString &subcommand, const QString &path, const QCommandLineParser &parser,
                            const QCommandLineOption &option, const QString &noTrees, WorkspaceData &data,
                            Tree &tree)
{
    auto read = WorkspaceFile::read(path);
    if (!read)
        return error(subcommand, read.error());
    data = std::move(*read);
    return chooseTree(subcommand, data, path, parser, option, noTrees, tree);
}

int finishOutput(int code)
{
    out().flush();
    const bool written = out().status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (written)
        return code;
    err() << QCoreApplication::translate("NorthStar::Cli",
                                         "northstar: cannot write the output (standard output): %1")
                 .arg(QString::fromLocal8Bit(std::strerror(errno)))
          << Qt::endl;
    return code == Success ? Failure : code;
}

int error(const QString &subcommand, const QString &message, int code)
{
    out().flush();
    err() << "northstar " << subcommand << ": " << message << Qt::endl;
    if (code == Usage)
        err() << QCoreApplication::translate("NorthStar::Cli", "Run 'northstar %1 --help' for usage.")
                     .arg(subcommand)
              << Qt::endl;
    return code;
}

} // namespace NorthStar::Cli
