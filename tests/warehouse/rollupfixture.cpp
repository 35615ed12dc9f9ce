#include "rollupfixture.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar::WarehouseTest {

QList<RawEvent> generateEvents()
{
    const QList<QDate> days{
        QDate(2026, 3, 7),  QDate(2026, 3, 8),  QDate(2026, 3, 9),  // US: clocks forward on the 8th
        QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 3, 30), // EU: forward on the 29th
        QDate(2026, 10, 31), QDate(2026, 11, 1), QDate(2026, 11, 2), // US: back on the 1st
    };
    const QList<QTimeZone> zones{QTimeZone::utc(), QTimeZone("America/Los_Angeles"), QTimeZone("Asia/Kolkata"),
                                 QTimeZone("Europe/Berlin")};
    const QStringList names{u"open"_s, u"booking"_s, u"message sent"_s};
    const QStringList plans{u"free"_s, u"pro"_s, u"team"_s, u"basic"_s};
    const QStringList countries{u"DE"_s, u"US"_s, u"IN"_s, u"FR"_s};
    const QList<qint64> users{101, 102, 103, 104, 105};

    QList<QDateTime> instants;
    for (const QDate &day : days) {
        for (const QTimeZone &zone : zones) {
            const QDateTime midnight = QDateTime(day, QTime(0, 0), zone).toUTC();
            instants << midnight.addSecs(-1) << midnight << midnight.addSecs(30 * 60);
        }
    }
    // Twice 01:30 in Los Angeles on the night clocks go back (08:30 and 09:30 UTC).
    instants << QDateTime(QDate(2026, 11, 1), QTime(8, 30), QTimeZone::utc())
             << QDateTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::utc());
    std::sort(instants.begin(), instants.end());

    QList<RawEvent> events;
    quint32 state = 12345;
    const auto next = [&state](quint32 n) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % n;
    };
    for (qsizetype i = 0; i < instants.size(); ++i) {
        RawEvent e;
        e.user = users.at(qsizetype(next(quint32(users.size()))));
        e.instant = instants.at(i);
        e.event = names.at(qsizetype(next(quint32(names.size()))));
        if (next(4) != 0)
            e.value = double(next(9)) * 1.25;
        // Plans move on over time; now and then an event carries none.
        if (next(5) != 0)
            e.plan = plans.at((i / 20 + e.user) % plans.size());
        // User 105's country is never known; the others' mostly.
        if (e.user != 105 && next(3) != 0)
            e.country = countries.at((e.user + i / 40) % countries.size());
        events << e;
    }
    // Ties at a user's latest instant: the greatest value wins ("zeta" over "basic"), and
    // an event without a plan at the same instant does not hide it.
    const QDateTime last = instants.constLast().addSecs(3600);
    events << RawEvent{101, last, u"open"_s, 2.5, u"basic"_s, u"DE"_s}
           << RawEvent{101, last, u"open"_s, std::nullopt, u"zeta"_s, QString()}
           << RawEvent{101, last, u"booking"_s, 1.0, QString(), u"AT"_s};
    // User 104's latest event has no plan: the plan before it is kept.
    events << RawEvent{104, last.addSecs(60), u"open"_s, 1.0, QString(), QString()};
    return events;
}

Rollup expectedRollup(const QList<RawEvent> &events, const RollupOptions &options)
{
    Rollup rollup;
    struct Latest final
    {
        QDateTime instant;
        QString value;
    };
    QMap<qint64, QList<Latest>> latest;  // per user, per attribute
    for (const RawEvent &e : events) {
        const QDate date = e.instant.toTimeZone(options.timezone).date();
        if (options.since && date < *options.since)
            continue;
        const QString key = QString::number(e.user) + u'|' + date.toString(Qt::ISODate) + u'|' + e.event;
        RollupRow &row = rollup[key];
        row.events += 1;
        if (options.value)
            row.valueSum += e.value.value_or(0);
        QList<Latest> &mine = latest[e.user];
        mine.resize(options.attributes.size());
        for (qsizetype a = 0; a < options.attributes.size(); ++a) {
            const QString value = options.attributes.at(a) == u"plan" ? e.plan : e.country;
            if (value.isEmpty())
                continue;
            Latest &l = mine[a];
            if (!l.instant.isValid() || e.instant > l.instant || (e.instant == l.instant && value > l.value))
                l = {e.instant, value};
        }
    }
    for (auto it = rollup.begin(); it != rollup.end(); ++it) {
        const qint64 user = it.key().section(u'|', 0, 0).toLongLong();
        for (const Latest &l : latest.value(user))
            it->attributes << l.value;
    }
    return rollup;
}

