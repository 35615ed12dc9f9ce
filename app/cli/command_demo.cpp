// `northstar demo [WORKSPACE]`: writes the bundled demo workspace (the Lingo tree with a year
// of usage data) to WORKSPACE, or to the per-user demo location, and prints its path.

#include "cli/cli.h"

#include "demo/demoworkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

} // namespace

int runDemo(const QStringList &arguments)
{
    const QString command = u"demo"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write the demo workspace (a language-learning app's North Star tree with a year of usage "
           "data) and print its path. An existing file is never overwritten."));
    parser.addPositionalArgument(u"workspace"_s, Text::tr("Where to write it (default: the per-user demo location)."),
                                 u"[WORKSPACE]"_s);
    if (const auto done = parseArguments(parser, command, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return error(command, Text::tr("Unexpected argument \"%1\": give at most one WORKSPACE file.").arg(positional.at(1)),
                     Usage);
    if (positional.isEmpty()) {
        // The per-user demo: made when missing or made by an older demo (kept beside it).
        const auto path = DemoWorkspace::ensure();
        if (!path)
            return error(command, path.error());
        out() << QFileInfo(*path).absoluteFilePath() << Qt::endl;
        return Success;
    }
    const QString path = positional.constFirst();
    if (QFileInfo::exists(path))
        return error(command, Text::tr("%1 already exists; choose another name or delete it first.").arg(path));
    if (auto r = DemoWorkspace::create(path); !r)
        return error(command, r.error());
    out() << QFileInfo(path).absoluteFilePath() << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
