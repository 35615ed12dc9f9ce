#include "import/pullform.h"

#include "import/timezonecombo.h"
#include "warehouse/rollupquery.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

constexpr int kPostgres = 0;
constexpr int kClickHouse = 1;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *hint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLineEdit *field(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

bool holdsPassword(const QString &text)
{
    const QUrl url(text.trimmed());
    return !url.password().isEmpty() || QUrlQuery(url).hasQueryItem(u"password"_s);
}

} // namespace

PullForm::PullForm(const QList<Pull::SavedPull> &saved, const QString &timeZone, QWidget *parent)
    : QWidget(parent)
    , m_saved(saved)
    , m_source(new QComboBox(this))
    , m_server(new QComboBox(this))
    , m_url(field(u"pullUrlEdit"_s, QString(), this))
    , m_password(field(u"pullPasswordEdit"_s, QString(), this))
    , m_passwordHint(hint(this))
    , m_table(field(u"pullTableEdit"_s, tr("schema.table, e.g. analytics.events"), this))
    , m_user(field(u"pullUserEdit"_s, tr("e.g. user_id"), this))
    , m_time(field(u"pullTimeEdit"_s, tr("e.g. event_time"), this))
    , m_event(field(u"pullEventEdit"_s, tr("e.g. event_name"), this))
    , m_value(field(u"pullValueEdit"_s, tr("Optional; none: value_sum is 0"), this))
    , m_attributes(field(u"pullAttributesEdit"_s, tr("Optional, comma separated, e.g. plan, country"), this))
    , m_zone(new TimeZoneCombo(this))
    , m_since(field(u"pullSinceEdit"_s, tr("YYYY-MM-DD"), this))
    , m_sinceHint(hint(this))
{
    m_source->setObjectName(u"pullSourceCombo"_s);
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_server->setObjectName(u"pullServerCombo"_s);
    m_server->addItem(u"PostgreSQL"_s);
    m_server->addItem(u"ClickHouse"_s);
    m_zone->setObjectName(u"pullTimeZoneCombo"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordHint->setObjectName(u"pullPasswordHint"_s);
    m_sinceHint->setObjectName(u"pullSinceHint"_s);
    m_since->setMaximumWidth(fontMetrics().horizontalAdvance(u"0000-00-00"_s) * 2);

    // The password is never saved: it comes from the environment, or is typed here.
    m_environmentPassword = qEnvironmentVariable("NORTHSTAR_WAREHOUSE_PASSWORD");
    m_password->setText(m_environmentPassword);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    const auto row = [this, form](const QString &label, QWidget *field, QWidget *note = nullptr) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        if (!note) {
            form->addRow(buddy, field);
            return;
        }
        auto *line = new QHBoxLayout;
        line->setSpacing(10);
        line->addWidget(field, 0);
        line->addWidget(note, 1);
        form->addRow(buddy, line);
    };
    form->addRow(sectionTitle(tr("Server"), this));
    row(tr("&Source:"), m_source);
    row(tr("Server &kind:"), m_server);
    row(tr("&URL:"), m_url);
    row(tr("Pass&word:"), m_password, m_passwordHint);
    form->addItem(new QSpacerItem(0, 8));
    form->addRow(sectionTitle(tr("Raw events"), this));
    row(tr("&Table:"), m_table);
    row(tr("Us&er column:"), m_user);
    row(tr("T&ime column:"), m_time);
    row(tr("E&vent column:"), m_event);
    row(tr("Va&lue column:"), m_value);
    row(tr("&Attributes:"), m_attributes);
    form->addItem(new QSpacerItem(0, 8));
    form->addRow(sectionTitle(tr("Dates"), this));
    row(tr("Reporting time&zone:"), m_zone);
    row(tr("Si&nce:"), m_since, m_sinceHint);
    m_password->setMinimumWidth(m_since->maximumWidth() * 2);

    setTabOrder(m_source, m_server);
    setTabOrder(m_server, m_url);
    setTabOrder(m_url, m_password);
    setTabOrder(m_password, m_table);
    setTabOrder(m_table, m_user);
    setTabOrder(m_user, m_time);
    setTabOrder(m_time, m_event);
    setTabOrder(m_event, m_value);
    setTabOrder(m_value, m_attributes);
    setTabOrder(m_attributes, m_zone);
    setTabOrder(m_zone, m_since);

    // The saved sources first; "warehouse" (the command line's default) is always there.
    for (const Pull::SavedPull &s : std::as_const(m_saved))
        m_source->addItem(s.request.source);
    if (m_source->findText(u"warehouse"_s) < 0)
        m_source->addItem(u"warehouse"_s);
    const Pull::SavedPull *first = savedFor(u"warehouse"_s);
    if (!first && !m_saved.isEmpty())
        first = &m_saved.constFirst();
    m_zone->setZoneId(timeZone.isEmpty() ? u"UTC"_s : timeZone);
    if (first) {
        m_source->setCurrentIndex(m_source->findText(first->request.source));
        applySaved(*first);
    } else {
        m_source->setCurrentIndex(m_source->findText(u"warehouse"_s));
    }

    connect(m_source, &QComboBox::activated, this, [this](int index) {
        if (const Pull::SavedPull *s = savedFor(m_source->itemText(index)))
            applySaved(*s);
    });
    connect(m_source, &QComboBox::editTextChanged, this, &PullForm::check);
    connect(m_server, &QComboBox::currentIndexChanged, this, &PullForm::check);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        followUrlScheme();
        check();
    });
    for (QLineEdit *edit : {m_password, m_table, m_user, m_time, m_event, m_value, m_attributes, m_since})
        connect(edit, &QLineEdit::textChanged, this, &PullForm::check);
    connect(m_zone, &TimeZoneCombo::zoneEdited, this, &PullForm::check);
    check();
}

