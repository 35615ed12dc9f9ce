// `northstar minutes WORKSPACE --out FILE.pdf|FILE.md [--tree NAME] [--workshop NAME]
// [--page-size a4|letter]`: the record of a workshop (docs/minutes.md), for the PM who sends
// it round after the session. Without --workshop, the tree's latest; without --tree, the
// first tree that has the workshop (or any workshop).
//
// Exit codes: 2 for wrong flags (a missing --out, an unknown suffix, page size, tree or
// workshop), 1 for minutes that cannot be made or written (no workshops at all, an unreadable
// workspace, a path that cannot be written). Nothing is left half-written.

#include "cli/cli.h"

#include "minutes/minutes.h"
#include "storage/workspacefile.h"

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

QString quoted(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << u'"' + n + u'"';
    return q.join(u", "_s);
}

// "Kick-off" (Growth), "Follow-up" (Retention): every workshop of the workspace.
QString allWorkshops(const WorkspaceData &data)
{
    QStringList names;
    for (const Tree &t : data.treesInOrder()) {
        for (const Workshop &w : data.workshopsOfTree(t.id))
            names << Text::tr("\"%1\" (tree \"%2\")").arg(w.name, t.name);
    }
    return names.join(u", "_s);
}

const Workshop *workshopNamed(const WorkspaceData &data, Id treeId, const QString &name)
{
    const QList<Workshop> workshops = data.workshopsOfTree(treeId);
    // The latest of that name: a team that reuses "Kick-off" means the last one.
    for (auto it = workshops.crbegin(); it != workshops.crend(); ++it) {
        if (it->name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &data.workshops.find(it->id).value();
    }
    return nullptr;
}

// The workshop the flags name. Prints the error and returns its exit code when there is none.
std::optional<int> chooseWorkshop(const QString &command, const WorkspaceData &data, const QString &path,
                                  const QCommandLineParser &parser, const QCommandLineOption &treeOption,
                                  const QCommandLineOption &workshopOption, Id &workshopId)
{
    const QString noneYet = Text::tr("Minutes are the record of a workshop: start one on the tree in the "
                                     "window first.");
    const bool named = parser.isSet(workshopOption);
    const QString name = parser.value(workshopOption);
    if (parser.isSet(treeOption)) {
        const auto tree = treeNamed(data, path, parser.value(treeOption));
        if (!tree)
            return error(command, tree.error(), Usage);
        const QList<Workshop> workshops = data.workshopsOfTree(tree->id);
        if (workshops.isEmpty()) {
            const QString others = allWorkshops(data);
            return error(command, others.isEmpty()
                                      ? Text::tr("The tree \"%1\" has no workshops. %2").arg(tree->name, noneYet)
                                      : Text::tr("The tree \"%1\" has no workshops. Workshops: %2.").arg(tree->name, others),
                         named ? Usage : Failure);
        }
        if (!named) {
            workshopId = workshops.constLast().id;
            return std::nullopt;
        }
        if (const Workshop *w = workshopNamed(data, tree->id, name)) {
            workshopId = w->id;
            return std::nullopt;
        }
        QStringList names;
        for (const Workshop &w : workshops)
            names << w.name;
        return error(command, Text::tr("The tree \"%1\" has no workshop \"%2\". Workshops: %3.")
                                  .arg(tree->name, name, quoted(names)), Usage);
    }
    const QString everything = allWorkshops(data);
    if (everything.isEmpty())
        return error(command, Text::tr("%1 has no workshops yet. %2").arg(path, noneYet));
    for (const Tree &t : data.treesInOrder()) {
        const QList<Workshop> workshops = data.workshopsOfTree(t.id);
        if (workshops.isEmpty())
            continue;
        if (!named) {
            workshopId = workshops.constLast().id;
            return std::nullopt;
        }
        if (const Workshop *w = workshopNamed(data, t.id, name)) {
            workshopId = w->id;
            return std::nullopt;
        }
    }
    return error(command, Text::tr("%1 has no workshop \"%2\". Workshops: %3.").arg(path, name, everything), Usage);
}

} // namespace

int runMinutes(const QStringList &arguments)
{
    const QString command = u"minutes"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write the minutes of a workshop: the agenda as it ran (planned and actual times), each step's "
                 "decisions, the candidates with their checklist answers and votes, the chosen North Star, the tree, "
                 "the votes on inputs and work, and the parking lot. A PDF to send round or Markdown for a wiki, "
                 "chosen by the --out file's suffix."));
    parser.addPositionalArgument(u"workspace"_s, Text::tr("The workspace file."), u"WORKSPACE"_s);
    const QCommandLineOption treeOption(u"tree"_s, Text::tr("The tree NAME (default: the first tree with a workshop)."),
                                        u"NAME"_s);
    const QCommandLineOption workshopOption(u"workshop"_s,
                                            Text::tr("The workshop NAME (default: the tree's latest workshop)."),
                                            u"NAME"_s);
    const QCommandLineOption pageOption = pageSizeOption();
    const QCommandLineOption outOption(u"out"_s, Text::tr("The minutes to write: FILE.pdf or FILE.md."), u"FILE"_s);
    parser.addOptions({treeOption, workshopOption, pageOption, outOption});
    QString path;
    if (const auto done = parseWorkspaceArguments(parser, command, arguments, Text::tr("Missing the WORKSPACE file."), path))
        return *done;

    if (!parser.isSet(outOption))
        return error(command, Text::tr("Missing --out FILE: the minutes to write (.pdf or .md)."), Usage);
    const QString outPath = parser.value(outOption);
    if (!Minutes::suffixes().contains(QFileInfo(outPath).suffix().toLower())) {
        return error(command, Text::tr("Cannot write minutes to \"%1\": the file name must end in .pdf or .md.")
                                  .arg(outPath), Usage);
    }
    if (sameFile(outPath, path)) {
        return error(command, Text::tr("The minutes \"%1\" would overwrite the workspace they are made from; choose "
                                       "another file name.").arg(outPath), Usage);
    }
    Minutes::Options options;
    options.locale = readingLocale();
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    if (const auto done = readPageSize(command, parser, pageOption, pageSize))
        return *done;
    options.pageSize = pageSize;
    if (const auto done = readGenerationTime(command, options.generated))
        return *done;

    auto read = WorkspaceFile::read(path);
    if (!read)
        return error(command, read.error());
    const WorkspaceData &data = *read;
    Id workshopId = 0;
    if (const auto done = chooseWorkshop(command, data, path, parser, treeOption, workshopOption, workshopId))
        return *done;
    const auto content = Minutes::build(data, workshopId);
    if (!content)
        return error(command, content.error());
    if (const auto written = Minutes::write(*content, outPath, options); !written)
        return error(command, written.error());
    out() << Text::tr("Wrote the minutes of \"%1\" (tree \"%2\") to %3.").arg(content->workshop, content->tree, outPath)
          << Qt::endl;
    return Success;
}

} // namespace NorthStar::Cli
