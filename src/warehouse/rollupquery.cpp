#include "warehouse/rollupquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The resource object file is linked through a static library; referencing its initialiser
// keeps the linker from dropping it (and with it, every template).
static void initWarehouseResources()
{
    Q_INIT_RESOURCE(northstar_warehouse_sql);
}

namespace NorthStar::Warehouse {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Warehouse)
};

struct EngineEntry final
{
    Engine engine;
    const char *name;  // as --engine takes it, and the template's file name
    int tableParts;    // the most parts a table name has: db.schema.table
};

constexpr EngineEntry engineEntries[] = {
    {Engine::ClickHouse, "clickhouse", 2}, {Engine::PostgreSql, "postgresql", 3},
    {Engine::BigQuery, "bigquery", 3},     {Engine::Snowflake, "snowflake", 3},
    {Engine::Spark, "spark", 3},           {Engine::DuckDb, "duckdb", 3},
};

const EngineEntry &entry(Engine engine)
{
    for (const EngineEntry &e : engineEntries) {
        if (e.engine == engine)
            return e;
    }
    Q_UNREACHABLE();
}

// The columns of the rollup itself: an attribute may not take one of their names.
const QStringList rollupColumns{u"user_id"_s, u"date"_s, u"event"_s, u"events"_s, u"value_sum"_s};

QString doubled(const QString &text, QChar quote)
{
    QString quoted = text;
    quoted.replace(quote, QString(2, quote));
    return quote + quoted + quote;
}

// Backslash escapes, as BigQuery, Spark's strings and ClickHouse read them.
QString backslashed(const QString &text, QChar quote)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += quote;
    for (const QChar c : text) {
        if (c == u'\\' || c == quote)
            escaped += u'\\';
        if (c == u'\n')
            escaped += u"\\n"_s;
        else if (c == u'\r')
            escaped += u"\\r"_s;
        else if (c == u'\t')
            escaped += u"\\t"_s;
        else
            escaped += c;
    }
    escaped += quote;
    return escaped;
}

std::optional<QString> blankColumn(const QString &what, const QString &column)
{
    if (column.trimmed().isEmpty())
        return Text::tr("The %1 column is empty: give a column name.").arg(what);
    return std::nullopt;
}

// An IANA id that QTimeZone knows, not an offset ("UTC+02:00") that no warehouse reads the same.
bool isIanaTimezone(const QString &id)
{
    static const QRegularExpression offset(u"^(UTC|GMT)[+-]"_s);
    return !id.isEmpty() && !offset.match(id).hasMatch() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

} // namespace

QStringList engineNames()
{
    QStringList names;
    for (const EngineEntry &e : engineEntries)
        names << QString::fromLatin1(e.name);
    return names;
}

std::optional<Engine> engineNamed(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const EngineEntry &e : engineEntries) {
        if (key == QLatin1StringView(e.name))
            return e.engine;
    }
    if (key == u"postgres" || key == u"citus" || key == u"greenplum" || key == u"timescaledb")
        return Engine::PostgreSql;
    if (key == u"databricks")
        return Engine::Spark;
    return std::nullopt;
}

QString engineName(Engine engine)
{
    return QString::fromLatin1(entry(engine).name);
}

QString quoteIdentifier(Engine engine, const QString &name)
{
    switch (engine) {
    case Engine::PostgreSql:
    case Engine::Snowflake:
    case Engine::DuckDb:
        return doubled(name, u'"');
    case Engine::Spark:
        return doubled(name, u'`');
    case Engine::BigQuery:
    case Engine::ClickHouse:
        return backslashed(name, u'`');
    }
    Q_UNREACHABLE();
}

Result<QString> quoteTable(Engine engine, const QString &table)
{
    if (table.trimmed().isEmpty())
        return fail(Text::tr("The table name is empty: give the raw events table, e.g. analytics.events."));
    const QStringList parts = table.split(u'.');
    const int most = entry(engine).tableParts;
    if (parts.size() > most) {
        return fail(Text::tr("The table name \"%1\" has %2 parts; %3 names a table with at most %4 "
                       "(%5).")
                        .arg(table)
                        .arg(parts.size())
                        .arg(engineName(engine))
                        .arg(most)
                        .arg(most == 2 ? u"database.table"_s : u"database.schema.table"_s));
    }
    QStringList quoted;
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            return fail(Text::tr("The table name \"%1\" has an empty part between its dots.").arg(table));
        quoted << quoteIdentifier(engine, part);
    }
    return quoted.join(u'.');
}

