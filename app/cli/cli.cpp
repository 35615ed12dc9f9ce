#include "cli/cli.h"

#include "model/workspacedata.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {"new", QT_TRANSLATE_NOOP("NorthStar::Cli", "Create a workspace file, blank or from a template"), &runNew},
        {"templates", QT_TRANSLATE_NOOP("NorthStar::Cli", "List the bundled North Star tree templates"), &runTemplates},
        {"lint", QT_TRANSLATE_NOOP("NorthStar::Cli", "Check a workspace's trees against the workshop rules"), &runLint},
        {"export", QT_TRANSLATE_NOOP("NorthStar::Cli", "Export a tree as a PNG, SVG or PDF image"), &runExport, true},
        {"import", QT_TRANSLATE_NOOP("NorthStar::Cli", "Import a usage CSV into a workspace"), &runImport},
        {"preview", QT_TRANSLATE_NOOP("NorthStar::Cli", "Show how a CSV file will be read before importing it"), &runPreview},
        {"info", QT_TRANSLATE_NOOP("NorthStar::Cli", "Show a workspace's imported data and import history"), &runInfo},
        {"metrics", QT_TRANSLATE_NOOP("NorthStar::Cli", "Print a metric of the imported data per period as CSV"), &runMetrics},
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
    const qsizetype start = help.indexOf(u"Usage: "_s);
    const qsizetype end = help.indexOf(u" [options]"_s);
    if (start >= 0 && end > start)
        help.replace(start + 7, end - start - 7, QString(u"northstar "_s + subcommand).trimmed());
    if (!help.endsWith(u'\n'))
        help.append(u'\n');
    return help;
}

QString treeNames(const WorkspaceData &data)
{
    QStringList names;
    for (const Tree &t : data.treesInOrder())
        names.append(u'"' + t.name + u'"');
    return names.join(u", "_s);
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
