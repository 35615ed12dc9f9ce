#include "mainwindow/application.h"

#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Icons are compiled into a static library; referencing the initialiser keeps them linked.
static void initApplicationResources()
{
    Q_INIT_RESOURCE(northstar_resources);
}

namespace NorthStar::Application {
namespace {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"northstar"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void chooseFont(QGuiApplication &app)
{
    // Inter reads well on a projector; fall back to what the system has.
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {u"Inter"_s, u"Noto Sans"_s, u"DejaVu Sans"_s}) {
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSizeF(10.5);
            app.setFont(font);
            return;
        }
    }
}

} // namespace

void setUpCore(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(u"NorthStarStudio"_s);
    QCoreApplication::setApplicationName(u"northstar"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NORTHSTAR_VERSION));
    installTranslations(app);
}

void setUp(QGuiApplication &app)
{
    initApplicationResources();
    setUpCore(app);
    QGuiApplication::setApplicationDisplayName(u"North Star Studio"_s);
    QGuiApplication::setDesktopFileName(u"io.github.northstarstudio.NorthStar"_s);
    app.setWindowIcon(QIcon(u":/icons/northstar.svg"_s));
    chooseFont(app);
}

int runWindow(QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(u"demo"_s);
    parser.addOption(demo);
    parser.addPositionalArgument(u"workspace"_s, {}, u"[WORKSPACE]"_s);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();

    MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    else
        window.start(positional.value(0));
    return app.exec();
}

} // namespace NorthStar::Application