const Pull::SavedPull *PullForm::savedFor(const QString &source) const
{
    for (const Pull::SavedPull &s : m_saved) {
        if (s.request.source == source)
            return &s;
    }
    return nullptr;
}

void PullForm::applySaved(const Pull::SavedPull &saved)
{
    const Pull::PullRequest &r = saved.request;
    const QSignalBlocker blockSource(m_source);
    m_source->setEditText(r.source);
    m_server->setCurrentIndex(r.url.server == Pull::Server::ClickHouse ? kClickHouse : kPostgres);
    m_url->setText(r.url.text);
    m_table->setText(r.query.table);
    m_user->setText(r.query.user);
    m_time->setText(r.query.time);
    m_event->setText(r.query.event);
    m_value->setText(r.query.value.value_or(QString()));
    m_attributes->setText(r.query.attributes.join(u", "_s));
    m_zone->setZoneId(r.query.timezone);
    m_since->clear();
    check();
}

void PullForm::setSavedPulls(const QList<Pull::SavedPull> &saved)
{
    m_saved = saved;
    for (const Pull::SavedPull &s : std::as_const(m_saved)) {
        if (m_source->findText(s.request.source) < 0)
            m_source->addItem(s.request.source);
    }
    check();
}

void PullForm::followUrlScheme()
{
    // The URL says which server it is: postgresql:// or http(s):// (ClickHouse's interface).
    const QString scheme = QUrl(m_url->text().trimmed()).scheme().toLower();
    if (scheme == u"postgresql"_s || scheme == u"postgres"_s)
        m_server->setCurrentIndex(kPostgres);
    else if (scheme == u"http"_s || scheme == u"https"_s)
        m_server->setCurrentIndex(kClickHouse);
}

QString PullForm::continuesFrom() const
{
    const Pull::SavedPull *s = savedFor(m_source->currentText().trimmed());
    return s ? s->lastDate : QString();
}

void PullForm::updateHints()
{
    const bool clickHouse = m_server->currentIndex() == kClickHouse;
    m_url->setPlaceholderText(clickHouse ? u"http://host:8123/?database=analytics"_s
                                         : u"postgresql://user@host:5432/analytics"_s);
    if (!m_environmentPassword.isEmpty() && m_password->text() == m_environmentPassword)
        m_passwordHint->setText(tr("From NORTHSTAR_WAREHOUSE_PASSWORD; never saved"));
    else if (clickHouse)
        m_passwordHint->setText(tr("Never saved in the workspace"));
    else
        m_passwordHint->setText(tr("Never saved; empty: PGPASSWORD or ~/.pgpass"));
    const QString last = continuesFrom();
    m_since->setPlaceholderText(last.isEmpty() ? tr("YYYY-MM-DD") : last);
    if (!m_since->text().trimmed().isEmpty())
        m_sinceHint->setText(tr("Local dates from this one on"));
    else if (!last.isEmpty())
        m_sinceHint->setText(tr("Empty: continues from %1, the last date pulled").arg(last));
    else
        m_sinceHint->setText(tr("Empty: every date"));
}

