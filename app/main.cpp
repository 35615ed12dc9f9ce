// `northstar`: with a subcommand it works headless (no display needed) for scripts and
// weekly automation; otherwise it opens the window.

#include "cli/cli.h"
#include "mainwindow/application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace {

bool isHeadlessInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (NorthStar::Cli::findCommand(first))
        return true;
    if (first == u"--demo")
        return false;
    // Options at the top level (--help, --version, a wrong flag) are answered on the terminal.
    if (first.startsWith(u'-'))
        return true;
    // A word that is neither a command nor a file is a mistyped command, not a workspace.
    return !first.contains(u'.') && !first.contains(u'/') && !QFileInfo::exists(first);
}

int runHeadless()
{
    using namespace NorthStar;
    const QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (const Cli::Command *command = Cli::findCommand(first))
        return Cli::finishOutput(command->run(args.mid(2)));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("NorthStar::Cli", "North Star Studio: build, test and track a North Star Metric tree."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"demo"_s, QCoreApplication::translate("NorthStar::Cli", "Open the window on the bundled demo workspace.")});
    parser.addPositionalArgument(u"workspace"_s,
                                 QCoreApplication::translate("NorthStar::Cli", "Workspace to open in the window."),
                                 u"[WORKSPACE]"_s);
    if (!parser.parse(args)) {
        Cli::err() << "northstar: " << parser.errorText() << Qt::endl
                   << QCoreApplication::translate("NorthStar::Cli", "Run 'northstar --help' for usage.")
                   << Qt::endl;
        return Cli::Usage;
    }
    if (parser.isSet(u"version"_s)) {
        Cli::out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                   << Qt::endl;
        return Cli::Success;
    }
    if (parser.isSet(u"help"_s)) {
        Cli::out() << Cli::helpText(parser, {})
                   << QCoreApplication::translate("NorthStar::Cli", "Commands:") << Qt::endl;
        for (const Cli::Command &c : Cli::commands())
            Cli::out() << u"  %1  %2"_s.arg(QString::fromLatin1(c.name), -10)
                              .arg(QCoreApplication::translate("NorthStar::Cli", c.summary))
                       << Qt::endl;
        Cli::out() << Qt::endl
                   << QCoreApplication::translate("NorthStar::Cli",
                                                  "Run 'northstar COMMAND --help' for a command's options.")
                   << Qt::endl;
        return Cli::Success;
    }
    Cli::err() << QCoreApplication::translate("NorthStar::Cli", "northstar: unknown command \"%1\".").arg(first)
               << Qt::endl
               << QCoreApplication::translate("NorthStar::Cli", "Run 'northstar --help' for the list of commands.")
               << Qt::endl;
    return Cli::Usage;
}

// Qt falls back to /tmp/runtime-<user> with a warning on every start when the session has
// no XDG_RUNTIME_DIR (cron, ssh, containers); do the same quietly.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + u"/runtime-"_s + qEnvironmentVariable("USER", u"northstar"_s);
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

} // namespace

int main(int argc, char **argv)
{
    ensureRuntimeDirectory();
    if (isHeadlessInvocation(argc, argv)) {
        const NorthStar::Cli::Command *command = NorthStar::Cli::findCommand(QString::fromLocal8Bit(argv[1]));
        if (!command || !command->paints) {
            QCoreApplication app(argc, argv);
            NorthStar::Application::setUpCore(app);
            return runHeadless();
        }
        // Export paints text, which needs a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        NorthStar::Application::setUp(app);
        return runHeadless();
    }
    QApplication app(argc, argv);
    NorthStar::Application::setUp(app);
    return NorthStar::Application::runWindow(app);
}
