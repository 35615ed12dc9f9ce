// `northstar templates`: the bundled tree templates, one per line (key, name, description),
// so a script or a person can pick one for `northstar new --template`.

#include "cli/cli.h"
#include "workshop/templates.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar::Cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Cli)
};

// QCommandLineParser names the program in its usage line; name the subcommand too.
} // namespace

int runTemplates(const QStringList &arguments)
{
    const QString command = u"templates"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("List the bundled North Star tree templates: key, name and description, one per line. "
           "Use a key with 'northstar new WORKSPACE --template KEY'."));
    if (const auto done = parseArguments(parser, command, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return error(command, Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
                     Usage);

    const QList<Templates::Info> templates = Templates::list();
    qsizetype keyWidth = 0;
    qsizetype nameWidth = 0;
    for (const Templates::Info &t : templates) {
        keyWidth = std::max(keyWidth, t.key.size());
        nameWidth = std::max(nameWidth, t.name.size());
    }
    for (const Templates::Info &t : templates) {
        out() << t.key.leftJustified(keyWidth) << "  " << t.name.leftJustified(nameWidth) << "  "
              << t.description << '\n';
    }
    out().flush();
    return Success;
}

} // namespace NorthStar::Cli
