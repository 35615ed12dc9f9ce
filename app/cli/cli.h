#pragma once

// The headless half of `northstar`: one function per subcommand. Each takes its own
// arguments (without the program name and subcommand), prints to stdout/stderr and returns
// the exit code: 0 on success, 1 for an unusable file or failed operation, 2 for wrong
// arguments (always below 128, so shells never mistake it for a signal).

#include "common/result.h"
#include "model/workspacedata.h"
#include "review/review.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

#include <memory>

namespace NorthStar {
class WorkspaceMetrics;
struct ReviewOptions;
}

namespace NorthStar::Cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct Command final
{
    const char *name;
    const char *summary;  // one line for `northstar --help`; translated at print time
    int (*run)(const QStringList &arguments);
    // Draws images (fonts, a paint device): needs a QGuiApplication. The others start a
    // plain QCoreApplication, which is noticeably faster for scripts run in a loop.
    bool paints = false;
};

// All subcommands, in the order `--help` lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

QTextStream &out();
QTextStream &err();

// A subcommand's --help text with "northstar SUBCOMMAND" as the program in its usage line
// (in every language; Qt names the executable's path there).
QString helpText(const QCommandLineParser &parser, const QString &subcommand);

// The start every subcommand shares. Adds --help, parses `arguments` and answers --help.
// Returns the exit code when the command is already done (Success after printing the
// help, Usage after printing what is wrong with a flag), std::nullopt when it goes on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &subcommand,
                                  const QStringList &arguments);
// Rolls back what an interrupted import or save left half-written in the workspace at
// `path` (when there is such a file) and says so on stderr. Failure (printed) when it
// cannot, else std::nullopt.
std::optional<int> recoverWorkspace(const QString &subcommand, const QString &path);

// The same as parseArguments for a command on one WORKSPACE, its only positional argument,
// which it sets (recovered first, see recoverWorkspace). `missing` says what the workspace
// is for when none is given.
std::optional<int> parseWorkspaceArguments(QCommandLineParser &parser, const QString &subcommand,
                                           const QStringList &arguments, const QString &missing,
                                           QString &workspace);

// The workspace's tree names, quoted and comma-separated, for "unknown tree" messages.
QString treeNames(const WorkspaceData &data);
// The tree called `name`, or a message naming the workspace at `path` and its trees.
Result<Tree> treeNamed(const WorkspaceData &data, const QString &path, const QString &name);

// The version of `tree` called `name` (case-insensitive), or a message naming the tree's
// versions (for Usage: a wrong name on the command line).
Result<TreeVersion> versionNamed(const WorkspaceData &data, const Tree &tree, const QString &name);

// Whether `a` and `b` name the same file (also through links, when both exist): an output
// that would overwrite the workspace it is made from.
bool sameFile(const QString &a, const QString &b);

// The tree a command works on: the one its --tree `option` names, else the first. Prints the
// error and returns its exit code (Usage for an unknown name, Failure with `noTrees` for a
// workspace without trees) when there is none.
std::optional<int> chooseTree(const QString &subcommand, const WorkspaceData &data, const QString &path,
                              const QCommandLineParser &parser, const QCommandLineOption &option,
                              const QString &noTrees, Tree &tree);

// Reads the workspace at `path` and chooses its tree (as chooseTree). Prints the error and
// returns its exit code when either fails.
std::optional<int> readTree(const QString &subcommand, const QString &path, const QCommandLineParser &parser,
                            const QCommandLineOption &option, const QString &noTrees, WorkspaceData &data,
                            Tree &tree);

// What `review` and `report` review: the workspace, its tree, the review.
struct ReviewedWorkspace final
{
    WorkspaceData data;
    Tree tree;
    std::shared_ptr<const WorkspaceMetrics> metrics;
    Review review;
};

// The flags `review` and `report` share (reviewflags.cpp): --tree, --period, --grain.
struct ReviewFlags final
{
    ReviewFlags();
    QCommandLineOption tree;
    QCommandLineOption period;
    QCommandLineOption grain;

    QList<QCommandLineOption> all() const { return {tree, period, grain}; }
    // --grain and --period into `options` (the tree is chosen once the workspace is read).
    // Prints what is wrong and returns Usage for a wrong value, else std::nullopt.
    std::optional<int> read(const QString &subcommand, const QCommandLineParser &parser, ReviewOptions &options) const;
    // read(), then the workspace at `path`, the tree of --tree and the review. Prints what
    // went wrong and returns its exit code, else std::nullopt with `reviewed` filled.
    std::optional<int> review(const QString &subcommand, const QCommandLineParser &parser, const QString &path,
                              ReviewedWorkspace &reviewed) const;
};

// The locale numbers are written in: the system's, but the C locale as US English (a person
// reads "1,522" more easily than "1522").
QLocale readingLocale();

// --page-size a4|letter for `report` and `minutes` (printflags.cpp): the size it names, else
// the paper of the system's country. Prints what is wrong and returns Usage for another value.
QCommandLineOption pageSizeOption();
std::optional<int> readPageSize(const QString &subcommand, const QCommandLineParser &parser,
                                const QCommandLineOption &option, QPageSize::PageSizeId &size);
// The date printed on a report or minutes: SOURCE_DATE_EPOCH's when set (reproducible files),
// else now. Usage (printed) for a SOURCE_DATE_EPOCH that is not a number.
std::optional<int> readGenerationTime(const QString &subcommand, QDateTime &time);

// Flushes standard output after a command; when it could not be written (a full disk, a
// closed pipe) says so on stderr and turns success into Failure, so scripts notice.
int finishOutput(int code);

// Prints "northstar SUBCOMMAND: message" plus a hint to stderr; returns `code`.
int error(const QString &subcommand, const QString &message, int code = Failure);

// One per subcommand, each in its own command_<name>.cpp, listed in cli.cpp's table.
int runNew(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runPreview(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runTemplates(const QStringList &arguments);
int runLint(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runTree(const QStringList &arguments);  // `tree export` and `tree import`:
int runTreeExport(const QStringList &arguments);  // command_tree.cpp
int runTreeImport(const QStringList &arguments);  // command_tree_import.cpp
int runMetrics(const QStringList &arguments);
int runReview(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runVersions(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runMinutes(const QStringList &arguments);
int runWarehouseSql(const QStringList &arguments);
int runPull(const QStringList &arguments);

} // namespace NorthStar::Cli