QString quoteString(Engine engine, const QString &text)
{
    switch (engine) {
    case Engine::PostgreSql:
    case Engine::DuckDb:
        return doubled(text, u'\'');
    case Engine::Snowflake: {
        // Snowflake reads backslash escapes in '...' too.
        QString escaped = text;
        escaped.replace(u'\\', u"\\\\"_s);
        return doubled(escaped, u'\'');
    }
    case Engine::BigQuery:
    case Engine::Spark:
    case Engine::ClickHouse:
        return backslashed(text, u'\'');
    }
    Q_UNREACHABLE();
}

QString templateText(Engine engine)
{
    initWarehouseResources();
    QFile file(u":/warehouse/"_s + engineName(engine) + u".sql"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "templateText", "every engine's template is compiled in");
    return opened ? QString::fromUtf8(file.readAll()) : QString();
}

QDateTime sinceInstant(QDate since)
{
    return QDateTime(since, QTime(0, 0), QTimeZone::utc()).addSecs(-14 * 3600);
}

Result<QString> rollupQuery(const RollupRequest &request)
{
    const auto engine = engineNamed(request.engine);
    if (!engine) {
        if (request.engine.trimmed().compare(u"redshift"_s, Qt::CaseInsensitive) == 0) {
            return fail(Text::tr("Redshift runs the postgresql query with two lines changed: use --engine postgresql "
                           "and change them as its comment says (docs/warehouse.md)."));
        }
        return fail(Text::tr("Unknown engine \"%1\". Engines: %2.").arg(request.engine, engineNames().join(u", "_s)));
    }
    const std::pair<QString, QString> columns[] = {
        {Text::tr("user"), request.user}, {Text::tr("time"), request.time}, {Text::tr("event"), request.event}};
    for (const auto &[what, column] : columns) {
        if (const auto blank = blankColumn(what, column))
            return fail(*blank);
    }
    const auto table = quoteTable(*engine, request.table);
    if (!table)
        return fail(table.error());
    if (request.value) {
        if (const auto blank = blankColumn(Text::tr("value"), *request.value))
            return fail(*blank);
    }
    TemplateValues values;
    QStringList seen;
    for (const QString &attribute : request.attributes) {
        if (const auto blank = blankColumn(Text::tr("attribute"), attribute))
            return fail(*blank);
        if (rollupColumns.contains(attribute, Qt::CaseInsensitive)) {
            return fail(Text::tr("The attribute \"%1\" has the name of a rollup column (%2): rename it in a view first.")
                            .arg(attribute, rollupColumns.join(u", "_s)));
        }
        if (seen.contains(attribute, Qt::CaseInsensitive))
            return fail(Text::tr("The attribute \"%1\" is given twice.").arg(attribute));
        seen << attribute;
        const QString quoted = quoteIdentifier(*engine, attribute);
        values.attributes.append({quoted, quoted, u"ns_attr_"_s + QString::number(seen.size())});
    }
    if (!isIanaTimezone(request.timezone)) {
        return fail(Text::tr("\"%1\" is not a timezone: give an IANA id such as UTC, Europe/Berlin or "
                       "America/Los_Angeles.")
                        .arg(request.timezone));
    }
    values.values = {
        {u"table"_s, *table},
        {u"user"_s, quoteIdentifier(*engine, request.user)},
        {u"time"_s, quoteIdentifier(*engine, request.time)},
        {u"event"_s, quoteIdentifier(*engine, request.event)},
        {u"value"_s, request.value ? quoteIdentifier(*engine, *request.value) : u"0"_s},
        {u"timezone"_s, quoteString(*engine, request.timezone)},
    };
    if (!request.since.isEmpty()) {
        const QDate since = QDate::fromString(request.since, u"yyyy-MM-dd"_s);
        if (request.since.size() != 10 || !since.isValid())
            return fail(Text::tr("--since \"%1\" is not a date: give it as YYYY-MM-DD.").arg(request.since));
        const QString instant = sinceInstant(since).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        values.since = true;
        values.values.append({u"since_date"_s, quoteString(*engine, since.toString(Qt::ISODate))});
        values.values.append({u"since_utc"_s, quoteString(*engine, instant)});
        values.values.append({u"since_utc_offset"_s, quoteString(*engine, instant + u"+00:00"_s)});
    }
    return fillTemplate(templateText(*engine), values);
}

