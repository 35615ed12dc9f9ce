// The German translation: every message finished and consistent with its source (arguments,
// HTML, mnemonics, whitespace), no mnemonic clash inside a menu or form, the .ts exactly what
// `northstar_lupdate` makes of today's sources, the compiled .qm answering the app's contexts,
// and the app choosing it from the system locale.

#include "tsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

const QString tsPath = QStringLiteral(NORTHSTAR_TS_FILE);
const QString qmPath = QStringLiteral(NORTHSTAR_QM_FILE);
const QString sourceDir = QStringLiteral(NORTHSTAR_SOURCE_DIR);

// Leading and trailing whitespace, newlines and the closing ellipsis of a dialog action.
QString shape(const QString &text)
{
    qsizetype lead = 0;
    while (lead < text.size() && text.at(lead).isSpace())
        ++lead;
    qsizetype trail = 0;
    while (trail < text.size() - lead && text.at(text.size() - 1 - trail).isSpace())
        ++trail;
    return u"lead '%1' trail '%2' newlines %3 ellipsis %4"_s.arg(text.left(lead), text.right(trail))
        .arg(text.count(u'\n'))
        .arg(text.endsWith(u"…"_s) ? u"yes"_s : u"no"_s);
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return u"%1 %2 failed: %3%4"_s.arg(program, args.join(u' '), p.errorString(),
                                           QString::fromUtf8(p.readAllStandardError()));
    return {};
}

QString key(const TsFile::Message &m)
{
    return m.context + u" | "_s + m.source + u" | "_s + m.comment + (m.numerus ? u" [plural]"_s : QString());
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    TsFile::Catalogue m_ts;

    void messageRows()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_ts.messages.size(); ++i)
            QTest::newRow(qPrintable(m_ts.messages.at(i).label())) << i;
    }

