#include "import/importcheckpanel.h"

#include "import/importjob.h"
#include "import/importtext.h"
#include "csv/timeparser.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// The first example that reads differently month-first and day-first, as two dates.
std::optional<std::pair<QString, std::pair<QDate, QDate>>> ambiguousExample(
    const QStringList &values, const TimeFormatDetector::Conclusion &c)
{
    const TimeParser monthFirst(c.format);
    const TimeParser dayFirst(c.alternative);
    for (const QString &value : values) {
        const QByteArray utf8 = value.trimmed().toUtf8();
        const std::string_view text(utf8.constData(), size_t(utf8.size()));
        const ParsedTime a = monthFirst.parse(text);
        const ParsedTime b = dayFirst.parse(text);
        if (!a.ok() || !b.ok())
            continue;
        const QDate da = QDateTime::fromMSecsSinceEpoch(a.msecs, QTimeZone::utc()).date();
        const QDate db = QDateTime::fromMSecsSinceEpoch(b.msecs, QTimeZone::utc()).date();
        if (da != db)
            return std::pair{value.trimmed(), std::pair{da, db}};
    }
    return std::nullopt;
}

} // namespace

ImportCheckPanel::ImportCheckPanel(const QString &workspacePath, QWidget *parent)
    : QWidget(parent)
    , m_workspacePath(workspacePath)
    , m_debounce(new QTimer(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_monthFirst(new QPushButton(tr("Month first"), m_banner))
    , m_dayFirst(new QPushButton(tr("Day first"), m_banner))
    , m_spinner(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs());
    connect(m_debounce, &QTimer::timeout, this, &ImportCheckPanel::startCheck);

    m_banner->setObjectName(u"ambiguityBanner"_s);
    m_monthFirst->setObjectName(u"monthFirstButton"_s);
    m_dayFirst->setObjectName(u"dayFirstButton"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3A, 0x2C, 0x00));
    m_banner->setPalette(bannerPalette);
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_monthFirst);
    bannerLayout->addWidget(m_dayFirst);
    m_banner->hide();

    m_spinner->setObjectName(u"checkProgress"_s);
    m_spinner->setRange(0, 0);
    m_spinner->setTextVisible(false);
    m_spinner->setFixedSize(64, 8);
    m_spinner->hide();
    m_status->setObjectName(u"checkStatusLabel"_s);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_details->setObjectName(u"checkDetailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    connect(m_status, &QLabel::linkActivated, this, &ImportCheckPanel::showRejectedRequested);

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_spinner, 0, Qt::AlignVCenter);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addLayout(statusRow);
    layout->addWidget(m_details);

    connect(m_monthFirst, &QPushButton::clicked, this, [this] {
        if (m_result)
            emit timeFormatChosen(m_result->time.format.toString());
    });
    connect(m_dayFirst, &QPushButton::clicked, this, [this] {
        if (m_result)
            emit timeFormatChosen(m_result->time.alternative.toString());
    });
}

ImportCheckPanel::~ImportCheckPanel() = default;

void ImportCheckPanel::setTimeExamples(const QStringList &values)
{
    m_timeExamples = values;
}

void ImportCheckPanel::check(const ImportRequest &request)
{
    retireJob();
    m_request = request;
    m_result.reset();
    setState(State::Checking);
    m_debounce->start();
}

void ImportCheckPanel::block(const QString &message)
{
    m_debounce->stop();
    retireJob();
    m_result.reset();
    setState(State::Blocked, message);
}

// A run for an older request: cancel it and let it go when it ends, without waiting.
void ImportCheckPanel::retireJob()
{
    if (!m_job)
        return;
    ImportJob *job = m_job;
    m_job.clear();
    job->disconnect(this);
    job->cancel();
    if (job->isRunning())
        connect(job, &ImportJob::finished, job, &QObject::deleteLater);
    else
        job->deleteLater();
}

void ImportCheckPanel::startCheck()
{
    retireJob();
    auto *job = new ImportJob(ImportJob::Kind::Validate, m_workspacePath, m_request, this);
    m_job = job;
    connect(job, &ImportJob::progress, this, [this](const ImportProgress &p) {
        if (p.totalBytes > 0) {
            m_spinner->setRange(0, 1000);
            m_spinner->setValue(int(1000 * p.bytes / p.totalBytes));
        }
    });
    connect(job, &ImportJob::finished, this, &ImportCheckPanel::onFinished);
    m_spinner->setRange(0, 0);
    job->start();
}