namespace {

struct Line final
{
    QString text;
    QString block;  // a block's name, its lines in `children`
    QList<Line> children;
};

// Splits `lines` from `at` into lines and blocks up to the end marker of `open` (none at
// the top); `at` ends after that marker.
Result<QList<Line>> parseLines(const QStringList &lines, qsizetype &at, const QString &open)
{
    static const QRegularExpression marker(u"^\\s*\\{\\{([#/])([a-z_]+)\\}\\}\\s*$"_s);
    QList<Line> parsed;
    while (at < lines.size()) {
        const QString &line = lines.at(at++);
        const auto match = marker.match(line);
        if (!match.hasMatch()) {
            parsed.append({line, {}, {}});
            continue;
        }
        const QString name = match.captured(2);
        if (match.captured(1) == u"/") {
            if (name != open)
                return fail(Text::tr("The template closes {{/%1}}, which is not open.").arg(name));
            return parsed;
        }
        auto children = parseLines(lines, at, name);
        if (!children)
            return fail(children.error());
        parsed.append({{}, name, std::move(*children)});
    }
    if (!open.isEmpty())
        return fail(Text::tr("The template leaves {{#%1}} open.").arg(open));
    return parsed;
}

Result<void> render(const QList<Line> &lines, const TemplateValues &values,
                    const TemplateValues::Attribute *attribute, QString &out)
{
    static const QRegularExpression placeholder(u"\\{\\{([^{}]*)\\}\\}"_s);
    for (const Line &line : lines) {
        if (!line.block.isEmpty()) {
            Result<void> done;
            if (line.block == u"since") {
                if (values.since)
                    done = render(line.children, values, attribute, out);
            } else if (line.block == u"any_attributes") {
                if (!values.attributes.isEmpty())
                    done = render(line.children, values, attribute, out);
            } else if (line.block == u"attributes" && !attribute) {
                for (const TemplateValues::Attribute &a : values.attributes) {
                    done = render(line.children, values, &a, out);
                    if (!done)
                        break;
                }
            } else {
                return fail(Text::tr("The template has a block {{#%1}} that is not one of since, any_attributes, "
                               "attributes (not nested).")
                                .arg(line.block));
            }
            if (!done)
                return done;
            continue;
        }
        QString text;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(line.text); it.hasNext();) {
            const auto match = it.next();
            const QString key = match.captured(1);
            std::optional<QString> value;
            for (const auto &[name, v] : values.values) {
                if (name == key)
                    value = v;
            }
            if (attribute && key == u"attribute")
                value = attribute->column;
            else if (attribute && key == u"attribute_name")
                value = attribute->name;
            else if (attribute && key == u"attribute_alias")
                value = attribute->alias;
            if (!value)
                return fail(Text::tr("The template uses {{%1}}, which has no value here.").arg(key));
            text += QStringView(line.text).sliced(from, match.capturedStart() - from) + *value;
            from = match.capturedEnd();
        }
        out += text + QStringView(line.text).sliced(from) + u'\n';
    }
    return {};
}

} // namespace

Result<QString> fillTemplate(const QString &text, const TemplateValues &values)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    qsizetype at = 0;
    const auto parsed = parseLines(lines, at, {});
    if (!parsed)
        return fail(parsed.error());
    QString out;
    if (const auto rendered = render(*parsed, values, nullptr, out); !rendered)
        return fail(rendered.error());
    return out;
}

} // namespace NorthStar::Warehouse