private slots:
    void initTestCase()
    {
        m_ts = TsFile::read(tsPath);
        QVERIFY2(m_ts.error.isEmpty(), qPrintable(m_ts.error));
        QVERIFY2(m_ts.language.startsWith(u"de"_s), qPrintable(u"language is \"%1\""_s.arg(m_ts.language)));
        QVERIFY2(m_ts.messages.size() > 500, qPrintable(u"only %1 messages"_s.arg(m_ts.messages.size())));
    }

    void finished_data() { messageRows(); }
    void finished()
    {
        QFETCH(int, index);
        const TsFile::Message &m = m_ts.messages.at(index);
        QVERIFY2(m.type.isEmpty(), qPrintable(u"translation is %1"_s.arg(m.type)));
        QCOMPARE(m.forms.size(), m.numerus ? 2 : 1); // German: singular and plural
        for (const QString &form : m.forms)
            QVERIFY2(!form.trimmed().isEmpty(), "empty translation");
    }

    void consistent_data() { messageRows(); }
    void consistent()
    {
        QFETCH(int, index);
        const TsFile::Message &m = m_ts.messages.at(index);
        for (const QString &form : m.forms) {
            if (form.isEmpty())
                continue; // reported by finished()
            QCOMPARE(TsFile::placeholders(form), TsFile::placeholders(m.source));
            QCOMPARE(TsFile::htmlTags(form), TsFile::htmlTags(m.source));
            QCOMPARE(TsFile::mnemonics(form).size(), TsFile::mnemonics(m.source).size());
            QCOMPARE(shape(form), shape(m.source));
        }
    }

    // Actions of one menu, the menu bar, and the labels of one form need distinct mnemonics.
    // Entries are "Context|source"; a bare source is in NorthStar::MainWindow.
    void mnemonicsDistinct_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::newRow("menu bar") << QStringList{u"&File"_s, u"&Edit"_s, u"&Tree"_s, u"&View"_s, u"&Workshop"_s, u"&Help"_s};
        QTest::newRow("File") << QStringList{u"&New Workspace"_s, u"New from &Template"_s, u"&Open…"_s,
                                             u"Open &Recent"_s, u"Open &Demo Workspace"_s, u"&Save"_s,
                                             u"Save &As…"_s, u"&Import Usage Data…"_s, u"&Pull from Warehouse…"_s,
                                             u"&Export Tree as Image…"_s,
                                             u"Export Re&view…"_s, u"Export &Minutes…"_s, u"Wor&kspace Settings…"_s, u"&Quit"_s};
        QTest::newRow("Edit") << QStringList{u"&Undo"_s, u"&Redo"_s, u"Cu&t"_s, u"&Copy"_s, u"&Paste"_s,
                                             u"&Delete"_s, u"Select &All"_s, u"Re&name"_s};
        QTest::newRow("Tree") << QStringList{u"Add &Child"_s, u"Add &Sibling"_s, u"Add Sub-&input"_s,
                                             u"New &Tree…"_s, u"New Tree from Te&mplate"_s, u"Re&name Tree…"_s,
                                             u"&Delete Tree"_s, u"&Automatic Layout"_s,
                                             u"NorthStar::VersionsPanel|Save V&ersion…"_s, u"Show &Versions"_s,
                                             u"NorthStar::VersionsPanel|Com&pare Versions…"_s,
                                             u"NorthStar::VersionsPanel|Stop Comparin&g"_s,
                                             u"NorthStar::VersionsPanel|&Restore Version…"_s, u"Par&k an Idea…"_s,
                                             u"Add a D&ot"_s, u"Take &Back a Dot"_s, u"Con&fidence"_s};
        QTest::newRow("View") << QStringList{u"&Canvas"_s, u"&Review"_s, u"Zoom &In"_s, u"Zoom &Out"_s, u"&Actual Size"_s,
                                             u"&Fit to Window"_s, u"&Presentation Mode"_s, u"Pa&nels"_s};
        QTest::newRow("Workshop") << QStringList{u"&Start Workshop…"_s, u"Edit &Agenda…"_s, u"&Next Step"_s,
                                                 u"&Previous Step"_s, u"Show Presen&tation"_s, u"&Finish Workshop…"_s};
        const QString w = u"NorthStar::StartWorkshopDialog|"_s;
        const QString a = u"NorthStar::AgendaEditor|"_s;
        QTest::newRow("start workshop dialog")
            << QStringList{w + u"&Name:"_s, w + u"&Participants:"_s, w + u"&Dots per person:"_s, w + u"&Start Workshop"_s,
                           a + u"A&genda:"_s, a + u"&Add Step"_s, a + u"Remo&ve Step"_s, a + u"Move &Up"_s,
                           a + u"Move Do&wn"_s, a + u"&Title:"_s, a + u"&Minutes:"_s, a + u"P&rompt:"_s};
        const QString p = u"NorthStar::PropertiesPanel|"_s;
        const QString c = u"NorthStar::ComputationEditor|"_s;
        // The metric page: metric fields, computation, tree settings, link with leverage. The
        // computation's parameter label is one QLabel whose text changes with the metric kind.
        const QStringList metricPage{p + u"&Name:"_s, p + u"&Definition:"_s, p + u"&Unit:"_s, p + u"&Owner:"_s,
                                     p + u"N&otes:"_s, p + u"&Reach:"_s, p + u"&By:"_s, p + u"Ba&seline:"_s,
                                     c + u"&Kind:"_s, c + u"Core &action:"_s,
                                     c + u"F&ormula:"_s, c + u"Se&gment:"_s, p + u"&Game:"_s,
                                     p + u"&Guardrail metric:"_s, p + u"&Must stay:"_s, p + u"&Leverage:"_s,
                                     p + u"T&heory:"_s, p + u"Con&fidence:"_s,
                                     p + u"&Estimate from history"_s, p + u"&Use this value"_s};
        for (const QString &parameter : {u"&Window (days):"_s, u"At least &n events:"_s, u"Active &days (k):"_s})
            QTest::newRow(qPrintable(u"metric properties, "_s + parameter)) << metricPage + QStringList{c + parameter};
        QTest::newRow("work item properties")
            << QStringList{p + u"&Title:"_s, p + u"T&ype:"_s, p + u"&Owner:"_s, p + u"&Status:"_s,
                           p + u"Ship &date:"_s, p + u"E&xpected impact:"_s, p + u"&Why:"_s,
                           p + u"Ser&ves inputs:"_s, p + u"Con&fidence:"_s};
        const QString lot = u"NorthStar::ParkingLotPanel|"_s;
        QTest::newRow("parking lot") << QStringList{lot + u"Place as &Input"_s, lot + u"Place as &Work Item"_s,
                                                    lot + u"&Dismiss"_s, lot + u"Re&open"_s, lot + u"&Edit Text"_s,
                                                    lot + u"&Remove from the Parking Lot"_s};
        const QString cv = u"NorthStar::CanvasView|"_s;
        QTest::newRow("confidence") << QStringList{cv + u"&Not Rated"_s, cv + u"&High"_s, cv + u"&Medium"_s,
                                                   cv + u"&Low (a hypothesis to confirm)"_s};
        QTest::newRow("annotation dialog") << QStringList{u"NorthStar::AnnotationDialog|&Date:"_s,
                                                          u"NorthStar::AnnotationDialog|&Note:"_s};
        QTest::newRow("compare dialog") << QStringList{u"NorthStar::CompareDialog|&From:"_s,
                                                       u"NorthStar::CompareDialog|&To:"_s};
        QTest::newRow("what-if") << QStringList{u"NorthStar::WhatIfPanel|If &input:"_s,
                                                u"NorthStar::WhatIfPanel|&Moves by:"_s};
    }
    void mnemonicsDistinct()
    {
        QFETCH(QStringList, entries);
        QHash<QChar, QString> taken;
        QHash<QChar, QString> takenInSource;
        const bool englishChecked = QStringList{u"menu bar"_s, u"File"_s, u"Edit"_s, u"Tree"_s, u"View"_s, u"Workshop"_s}
                                        .contains(QString::fromLatin1(QTest::currentDataTag()));
        for (const QString &entry : entries) {
            const QString context = entry.contains(u'|') ? entry.section(u'|', 0, 0) : u"NorthStar::MainWindow"_s;
            const QString source = entry.contains(u'|') ? entry.section(u'|', 1) : entry;
            const auto it = std::find_if(m_ts.messages.cbegin(), m_ts.messages.cend(), [&](const TsFile::Message &m) {
                return m.context == context && m.source == source;
            });
            QVERIFY2(it != m_ts.messages.cend(),
                     qPrintable(u"\"%1\" is not in %2 any more: update this list"_s.arg(source, context)));
            const QString translation = it->forms.value(0);
            const QString letters = TsFile::mnemonics(translation);
            QCOMPARE(letters.size(), 1);
            QVERIFY2(!taken.contains(letters.at(0)),
                     qPrintable(u"\"%1\" and \"%2\" both use &%3"_s.arg(translation, taken.value(letters.at(0)))
                                    .arg(letters.at(0))));
            taken.insert(letters.at(0), translation);
            // The English menus too: the source is what the app shows without a translation.
            // (The English forms still share letters between fields that are never shown
            // together and some that are: the German is what is checked there.)
            if (!englishChecked)
                continue;
            const QString sourceLetters = TsFile::mnemonics(source);
            QCOMPARE(sourceLetters.size(), 1);
            QVERIFY2(!takenInSource.contains(sourceLetters.at(0)),
                     qPrintable(u"\"%1\" and \"%2\" both use &%3"_s.arg(source, takenInSource.value(sourceLetters.at(0)))
                                    .arg(sourceLetters.at(0))));
            takenInSource.insert(sourceLetters.at(0), source);
        }
    }

    // The .ts holds exactly the strings of today's sources, each under the context the app
    // looks it up in: what `cmake --build build --target northstar_lupdate` would write.
    void matchesSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString merged = dir.filePath(u"northstar_de.ts"_s);
        QVERIFY(QFile::copy(tsPath, merged));
        QFile::setPermissions(merged, QFile::ReadOwner | QFile::WriteOwner);
        // The same call as the northstar_lupdate target: plain lupdate, no post-processing.
        QStringList lupdate{u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s};
        for (const char *sub : {"src", "ui", "app"})
            lupdate << sourceDir + u'/' + QLatin1StringView(sub);
        const QString error = run(QStringLiteral(NORTHSTAR_LUPDATE), lupdate + QStringList{u"-ts"_s, merged});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const TsFile::Catalogue now = TsFile::read(merged);
        QVERIFY2(now.error.isEmpty(), qPrintable(now.error));
        QSet<QString> committed, wanted;
        for (const TsFile::Message &m : m_ts.messages)
            committed.insert(key(m));
        for (const TsFile::Message &m : now.messages)
            wanted.insert(key(m));
        QStringList problems;
        for (const QString &k : wanted - committed)
            problems << u"missing: "_s + k;
        for (const QString &k : committed - wanted)
            problems << u"no longer in the sources: "_s + k;
        problems.sort();
        if (problems.isEmpty()) {
            QFile a(tsPath), b(merged);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            if (a.readAll() != b.readAll())
                problems << u"same messages, but ordered or formatted differently"_s;
        }
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem; // QVERIFY2 cuts long messages short
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 is out of date (%2 differences above); run `cmake --build <build> --target "
                            "northstar_lupdate` and translate the new strings"_s.arg(tsPath).arg(problems.size())));
    }

    void compiled_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("menu") << u"NorthStar::MainWindow"_s << u"&File"_s << -1 << u"&Datei"_s;
        QTest::newRow("helper context") << u"NorthStar::Types"_s << u"Breadth"_s << -1 << u"Breite"_s;
        QTest::newRow("explicit context") << u"Metrics"_s << u"Leverage needs at least one input metric."_s << -1
                                          << u"Die Hebelwirkung braucht mindestens eine Input-Metrik."_s;
        const QString findings = u"%n finding(s). Click one to select its card."_s;
        QTest::newRow("singular") << u"NorthStar::LintPanel"_s << findings << 1
                                  << u"1 Befund. Klicken Sie darauf, um seine Karte auszuwählen."_s;
        QTest::newRow("plural") << u"NorthStar::LintPanel"_s << findings << 4
                                << u"4 Befunde. Klicken Sie auf einen, um seine Karte auszuwählen."_s;
        QTest::newRow("helper plural") << u"NorthStar::Lint"_s << u"%1: %n direct input(s); a North Star needs 3 to 5"_s
                                       << 2 << u"%1: 2 direkte Inputs; ein North Star braucht 3 bis 5"_s;
    }
    void compiled()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY2(translator.load(qmPath), qPrintable(u"cannot load %1 (built by lrelease)"_s.arg(qmPath)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString actual = QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                                           nullptr, n);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(actual, expected);
    }

    // The executable carries the catalogue and picks it from the system locale.
    void application_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << QStringList{u"LANGUAGE=de"_s, u"LANG=de_DE.UTF-8"_s, u"LC_ALL=de_DE.UTF-8"_s}
                                << u"Befehle:"_s;
        QTest::newRow("German, LANGUAGE only") << QStringList{u"LANGUAGE=de"_s} << u"Befehle:"_s;
        QTest::newRow("English") << QStringList{u"LANG=C.UTF-8"_s, u"LC_ALL=C.UTF-8"_s} << u"Commands:"_s;
    }
    void application()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        const QString binary = QStringLiteral(NORTHSTAR_BINARY);
        if (binary.isEmpty())
            QSKIP("the northstar executable is not part of this build");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        for (const QString &assignment : environment)
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary, {u"--help"_s});
        QVERIFY2(p.waitForFinished(30000), qPrintable(u"%1: %2"_s.arg(binary, p.errorString())));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