namespace {

// One record of RFC 4180 CSV from `text` at `at`; `at` ends after its line break.
QStringList csvRecord(const QString &text, qsizetype &at)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    while (at < text.size()) {
        const QChar c = text.at(at++);
        if (quoted) {
            if (c == u'"' && at < text.size() && text.at(at) == u'"') {
                field += u'"';
                ++at;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\n') {
            break;
        } else if (c != u'\r') {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

Rollup readRollupCsv(const QString &path, const QStringList &attributeHeader, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    qsizetype at = 0;
    const QStringList header = csvRecord(text, at);
    const QStringList expectedHeader = QStringList{u"user_id"_s, u"date"_s, u"event"_s, u"events"_s, u"value_sum"_s}
                                       + attributeHeader;
    if (header != expectedHeader) {
        error = u"%1: the header is \"%2\", not \"%3\""_s.arg(path, header.join(u','), expectedHeader.join(u','));
        return {};
    }
    Rollup rollup;
    while (at < text.size()) {
        const QStringList f = csvRecord(text, at);
        if (f.size() == 1 && f.constFirst().isEmpty())
            continue;
        if (f.size() != header.size()) {
            error = u"%1: a record with %2 fields: %3"_s.arg(path).arg(f.size()).arg(f.join(u','));
            return {};
        }
        bool countOk = false;
        bool sumOk = false;
        RollupRow row;
        row.events = f.at(3).toLongLong(&countOk);
        row.valueSum = f.at(4).toDouble(&sumOk);
        static const QRegularExpression plainDecimal(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
        if (!countOk || row.events < 1 || !sumOk || !plainDecimal.match(f.at(4)).hasMatch()
            || QDate::fromString(f.at(1), Qt::ISODate).toString(Qt::ISODate) != f.at(1)) {
            error = u"%1: a record that does not read as the rollup: %2"_s.arg(path, f.join(u','));
            return {};
        }
        row.attributes = f.mid(5);
        const QString key = f.at(0) + u'|' + f.at(1) + u'|' + f.at(2);
        if (rollup.contains(key)) {
            error = u"%1: %2 twice"_s.arg(path, key);
            return {};
        }
        rollup.insert(key, row);
    }
    return rollup;
}

QString differences(const Rollup &expected, const Rollup &actual, int limit)
{
    QStringList lines;
    const auto describe = [](const RollupRow &r) {
        return u"events %1, value_sum %2, attributes [%3]"_s.arg(r.events).arg(r.valueSum).arg(r.attributes.join(u", "_s));
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            lines << u"missing %1 (%2)"_s.arg(it.key(), describe(*it));
        else if (found->events != it->events || std::abs(found->valueSum - it->valueSum) > 1e-6
                 || found->attributes != it->attributes)
            lines << u"%1: expected %2, got %3"_s.arg(it.key(), describe(*it), describe(*found));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            lines << u"unexpected %1 (%2)"_s.arg(it.key(), describe(*it));
    }
    if (lines.size() > limit)
        lines = lines.mid(0, limit) << u"... %1 differences in all"_s.arg(lines.size());
    return lines.join(u'\n');
}

QString eventsCsv(const QList<RawEvent> &events, bool header, const QString &nullText)
{
    QString csv;
    if (header)
        csv += u"user,ts,ts_utc,event,value,plan,country\n"_s;
    const auto orNull = [&nullText](const QString &s) { return s.isEmpty() ? nullText : s; };
    for (const RawEvent &e : events) {
        const QString utc = e.instant.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        csv += QString::number(e.user) + u',' + utc + u"+00" + u',' + utc + u',' + e.event + u','
               + (e.value ? QString::number(*e.value) : nullText) + u',' + orNull(e.plan) + u','
               + orNull(e.country) + u'\n';
    }
    return csv;
}

} // namespace NorthStar::WarehouseTest