void PullForm::check()
{
    updateHints();
    const Pull::PullRequest r = request();
    const QString url = m_url->text().trimmed();
    m_problem.clear();
    m_problemIsError = true;
    // What is typed wrong first, in the order of the fields.
    if (!url.isEmpty() && holdsPassword(url)) {
        m_problem = tr("The URL holds a password: leave it out (it would be saved in the workspace with the "
                       "connection) and type it in the Password field.");
    } else if (!url.isEmpty()) {
        auto parsed = m_server->currentIndex() == kClickHouse ? Pull::parseClickHouseUrl(url) : Pull::parsePostgresUrl(url);
        if (!parsed)
            m_problem = parsed.error();
    }
    if (m_problem.isEmpty() && !m_zone->zoneId().isEmpty() && !m_zone->isValidZone()) {
        m_problem = tr("\"%1\" is not a timezone this system knows: choose one from the list, e.g. Europe/Berlin.")
                        .arg(m_zone->zoneId());
    }
    const QString since = m_since->text().trimmed();
    if (m_problem.isEmpty() && !since.isEmpty() && !QDate::fromString(since, Qt::ISODate).isValid())
        m_problem = tr("Since \"%1\" is not a date: write it as YYYY-MM-DD, or leave it empty.").arg(since);
    // Then what is still to fill in, all at once.
    if (m_problem.isEmpty()) {
        QStringList missing;
        const std::pair<QString, QString> required[] = {
            {r.source, tr("the source")},       {url, tr("the URL")},
            {r.query.table, tr("the table")},   {r.query.user, tr("the user column")},
            {r.query.time, tr("the time column")}, {r.query.event, tr("the event column")},
            {r.query.timezone, tr("the reporting timezone")}};
        for (const auto &[value, name] : required) {
            if (value.isEmpty())
                missing << name;
        }
        if (!missing.isEmpty()) {
            m_problem = tr("To pull, fill in %1.").arg(QLocale().createSeparatedList(missing));
            m_problemIsError = false;
        }
    }
    // Last, what only the query finds: a table name with an empty part, an attribute named
    // like a rollup column or given twice.
    if (m_problem.isEmpty()) {
        if (auto sql = Warehouse::rollupQuery(r.query); !sql)
            m_problem = sql.error();
    }
    emit changed();
}

Pull::PullRequest PullForm::request() const
{
    Pull::PullRequest r;
    const bool clickHouse = m_server->currentIndex() == kClickHouse;
    const QString url = m_url->text().trimmed();
    if (auto parsed = clickHouse ? Pull::parseClickHouseUrl(url) : Pull::parsePostgresUrl(url))
        r.url = *parsed;
    r.url.server = clickHouse ? Pull::Server::ClickHouse : Pull::Server::PostgreSql;
    r.query.engine = clickHouse ? u"clickhouse"_s : u"postgresql"_s;
    r.query.table = m_table->text().trimmed();
    r.query.user = m_user->text().trimmed();
    r.query.time = m_time->text().trimmed();
    r.query.event = m_event->text().trimmed();
    if (const QString value = m_value->text().trimmed(); !value.isEmpty())
        r.query.value = value;
    for (const QString &a : m_attributes->text().split(u',', Qt::SkipEmptyParts)) {
        if (!a.trimmed().isEmpty())
            r.query.attributes << a.trimmed();
    }
    r.query.timezone = m_zone->zoneId();
    r.query.since = m_since->text().trimmed();
    r.source = m_source->currentText().trimmed();
    r.password = m_password->text();
    return r;
}

QString PullForm::problem() const
{
    return m_problem;
}

bool PullForm::problemIsError() const
{
    return m_problemIsError && !m_problem.isEmpty();
}

QWidget *PullForm::firstField() const
{
    return m_source;
}

QWidget *PullForm::lastField() const
{
    return m_since;
}

QWidget *PullForm::initialFocus() const
{
    if (m_url->text().trimmed().isEmpty())
        return m_url;
    if (m_password->text().isEmpty())
        return m_password;
    return problem().isEmpty() ? nullptr : m_url;
}

} // namespace NorthStar
