#include "importtestsupport.h"

#include "sqlite/database.h"
#include "storage/workspacefile.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace NorthStar::TestSupport {

QString fixture(const QString &name)
{
    return QStringLiteral(NORTHSTAR_TESTDATA) + u"/eventstore/"_s + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeDailyEvents(const QString &path, const QString &user, const QString &firstDay, int days, const QString &event)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray out = "user_id,timestamp,event,value\n";
    const QDate start = QDate::fromString(firstDay, Qt::ISODate);
    for (int d = 0; d < days; ++d) {
        out += user.toUtf8() + ',' + start.addDays(d).toString(Qt::ISODate).toUtf8() + "T12:00:00Z," + event.toUtf8()
               + ',' + QByteArray::number(d + 1) + '\n';
    }
    f.write(out);
}

void writeManyEvents(const QString &path, int rows, int users)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray out = "user_id,timestamp,event,value\n";
    const qint64 start = 1704067200; // 2024-01-01T00:00:00Z
    for (int i = 0; i < rows; ++i) {
        const qint64 t = start + qint64(i) * 10;
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
        out += 'u' + QByteArray::number((qint64(i) * 7919) % users) + ',' + dt.toString(Qt::ISODate).toUtf8() + ','
               + (i % 3 ? "view" : "buy") + ',' + (i % 3 ? QByteArray() : QByteArray::number(i % 100)) + '\n';
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
}

ImportRequest request(const QString &file)
{
    ImportRequest r;
    r.file = file;
    return r;
}

void setReportingTimeZone(const QString &workspace, const QString &zone)
{
    if (!QFile::exists(workspace))
        QVERIFY(WorkspaceFile::create(workspace).ok());
    auto c = Sqlite::Database::open(workspace, Sqlite::OpenMode::ReadWrite);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error()));
    auto q = c->prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('timezone', ?)");
    QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error()));
    const auto r = q->bind(1, zone).exec();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
}

} // namespace NorthStar::TestSupport
