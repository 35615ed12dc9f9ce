#include "demo/demoevents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <QTimeZone>

#include <cmath>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace NorthStar::DemoEvents {
namespace {

// SplitMix64: tiny, fast and the same everywhere (std:: distributions are not portable).
class Random final
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

private:
    std::uint64_t m_state;
};

// The demo tree's shipped work (resources/demo/demo-tree.json) and what each one changes.
const QDate streakReminders(2026, 3, 10);
const QDate referralRewards(2026, 4, 14);
const QDate adaptiveLessons(2026, 6, 2);
const QDate placementTest(2026, 8, 18);

const char *const countries[] = {"DE", "DE", "DE", "US", "US", "US", "GB", "GB", "FR", "BR"};

struct Learner final
{
    QString id;
    QDate joined;
    double engagement = 0;  // 0..1: how likely an ordinary day includes learning
    double churnPerWeek = 0;
    bool activates = false;
    int daysToFirstLesson = 0;
    QString country;
    QString plan;
};

Learner makeLearner(Random &random, int index, QDate joined)
{
    Learner l;
    l.id = u"u%1"_s.arg(index, 5, 10, QChar(u'0'));
    l.joined = joined;
    // Most learners are casual, a few are devoted: a skewed engagement.
    l.engagement = std::pow(random.uniform(), 1.8) * 0.75 + 0.05;
    l.churnPerWeek = 0.04 + (1.0 - l.engagement) * 0.12;
    const double activationChance = joined >= placementTest ? 0.68 : 0.55;
    l.activates = random.chance(activationChance);
    l.daysToFirstLesson = random.chance(0.6) ? 0 : 1 + random.below(joined >= placementTest ? 3 : 6);
    l.country = QString::fromLatin1(countries[random.below(10)]);
    l.plan = random.chance(0.2) ? u"plus"_s : u"free"_s;
    return l;
}

class Writer final
{
public:
    explicit Writer(QTextStream &out) : m_out(out) {}

    void event(const Learner &l, QDate day, int minuteOfDay, const char *name, double value = -1)
    {
        const QDateTime at(day, QTime(0, 0).addSecs(minuteOfDay * 60), Qt::UTC);
        m_out << l.id << ',' << at.toString(Qt::ISODate) << ',' << name << ',';
        if (value >= 0)
            m_out << QString::number(value, 'f', 2);
        m_out << ',' << l.country << ',' << l.plan << '\n';
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }

private:
    QTextStream &m_out;
    qint64 m_rows = 0;
};

void simulate(Random &random, const Learner &l, Writer &writer)
{
    bool active = true;
    for (QDate day = l.joined; day <= lastDay() && active; day = day.addDays(1)) {
        const bool joinedToday = day == l.joined;
        double openChance = l.engagement * (day >= streakReminders ? 1.3 : 1.0);
        // Weekends are a little quieter.
        if (day.dayOfWeek() >= 6)
            openChance *= 0.8;
        if (!joinedToday && !random.chance(std::min(openChance, 0.95)))
            continue;
        const int minute = 6 * 60 + random.below(15 * 60);
        writer.event(l, day, minute, "app_open");
        const int sinceJoin = static_cast<int>(l.joined.daysTo(day));
        const bool mayLearn = l.activates && sinceJoin >= l.daysToFirstLesson;
        if (mayLearn) {
            const double meanLessons = 1.2 + l.engagement * 2.0 + (day >= adaptiveLessons ? 0.5 : 0.0);
            const int lessons = 1 + static_cast<int>(random.uniform() * meanLessons);
            for (int i = 0; i < lessons; ++i) {
                writer.event(l, day, std::min(minute + 1 + i * 9, 24 * 60 - 2), "lesson_started");
                if (random.chance(0.88))
                    writer.event(l, day, std::min(minute + 8 + i * 9, 24 * 60 - 1), "lesson_completed");
            }
        }
        if (l.plan == u"plus"_s && random.chance(0.01))
            writer.event(l, day, std::min(minute + 30, 24 * 60 - 1), "purchase", 9.99);
        if (day.dayOfWeek() == 7 && random.chance(l.churnPerWeek))
            active = false;
    }
}

} // namespace

QDate firstDay() { return QDate(2025, 11, 24); }
QDate lastDay() { return QDate(2026, 11, 22); }

Result<qint64> write(const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QCoreApplication::translate("NorthStar::DemoEvents", "Cannot write %1: %2")
                        .arg(csvPath, file.errorString()));
    QTextStream out(&file);
    out << "user_id,timestamp,event,value,country,plan\n";
    Writer writer(out);
    Random random(20261123);
    int index = 0;
    for (QDate day = firstDay(); day <= lastDay(); day = day.addDays(1)) {
        // New learners per day; the referral rewards bring more.
        const double expected = (day >= referralRewards ? 9.0 : 6.5) * (day.dayOfWeek() >= 6 ? 1.2 : 1.0);
        const int arrivals = static_cast<int>(expected * (0.7 + 0.6 * random.uniform()));
        for (int i = 0; i < arrivals; ++i)
            simulate(random, makeLearner(random, ++index, day), writer);
    }
    // A full disk shows in the stream's status or when QFile's buffer is flushed: check
    // both, or a truncated file would be imported as if it were the whole year.
    out.flush();
    const bool written = out.status() == QTextStream::Ok && file.flush() && file.error() == QFileDevice::NoError;
    if (!written) {
        // A failed flush of QTextStream's buffer leaves QFile without an error of its own.
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   : QCoreApplication::translate("NorthStar::DemoEvents",
                                                                 "the disk is full or the file too large");
        return fail(QCoreApplication::translate("NorthStar::DemoEvents", "Cannot write %1: %2").arg(csvPath, reason));
    }
    file.close();
    return writer.rows();
}

} // namespace NorthStar::DemoEvents