void ImportCheckPanel::onFinished(const ImportOutcome &outcome)
{
    retireJob();
    if (!outcome.summary) {
        setState(State::Failed, outcome.error);
        return;
    }
    m_result = outcome.summary;
    const TimeFormatDetector::Outcome time = m_result->time.outcome;
    if (m_request.timeFormat.isEmpty()
        && (time == TimeFormatDetector::Outcome::Ambiguous || time == TimeFormatDetector::Outcome::Unreadable)) {
        setState(State::NeedsTime);
    } else if (m_result->duplicate || m_result->imported == 0) {
        setState(State::Nothing);
    } else {
        setState(State::Ready);
    }
}

void ImportCheckPanel::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    m_spinner->setVisible(state == State::Checking);
    m_banner->hide();
    m_details->clear();
    switch (state) {
    case State::Checking:
        m_status->setText(tr("Checking every row…"));
        break;
    case State::Blocked:
    case State::Failed:
        m_status->setText(u"<span style='color:#B3261E'>%1</span>"_s.arg(message.toHtmlEscaped()));
        break;
    case State::NeedsTime:
        if (m_result->time.outcome == TimeFormatDetector::Outcome::Ambiguous) {
            showAmbiguity(m_result->time);
            m_status->setText(tr("Choose how the dates are written to see what will be imported."));
        } else {
            m_status->setText(u"<span style='color:#B3261E'>%1</span>"_s.arg(
                tr("Line %1: \"%2\" does not read like the times before it. Type the time format above "
                   "(iso, epoch-s, epoch-ms or a pattern such as dd.MM.yyyy HH:mm).")
                    .arg(m_result->time.offendingLine)
                    .arg(m_result->time.offendingValue)
                    .toHtmlEscaped()));
        }
        break;
    case State::Nothing:
    case State::Ready:
        showResult();
        break;
    }
    emit stateChanged();
}

void ImportCheckPanel::showResult()
{
    const ImportSummary &s = *m_result;
    if (s.duplicate) {
        m_status->setText(tr("<b>This file was already imported</b> into source \"%1\": nothing to add.")
                              .arg(s.source.toHtmlEscaped()));
        return;
    }
    QString text = s.rollup ? tr("<b>%1</b> rollup rows (%2 events) will be imported, <b>%3</b> rejected")
                                  .arg(ImportText::count(s.imported), ImportText::count(s.events),
                                       ImportText::count(s.rejected))
                            : tr("<b>%1</b> rows will be imported, <b>%2</b> rejected")
                                  .arg(ImportText::count(s.imported), ImportText::count(s.rejected));
    if (s.rejected > 0)
        text += u" (<a href='rejected'>%1</a>)"_s.arg(tr("show"));
    text += u"."_s;
    if (s.imported == 0)
        text += u" "_s + tr("No row can be imported: check the columns and the time format.");
    m_status->setText(text);

    QStringList details;
    if (s.rollup && s.firstDay)
        details << tr("dates %1 to %2 (%3)").arg(*s.firstDay, *s.lastDay, s.timeZone);
    else if (s.firstMs)
        details << tr("%1 (%2)").arg(ImportText::range(s, s.timeZone), s.timeZone);
    details << (s.users == 1 ? tr("1 user") : tr("%1 users").arg(ImportText::count(s.users)));
    if (s.replaced > 0)
        details << tr("replaces %1 earlier rows of \"%2\" in this range").arg(ImportText::count(s.replaced), s.source);
    m_details->setText(details.join(u"  ·  "_s));
}

void ImportCheckPanel::showAmbiguity(const TimeFormatDetector::Conclusion &c)
{
    const QLocale locale;
    const auto example = ambiguousExample(m_timeExamples, c);
    QString text;
    if (example) {
        text = tr("<b>%1</b> could be %2 or %3: the dates in this file are")
                   .arg(example->first.toHtmlEscaped(), locale.toString(example->second.first, u"d MMMM"_s),
                        locale.toString(example->second.second, u"d MMMM"_s));
    } else {
        text = tr("Every date in this file reads both month first and day first. The dates are");
    }
    m_bannerText->setText(text);
    m_monthFirst->setToolTip(c.format.toString());
    m_dayFirst->setToolTip(c.alternative.toString());
    m_banner->show();
}

} // namespace NorthStar
