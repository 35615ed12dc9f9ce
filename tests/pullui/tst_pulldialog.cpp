// File ▸ Pull from Warehouse, driven by keyboard as a person would (issue #12 §3): an error
// from a closed port shows in the dialog and leaves the workspace file as it was; Cancel
// stops a pull the server never answers; the fields are checked before Pull is enabled; a
// real pull over ClickHouse's HTTP interface (played by FakeClickHouse) imports the rows and
// saves the connection without the password, and the next dialog fills it all in.

#include "fakeclickhouse.h"

#include "import/pulldialog.h"
#include "import/pullform.h"
#include "import/timezonecombo.h"
#include "pull/savedpull.h"
#include "pull/warehousepull.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "storage/workspacefile.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

template<typename W>
W *child(QWidget *parent, const QString &name)
{
    W *w = parent->findChild<W *>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The workspace file and whatever lies beside it (journals, a pull's temporary file).
QByteArray folderState(const QString &workspace)
{
    const QDir dir = QFileInfo(workspace).dir();
    QByteArray state = dir.entryList(QDir::Files, QDir::Name).join(u'|').toUtf8();
    return state + '\n' + fileBytes(workspace);
}

// As the window system delivers keys: to an open popup (a completer's list) first.
void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClick(target, Qt::Key(k), modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier); // replaces what is there
    QTest::keyClicks(target, text);
}

QString noticeText(PullDialog &d)
{
    auto *notice = child<QLabel>(&d, u"pullNotice"_s);
    return notice->isVisible() ? notice->text() : QString();
}

const QByteArray kRollup = "\"user_id\",\"date\",\"event\",\"events\",\"value_sum\",\"plan\"\n"
                           "\"u1\",\"2024-03-01\",\"login\",3,0,\"pro\"\n"
                           "\"u2\",\"2024-03-01\",\"login\",1,0,\"free\"\n"
                           "\"u1\",\"2024-03-02\",\"purchase\",2,19.5,\"pro\"\n";

} // namespace

class TestPullDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newWorkspace()
    {
        const QString path = m_dir.filePath(u"ws%1/pulled.northstar"_s.arg(++m_count));
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (auto created = WorkspaceFile::create(path); !created)
            qWarning("%s", qPrintable(created.error()));
        return path;
    }

    // Shows the dialog and waits until it has the keyboard.
    static bool open(PullDialog &d)
    {
        d.show();
        return QTest::qWaitForWindowActive(&d);
    }

    // Every field valid, set directly (the keyboard is tested elsewhere).
    static void fillValid(PullDialog &d)
    {
        child<QLineEdit>(&d, u"pullUrlEdit"_s)->setText(u"postgresql://reader@db.example.com:5432/analytics"_s);
        child<QLineEdit>(&d, u"pullTableEdit"_s)->setText(u"analytics.events"_s);
        child<QLineEdit>(&d, u"pullUserEdit"_s)->setText(u"user_id"_s);
        child<QLineEdit>(&d, u"pullTimeEdit"_s)->setText(u"event_time"_s);
        child<QLineEdit>(&d, u"pullEventEdit"_s)->setText(u"event_name"_s);
        child<QLineEdit>(&d, u"pullAttributesEdit"_s)->setText(u"plan, country"_s);
        child<TimeZoneCombo>(&d, u"pullTimeZoneCombo"_s)->setZoneId(u"Europe/Berlin"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("NORTHSTAR_WAREHOUSE_PASSWORD");
        qunsetenv("PGPASSWORD");
    }

    // The labels' and buttons' mnemonics are distinct, and each label leads to its field.
    void mnemonics()
    {
        PullDialog d(newWorkspace(), u"UTC"_s);
        QVERIFY(open(d));
        QHash<QChar, QString> taken;
        QStringList texts;
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (label->buddy())
                texts << label->text();
        }
        for (QPushButton *button : d.findChildren<QPushButton *>())
            texts << button->text();
        QVERIFY(texts.size() >= 15);
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(u'&');
            if (amp < 0)
                continue;
            const QChar letter = text.at(amp + 1).toLower();
            QVERIFY2(!taken.contains(letter), qPrintable(u"%1 and %2 both use &%3"_s.arg(text, taken.value(letter), letter)));
            taken.insert(letter, text);
        }
        QVERIFY(taken.size() >= 14);
        const std::pair<Qt::Key, QString> jumps[] = {{Qt::Key_T, u"pullTableEdit"_s}, {Qt::Key_E, u"pullUserEdit"_s},
                                                     {Qt::Key_N, u"pullSinceEdit"_s}, {Qt::Key_W, u"pullPasswordEdit"_s},
                                                     {Qt::Key_U, u"pullUrlEdit"_s}};
        for (const auto &[letter, name] : jumps) {
            key(letter, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
    }

    // Typed by keyboard against a closed loopback port: the error shows, selectable, in the
    // dialog, which stays open; the workspace folder is byte for byte as before.
    void closedPortError()
    {
        const QString workspace = newWorkspace();
        const QByteArray before = folderState(workspace);
        PullDialog d(workspace, u"UTC"_s);
        QVERIFY(open(d));
        auto *pull = child<QPushButton>(&d, u"pullButton"_s);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&d, u"pullUrlEdit"_s)); // a new source starts at the URL
        QVERIFY(!pull->isEnabled());
        QVERIFY(noticeText(d).contains(u"fill in the URL"_s));
        QCOMPARE(child<QLineEdit>(&d, u"pullPasswordEdit"_s)->echoMode(), QLineEdit::Password);
        type(u"postgresql://x@127.0.0.1:1/db"_s);
        key(Qt::Key_T, Qt::AltModifier);
        type(u"events"_s);
        key(Qt::Key_Tab);
        type(u"user_id"_s);
        key(Qt::Key_Tab);
        type(u"ts"_s);
        QVERIFY(!pull->isEnabled());
        QVERIFY2(noticeText(d).contains(u"fill in the event column"_s), qPrintable(noticeText(d)));
        key(Qt::Key_Tab);
        type(u"name"_s);
        QVERIFY2(pull->isEnabled(), qPrintable(noticeText(d)));
        QCOMPARE(noticeText(d), QString());

        QSignalSpy finished(&d, &PullDialog::pullFinished);
        key(Qt::Key_Return); // Enter = Pull, from any field
        QVERIFY(d.isPulling());
        QVERIFY(!child<PullForm>(&d, u"pullForm"_s)->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString error = noticeText(d);
        QVERIFY2(error.contains(u"Cannot connect to PostgreSQL at 127.0.0.1:1/db"_s), qPrintable(error));
        QVERIFY(error.contains(u"the workspace is unchanged"_s));
        QVERIFY(child<QLabel>(&d, u"pullNotice"_s)->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(d.isVisible());
        QVERIFY(!d.dataChanged());
        QVERIFY(child<PullForm>(&d, u"pullForm"_s)->isEnabled());
        QCOMPARE(QApplication::focusWidget(), pull); // Enter tries again
        QVERIFY(d.width() <= 1440 && d.height() <= 900);
        QCOMPARE(folderState(workspace), before);

        // Esc closes it once nothing runs.
        key(Qt::Key_Escape);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("error");
        QTest::newRow("password in the URL") << u"pullUrlEdit"_s << u"postgresql://x:secret@db.example.com/analytics"_s
                                             << u"type it in the Password field"_s << true;
        QTest::newRow("password in a ClickHouse URL")
            << u"pullUrlEdit"_s << u"http://db.example.com:8123/?database=a&password=p"_s << u"type it in the Password field"_s
            << true;
        QTest::newRow("a long URL that is none")
            << u"pullUrlEdit"_s << u"postgresql:/"_s + QString(u"very-long-host-name-"_s).repeated(20) + u"/analytics"_s
            << u"is not a PostgreSQL URL"_s << true;
        QTest::newRow("not a URL") << u"pullUrlEdit"_s << u"db.example.com:5432"_s << u"is not a PostgreSQL URL"_s << true;
        QTest::newRow("no database") << u"pullUrlEdit"_s << u"postgresql://x@db.example.com"_s
                                     << u"names no database"_s << true;
        QTest::newRow("no URL") << u"pullUrlEdit"_s << QString() << u"To pull, fill in the URL."_s << false;
        QTest::newRow("no event column") << u"pullEventEdit"_s << u"  "_s << u"To pull, fill in the event column."_s
                                         << false;
        QTest::newRow("no table") << u"pullTableEdit"_s << QString() << u"To pull, fill in the table."_s << false;
        QTest::newRow("empty table part") << u"pullTableEdit"_s << u"analytics..events"_s << u"empty part"_s << true;
        QTest::newRow("since no date") << u"pullSinceEdit"_s << u"2024-13-01"_s << u"is not a date"_s << true;
        QTest::newRow("attribute a rollup column")
            << u"pullAttributesEdit"_s << u"plan, events"_s << u"has the name of a rollup column"_s << true;
        QTest::newRow("attribute twice") << u"pullAttributesEdit"_s << u"plan, plan"_s << u"is given twice"_s << true;
        QTest::newRow("no such timezone") << u"pullTimeZoneCombo"_s << u"Mars/Olympus"_s
                                          << u"is not a timezone this system knows"_s << true;
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(bool, error);
        PullDialog d(newWorkspace(), u"UTC"_s);
        QVERIFY(open(d));
        fillValid(d);
        auto *pull = child<QPushButton>(&d, u"pullButton"_s);
        QVERIFY2(pull->isEnabled(), qPrintable(noticeText(d)));
        auto *form = child<PullForm>(&d, u"pullForm"_s);
        const QSize size = d.size();
        QWidget *w = child<QWidget>(&d, field);
        if (auto *zone = qobject_cast<TimeZoneCombo *>(w))
            zone->setZoneId(text);
        else
            qobject_cast<QLineEdit *>(w)->setText(text);
        QVERIFY2(noticeText(d).contains(message), qPrintable(noticeText(d)));
        QCOMPARE(form->problemIsError(), error);
        QVERIFY(!pull->isEnabled());
        QCOMPARE(d.width(), size.width()); // a long message wraps, it does not widen the dialog
        QVERIFY(d.height() <= 900);
        // Enter does not pull what cannot be pulled.
        QSignalSpy started(&d, &PullDialog::pullStarted);
        w->setFocus();
        key(Qt::Key_Return);
        QCOMPARE(started.size(), 0);
        QVERIFY(!d.isPulling());
        // The query preview says why there is none yet.
        QVERIFY(d.queryText().contains(message));
    }

    // NORTHSTAR_WAREHOUSE_PASSWORD fills in the password (hidden), and the field says so.
    void passwordFromEnvironment()
    {
        qputenv("NORTHSTAR_WAREHOUSE_PASSWORD", "from-the-environment");
        PullDialog d(newWorkspace(), u"UTC"_s);
        qunsetenv("NORTHSTAR_WAREHOUSE_PASSWORD");
        auto *password = child<QLineEdit>(&d, u"pullPasswordEdit"_s);
        QCOMPARE(password->text(), u"from-the-environment"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(child<QLabel>(&d, u"pullPasswordHint"_s)->text().contains(u"From NORTHSTAR_WAREHOUSE_PASSWORD"_s));
        fillValid(d);
        QCOMPARE(d.request().password, u"from-the-environment"_s);
        QVERIFY(child<QLabel>(&d, u"pullPasswordHint"_s)->text().contains(u"From NORTHSTAR_WAREHOUSE_PASSWORD"_s));
        password->setText(u"typed"_s);
        QVERIFY(!child<QLabel>(&d, u"pullPasswordHint"_s)->text().contains(u"NORTHSTAR_WAREHOUSE_PASSWORD"_s));
    }

    // The URL's scheme picks the server kind, and the preview is that engine's query.
    void urlPicksServer()
    {
        PullDialog d(newWorkspace(), u"UTC"_s);
        QVERIFY(open(d));
        fillValid(d);
        auto *server = child<QComboBox>(&d, u"pullServerCombo"_s);
        QCOMPARE(server->currentText(), u"PostgreSQL"_s);
        QVERIFY(d.queryText().contains(u"\"analytics\".\"events\""_s));
        child<QLineEdit>(&d, u"pullUrlEdit"_s)->setText(u"http://db.example.com:8123/?database=analytics"_s);
        QCOMPARE(server->currentText(), u"ClickHouse"_s);
        QVERIFY(child<QPushButton>(&d, u"pullButton"_s)->isEnabled());
        QVERIFY2(d.queryText().contains(u"`analytics`.`events`"_s), qPrintable(d.queryText()));
        QCOMPARE(d.request().url.server, Pull::Server::ClickHouse);
        QCOMPARE(d.request().query.attributes, (QStringList{u"plan"_s, u"country"_s}));
    }

    // A server that takes the query and never answers: Esc cancels, the dialog says so and
    // stays; the workspace folder is as before; Esc again closes.
    void cancel()
    {
        FakeClickHouse server(FakeClickHouse::Mode::Silent);
        QVERIFY(server.port() != 0);
        const QString workspace = newWorkspace();
        const QByteArray before = folderState(workspace);
        PullDialog d(workspace, u"UTC"_s);
        QVERIFY(open(d));
        fillValid(d);
        child<QLineEdit>(&d, u"pullUrlEdit"_s)->setText(u"http://127.0.0.1:%1/?database=analytics"_s.arg(server.port()));
        QSignalSpy received(&server, &FakeClickHouse::queryReceived);
        QSignalSpy finished(&d, &PullDialog::pullFinished);
        child<QLineEdit>(&d, u"pullTableEdit"_s)->setFocus();
        key(Qt::Key_Return);
        QVERIFY(d.isPulling());
        auto *cancelButton = child<QPushButton>(&d, u"cancelPullButton"_s);
        QVERIFY(cancelButton->isVisible());
        QCOMPARE(QApplication::focusWidget(), cancelButton);
        QVERIFY(received.wait(10000)); // the query is on the server, which keeps quiet
        QVERIFY(child<QLabel>(&d, u"pullPhaseLabel"_s)->text().contains(u"Connecting to ClickHouse at 127.0.0.1"_s));
        QVERIFY(d.isPulling());
        QCOMPARE(finished.size(), 0);

        key(Qt::Key_Escape);
        QVERIFY(d.isVisible());
        QVERIFY(!cancelButton->isEnabled());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(noticeText(d), u"Pull cancelled: the workspace is unchanged."_s);
        QVERIFY(!cancelButton->isVisible());
        QVERIFY(d.isVisible());
        QVERIFY(!d.dataChanged());
        QCOMPARE(folderState(workspace), before);

        key(Qt::Key_Escape);
        QVERIFY(!d.isVisible());
    }

    // Esc twice while pulling: cancelled, and the dialog goes once the pull has stopped.
    void escapeTwiceCloses()
    {
        FakeClickHouse server(FakeClickHouse::Mode::Silent);
        const QString workspace = newWorkspace();
        const QByteArray before = folderState(workspace);
        PullDialog d(workspace, u"UTC"_s);
        QVERIFY(open(d));
        fillValid(d);
        child<QLineEdit>(&d, u"pullUrlEdit"_s)->setText(u"http://127.0.0.1:%1/?database=analytics"_s.arg(server.port()));
        QSignalSpy received(&server, &FakeClickHouse::queryReceived);
        QSignalSpy finished(&d, &PullDialog::pullFinished);
        child<QPushButton>(&d, u"pullButton"_s)->setFocus();
        key(Qt::Key_Return);
        QVERIFY(received.wait(10000));
        key(Qt::Key_Escape);
        key(Qt::Key_Escape);
        QVERIFY(finished.wait(5000));
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(folderState(workspace), before);
    }

    // A real pull: the query the server gets is the one Show Query showed, the password goes
    // in the Authorization header and nowhere into the workspace, the rows are imported,
    // and the connection is saved. The next dialog fills in the saved sources (chosen by
    // keyboard) and continues from the last date.
    void pullThenPrefill()
    {
        FakeClickHouse server(FakeClickHouse::Mode::Answer, kRollup);
        QVERIFY(server.port() != 0);
        const QString workspace = newWorkspace();
        const QString url = u"http://reader@127.0.0.1:%1/?database=analytics"_s.arg(server.port());
        {
            PullDialog d(workspace, u"UTC"_s);
            QVERIFY(open(d));
            type(url);
            key(Qt::Key_Tab);
            type(u"s3cret-pw"_s);
            key(Qt::Key_Tab);
            type(u"analytics.events"_s);
            key(Qt::Key_Tab);
            type(u"user_id"_s);
            key(Qt::Key_Tab);
            type(u"event_time"_s);
            key(Qt::Key_Tab);
            type(u"event_name"_s);
            key(Qt::Key_Tab); // value: none
            key(Qt::Key_Tab);
            type(u"plan"_s);
            key(Qt::Key_Z, Qt::AltModifier);
            type(u"Europe/Berlin"_s);
            QSignalSpy started(&d, &PullDialog::pullStarted);
            key(Qt::Key_Return); // takes the completion, and only that
            QCOMPARE(started.size(), 0);
            QCOMPARE(child<TimeZoneCombo>(&d, u"pullTimeZoneCombo"_s)->zoneId(), u"Europe/Berlin"_s);
            QCOMPARE(child<QComboBox>(&d, u"pullServerCombo"_s)->currentText(), u"ClickHouse"_s);
            QVERIFY2(child<QPushButton>(&d, u"pullButton"_s)->isEnabled(), qPrintable(noticeText(d)));

            key(Qt::Key_Q, Qt::AltModifier); // Show Query (a button's mnemonic clicks after a moment)
            QTRY_VERIFY(d.findChild<QDialog *>(u"pullQueryWindow"_s));
            auto *window = child<QDialog>(&d, u"pullQueryWindow"_s);
            QVERIFY(window->isVisible());
            auto *text = child<QPlainTextEdit>(window, u"pullQueryText"_s);
            QVERIFY(text->isReadOnly());
            const QFontMetrics metrics(text->font());
            QCOMPARE(metrics.horizontalAdvance(u"iiii"_s), metrics.horizontalAdvance(u"MMMM"_s)); // monospace
            const QString shown = text->toPlainText();
            QVERIFY2(shown.contains(u"FROM `analytics`.`events`"_s), qPrintable(shown));
            QVERIFY(!shown.contains(u"s3cret-pw"_s));
            window->close();
            d.activateWindow(); // what the window manager does when a transient window goes
            QVERIFY(QTest::qWaitForWindowActive(&d));

            QSignalSpy finished(&d, &PullDialog::pullFinished);
            child<QLineEdit>(&d, u"pullSinceEdit"_s)->setFocus();
            key(Qt::Key_Return);
            QVERIFY(finished.wait(20000));
            QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(noticeText(d)));
            QVERIFY(d.dataChanged());
            const QString result = child<QLabel>(&d, u"pullResultLabel"_s)->text();
            QVERIFY2(result.contains(u"Pulled 3 rollup rows (6 events) from ClickHouse at 127.0.0.1"_s), qPrintable(result));
            QVERIFY(result.contains(u"2024-03-01 to 2024-03-02, local dates in Europe/Berlin"_s));
            QVERIFY(result.contains(u"reporting timezone is now Europe/Berlin"_s));
            QCOMPARE(d.summary()->import.users, 2);
            QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&d, u"closeButton"_s));
            QVERIFY(d.width() <= 1440 && d.height() <= 900);

            QCOMPARE(server.queries().size(), 1);
            const QString sent = QString::fromUtf8(server.queries().at(0));
            QVERIFY(sent.endsWith(u"\nFORMAT CSVWithNames"_s));
            QVERIFY2(shown.endsWith(sent.chopped(QStringView(u"\nFORMAT CSVWithNames").size())), qPrintable(sent));
            QCOMPARE(server.authorizations().at(0), "Basic " + QByteArray("reader:s3cret-pw").toBase64());

            // The since of the next pull shows at once.
            QVERIFY(child<QLabel>(&d, u"pullSinceHint"_s)->text().contains(u"continues from 2024-03-02"_s));
            key(Qt::Key_Return); // Close is the default now
            QVERIFY(!d.isVisible());
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QVERIFY(!fileBytes(workspace).contains("s3cret-pw"));
        auto saved = Pull::loadSavedPulls(workspace);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error()));
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->at(0).request.url.text, url);
        QCOMPARE(saved->at(0).lastDate, u"2024-03-02"_s);

        // A second source, saved as a pull saves it (inside a transaction).
        {
            auto db = Sqlite::Database::open(workspace, Sqlite::OpenMode::ReadWrite);
            QVERIFY2(db, db ? "" : qPrintable(db.error()));
            auto transaction = Sqlite::Transaction::begin(*db);
            QVERIFY(transaction);
            Pull::PullRequest crm;
            crm.source = u"crm"_s;
            crm.url = *Pull::parsePostgresUrl(u"postgresql://analyst@crm.example.com:5433/crm"_s);
            crm.query = {u"postgresql"_s, u"public.orders"_s, u"customer"_s, u"ordered_at"_s, u"kind"_s,
                         u"amount"_s, {u"region"_s}, u"Europe/Berlin"_s, {}};
            QVERIFY(Pull::storeSavedPull(*db, crm, u"2024-02-28"_s));
            QVERIFY(transaction->commit());
        }

        PullDialog d(workspace, u"UTC"_s);
        QVERIFY(open(d));
        const auto text = [&d](const QString &name) { return child<QLineEdit>(&d, name)->text(); };
        auto *source = child<QComboBox>(&d, u"pullSourceCombo"_s);
        QCOMPARE(source->currentText(), u"warehouse"_s);
        QCOMPARE(text(u"pullUrlEdit"_s), url);
        QCOMPARE(child<QComboBox>(&d, u"pullServerCombo"_s)->currentText(), u"ClickHouse"_s);
        QCOMPARE(text(u"pullTableEdit"_s), u"analytics.events"_s);
        QCOMPARE(text(u"pullUserEdit"_s), u"user_id"_s);
        QCOMPARE(text(u"pullTimeEdit"_s), u"event_time"_s);
        QCOMPARE(text(u"pullEventEdit"_s), u"event_name"_s);
        QCOMPARE(text(u"pullValueEdit"_s), QString());
        QCOMPARE(text(u"pullAttributesEdit"_s), u"plan"_s);
        QCOMPARE(child<TimeZoneCombo>(&d, u"pullTimeZoneCombo"_s)->zoneId(), u"Europe/Berlin"_s);
        QCOMPARE(text(u"pullSinceEdit"_s), QString());
        QCOMPARE(text(u"pullPasswordEdit"_s), QString()); // never saved
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&d, u"pullPasswordEdit"_s));
        QVERIFY(child<QLabel>(&d, u"pullSinceHint"_s)->text().contains(u"continues from 2024-03-02"_s));
        QVERIFY(d.queryText().contains(u"2024-03-02"_s));

        // The other saved source, chosen by keyboard.
        key(Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), source);
        key(Qt::Key_Up);
        QCOMPARE(source->currentText(), u"crm"_s);
        QCOMPARE(text(u"pullUrlEdit"_s), u"postgresql://analyst@crm.example.com:5433/crm"_s);
        QCOMPARE(child<QComboBox>(&d, u"pullServerCombo"_s)->currentText(), u"PostgreSQL"_s);
        QCOMPARE(text(u"pullTableEdit"_s), u"public.orders"_s);
        QCOMPARE(text(u"pullValueEdit"_s), u"amount"_s);
        QCOMPARE(text(u"pullAttributesEdit"_s), u"region"_s);
        QVERIFY(child<QLabel>(&d, u"pullSinceHint"_s)->text().contains(u"continues from 2024-02-28"_s));
        QCOMPARE(child<QLineEdit>(&d, u"pullSinceEdit"_s)->placeholderText(), u"2024-02-28"_s);

        // Back to the warehouse source, and pulled again: the query continues from its last date.
        key(Qt::Key_Down);
        QCOMPARE(text(u"pullUrlEdit"_s), url);
        key(Qt::Key_W, Qt::AltModifier);
        type(u"s3cret-pw"_s);
        QSignalSpy finished(&d, &PullDialog::pullFinished);
        key(Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(noticeText(d)));
        QCOMPARE(server.queries().size(), 2);
        QVERIFY(server.queries().at(1).contains("'2024-03-02'"));
        QVERIFY(!server.queries().at(0).contains("'2024-03-02'"));
    }
};

QTEST_MAIN(TestPullDialog)
#include "tst_pulldialog.moc"
