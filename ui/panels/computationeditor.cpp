#include "panels/computationeditor.h"

#include "analysis/metricscontroller.h"
#include "eventstore/eventstore.h"
#include "metrics/formulaparser.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "render/cardnumbers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

QString kindText(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Breadth: return ComputationEditor::tr("Breadth: active users");
    case MetricKind::Depth: return ComputationEditor::tr("Depth: events per active user");
    case MetricKind::DepthValue: return ComputationEditor::tr("Depth (value): value per active user");
    case MetricKind::Frequency: return ComputationEditor::tr("Frequency: active days per user");
    case MetricKind::Stickiness: return ComputationEditor::tr("Stickiness: users active exactly k days");
    case MetricKind::StickinessCumulative: return ComputationEditor::tr("Stickiness: users active at least k days");
    case MetricKind::Threshold: return ComputationEditor::tr("Threshold: users with at least n events");
    case MetricKind::Activation: return ComputationEditor::tr("Activation: new users acting within W days");
    case MetricKind::TimeToValue: return ComputationEditor::tr("Time to value: median days to the core action");
    case MetricKind::Lifecycle: return ComputationEditor::tr("Lifecycle: new, returning, resurrecting, dormant");
    case MetricKind::Formula: return ComputationEditor::tr("Formula over other metrics");
    }
    return {};
}

bool usesParameter(MetricKind kind)
{
    return kind == MetricKind::Stickiness || kind == MetricKind::StickinessCumulative
           || kind == MetricKind::Threshold || kind == MetricKind::Activation;
}

QString errorHtml(const QString &text)
{
    return u"<span style='color:#b42318'>%1</span>"_s.arg(text.toHtmlEscaped());
}

} // namespace

AnalysisRequest documentRequest(const Document &document, const MetricsController *controller)
{
    if (auto request = AnalysisRequest::fromSettings(document.data()))
        return *request;
    return controller ? controller->defaultRequest() : AnalysisRequest{};
}

ComputationEditor::ComputationEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(new QComboBox(this))
    , m_eventsLabel(new QLabel(tr("Core &action:"), this))
    , m_events(new QListWidget(this))
    , m_eventsNote(new QLabel(this))
    , m_parameterLabel(new QLabel(this))
    , m_parameter(new QSpinBox(this))
    , m_formulaLabel(new QLabel(tr("F&ormula:"), this))
    , m_formula(new QLineEdit(this))
    , m_formulaMessage(new QLabel(this))
    , m_segment(new QLineEdit(this))
    , m_segmentMessage(new QLabel(this))
    , m_preview(new QLabel(this))
{
    setObjectName(u"computationEditor"_s);
    m_kind->setObjectName(u"computationKind"_s);
    m_kind->addItem(tr("Not computed"), QString());
    for (const QString &name : metricKindNames())
        m_kind->addItem(kindText(*metricKindFromName(name)), name);
    // As wide as the dock allows, not as the longest kind (the German ones are long).
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_events->setObjectName(u"computationEvents"_s);
    m_events->setToolTip(tr("The core action: the event names of the imported data that count. "
                            "None ticked: every event."));
    m_events->setUniformItemSizes(true);
    m_events->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_events->setTextElideMode(Qt::ElideRight);
    m_events->setFixedHeight(m_events->fontMetrics().height() * 6 + 12);
    m_eventsLabel->setBuddy(m_events);
    m_eventsNote->setWordWrap(true);
    m_eventsNote->setForegroundRole(QPalette::PlaceholderText);
    m_parameter->setObjectName(u"computationParameter"_s);
    m_parameter->setRange(1, 366);
    m_parameterLabel->setBuddy(m_parameter);
    m_formula->setObjectName(u"computationFormula"_s);
    m_formula->setPlaceholderText(tr("e.g. \"Weekly bookers\" / Visitors"));
    m_formulaLabel->setBuddy(m_formula);
    m_formulaMessage->setWordWrap(true);
    m_formulaMessage->setTextFormat(Qt::PlainText);
    m_formulaMessage->setStyleSheet(u"color: #b42318;"_s);
    m_segment->setObjectName(u"computationSegment"_s);
    m_segment->setPlaceholderText(tr("Everybody (or e.g. country = DE)"));
    m_segmentMessage->setWordWrap(true);
    m_segmentMessage->setTextFormat(Qt::PlainText);
    m_segmentMessage->setStyleSheet(u"color: #b42318;"_s);
    m_preview->setObjectName(u"computationPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(m_eventsLabel, m_events);
    form->addRow(QString(), m_eventsNote);
    form->addRow(m_parameterLabel, m_parameter);
    form->addRow(m_formulaLabel, m_formula);
    form->addRow(QString(), m_formulaMessage);
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(QString(), m_segmentMessage);
    form->addRow(tr("Latest:"), m_preview);

    connect(m_kind, &QComboBox::activated, this, &ComputationEditor::editKind);
    connect(m_events, &QListWidget::itemChanged, this, &ComputationEditor::editEvents);
    connect(m_parameter, &QSpinBox::valueChanged, this, &ComputationEditor::editParameter);
    connect(m_formula, &QLineEdit::textEdited, this, &ComputationEditor::editFormula);
    connect(m_segment, &QLineEdit::textEdited, this, &ComputationEditor::editSegment);
    connect(document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        // Its metric, or the settings of the preview's request; a formula also checks the
        // names of the other metrics. Edits of nodes, links and other metrics leave it.
        const bool formula = m_kind->currentData().toString() == metricKindName(MetricKind::Formula);
        if (!change.settings.isEmpty() || change.touchedMetricIds().contains(m_metricId)
            || (formula && !change.metrics.isEmpty()))
            refresh();
    });
    connect(document->model(), &WorkspaceModel::wasReset, this, &ComputationEditor::refresh);
    refresh();
}

void ComputationEditor::setMetricsController(MetricsController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &MetricsController::seriesReady, this, &ComputationEditor::onSeriesReady);
        connect(controller, &MetricsController::requestFailed, this, &ComputationEditor::onFailed);
        connect(controller, &MetricsController::dataChanged, this, [this] {
            loadEventNames();
            requestPreview();
        });
    }
    loadEventNames();
    requestPreview();
}

void ComputationEditor::setMetric(Id metricId)
{
    if (metricId == m_metricId)
        return;
    m_metricId = metricId;
    m_formula->clear();
    m_segment->clear();
    m_segmentMessage->clear();
    m_shownFormula.reset();
    m_shownSegment.reset();
    refresh();
}

const Metric *ComputationEditor::metric() const
{
    return m_document->data().metric(m_metricId);
}

std::optional<MetricSpec> ComputationEditor::storedSpec() const
{
    const Metric *m = metric();
    if (!m || m->computation.isEmpty())
        return std::nullopt;
    if (auto spec = MetricSpec::fromJson(m->computation))
        return *spec;
    // Not valid as stored (e.g. an empty formula just chosen): keep what can be read.
    MetricSpec spec;
    const QJsonObject &json = m->computation;
    if (auto kind = metricKindFromName(json.value(u"kind"_s).toString()))
        spec.kind = *kind;
    for (const QJsonValue &event : json.value(u"events"_s).toArray())
        spec.events.append(event.toString());
    spec.formula = json.value(u"formula"_s).toString();
    spec.k = json.value(u"k"_s).toInt(spec.k);
    spec.window = json.value(u"window"_s).toInt(spec.window);
    spec.threshold = json.value(u"threshold"_s).toInt(spec.threshold);
    if (auto segment = Segment::parse(json.value(u"segment"_s).toString()))
        spec.segment = *segment;
    return spec;
}

void ComputationEditor::refresh()
{
    const QScopedValueRollback guard(m_updating, true);
    const std::optional<MetricSpec> spec = storedSpec();
    setEnabled(metric() != nullptr);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(spec ? metricKindName(spec->kind) : QString())));
    fillEvents(spec ? spec->events : QStringList());
    if (spec) {
        const int value = spec->kind == MetricKind::Activation ? spec->window
                          : spec->kind == MetricKind::Threshold ? spec->threshold
                                                                 : spec->k;
        if (m_parameter->value() != value)
            m_parameter->setValue(value);
        // Only a stored value that changed (undo, another metric) replaces the text: text
        // being typed that does not parse yet stays, and so does the cursor.
        const auto sync = [](QLineEdit *edit, std::optional<QString> &shown, const QString &stored) {
            if (shown == stored)
                return;
            shown = stored;
            if (edit->text().trimmed() != stored)
                edit->setText(stored);
        };
        sync(m_formula, m_shownFormula, spec->formula);
        sync(m_segment, m_shownSegment, spec->segment ? spec->segment->toString() : QString());
        if (m_segment->text().trimmed() == m_shownSegment)
            m_segmentMessage->clear();
    } else {
        m_shownFormula.reset();
        m_shownSegment.reset();
    }
    m_formulaMessage->setText(spec && spec->kind == MetricKind::Formula ? checkFormula(m_formula->text()) : QString());
    updateVisibility(spec ? std::optional<MetricKind>(spec->kind) : std::nullopt);
    requestPreview();
}

void ComputationEditor::updateVisibility(std::optional<MetricKind> kind)
{
    const bool events = kind && *kind != MetricKind::Formula;
    m_eventsLabel->setVisible(events);
    m_events->setVisible(events);
    m_eventsNote->setVisible(events && !m_eventsNote->text().isEmpty());
    const bool parameter = kind && usesParameter(*kind);
    m_parameterLabel->setVisible(parameter);
    m_parameter->setVisible(parameter);
    if (parameter) {
        m_parameterLabel->setText(*kind == MetricKind::Activation ? tr("&Window (days):")
                                  : *kind == MetricKind::Threshold ? tr("At least &n events:")
                                                                   : tr("Active &days (k):"));
    }
    const bool formula = kind && *kind == MetricKind::Formula;
    m_formulaLabel->setVisible(formula);
    m_formula->setVisible(formula);
    m_formulaMessage->setVisible(formula && !m_formulaMessage->text().isEmpty());
    m_segment->setVisible(kind.has_value());
    m_segmentMessage->setVisible(kind && !m_segmentMessage->text().isEmpty());
    if (auto *form = qobject_cast<QFormLayout *>(layout()); form && form->labelForField(m_segment))
        form->labelForField(m_segment)->setVisible(kind.has_value());
}

void ComputationEditor::fillEvents(const QStringList &selected)
{
    QStringList names = m_eventNames;
    names.sort(Qt::CaseInsensitive);
    QStringList missing;
    for (const QString &name : selected) {
        if (!names.contains(name))
            missing.append(name);
    }
    // Rebuild only when the offered names change: rebuilding under the mouse loses the
    // scroll position.
    QStringList current;
    for (int i = 0; i < m_events->count(); ++i)
        current.append(m_events->item(i)->data(Qt::UserRole).toString());
    if (current != names + missing) {
        m_events->clear();
        for (const QString &name : names + missing) {
            auto *item = new QListWidgetItem(missing.contains(name) ? tr("%1 (not in the data)").arg(name) : name,
                                             m_events);
            item->setData(Qt::UserRole, name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setToolTip(name);
        }
    }
    for (int i = 0; i < m_events->count(); ++i) {
        QListWidgetItem *item = m_events->item(i);
        const Qt::CheckState state = selected.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    if (m_eventNames.isEmpty())
        m_eventsNote->setText(tr("Import usage data to choose among its event names."));
    else if (selected.isEmpty())
        m_eventsNote->setText(tr("None ticked: every event counts."));
    else
        m_eventsNote->clear();
}

void ComputationEditor::loadEventNames()
{
    const QString path = m_controller ? m_controller->workspacePath() : QString();
    if (path.isEmpty()) {
        m_eventNames.clear();
        refresh();
        emit eventNamesLoaded();
        return;
    }
    // A few tens of ms on a large file: on a worker, like every read of the data.
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (!m_controller || m_controller->workspacePath() != path)
            return;
        const QStringList names = watcher->result();
        if (names != m_eventNames) {
            m_eventNames = names;
            refresh();
        }
        emit eventNamesLoaded();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        auto info = EventStore::info(path);
        return info ? info->eventNames : QStringList();
    }));
}

std::optional<MetricSpec> ComputationEditor::specFromFields() const
{
    const QString kindName = m_kind->currentData().toString();
    if (kindName.isEmpty())
        return std::nullopt;
    MetricSpec spec = storedSpec().value_or(MetricSpec{});
    spec.kind = *metricKindFromName(kindName);
    spec.events.clear();
    for (int i = 0; i < m_events->count(); ++i) {
        if (m_events->item(i)->checkState() == Qt::Checked)
            spec.events.append(m_events->item(i)->data(Qt::UserRole).toString());
    }
    if (spec.kind == MetricKind::Activation)
        spec.window = m_parameter->value();
    else if (spec.kind == MetricKind::Threshold)
        spec.threshold = m_parameter->value();
    else if (usesParameter(spec.kind))
        spec.k = m_parameter->value();
    if (checkFormula(m_formula->text()).isEmpty())
        spec.formula = m_formula->text().trimmed();
    const QString segment = m_segment->text().trimmed();
    if (segment.isEmpty())
        spec.segment.reset();
    else if (auto parsed = Segment::parse(segment))
        spec.segment = *parsed;
    return spec;
}

void ComputationEditor::store(const std::optional<MetricSpec> &spec, const QString &field)
{
    const Metric *m = metric();
    if (m_updating || !m)
        return;
    Metric after = *m;
    after.computation = spec ? spec->toJson() : QJsonObject();
    if (after.computation == m->computation)
        return;
    Edit::updateMetric(*m_document, after, u"metric-%1-computation-%2"_s.arg(m->id).arg(field));
}

void ComputationEditor::editKind()
{
    std::optional<MetricSpec> spec = specFromFields();
    // A new kind starts from its own default parameter (k 1, n 1, W 7).
    if (spec && spec->kind != storedSpec().value_or(MetricSpec{}).kind) {
        const MetricSpec defaults;
        spec->k = defaults.k;
        spec->threshold = defaults.threshold;
        spec->window = defaults.window;
    }
    store(spec, u"kind"_s);
}

void ComputationEditor::editEvents(QListWidgetItem *)
{
    if (!m_updating)
        store(specFromFields(), u"events"_s);
}

void ComputationEditor::editParameter()
{
    if (!m_updating)
        store(specFromFields(), u"parameter"_s);
}

void ComputationEditor::editFormula()
{
    const QString message = checkFormula(m_formula->text());
    m_formulaMessage->setText(message);
    m_formulaMessage->setVisible(!message.isEmpty());
    if (message.isEmpty())
        store(specFromFields(), u"formula"_s);
}

void ComputationEditor::editSegment()
{
    const QString text = m_segment->text().trimmed();
    QString message;
    if (!text.isEmpty()) {
        if (auto parsed = Segment::parse(text); !parsed)
            message = parsed.error();
    }
    m_segmentMessage->setText(message);
    m_segmentMessage->setVisible(!message.isEmpty());
    if (message.isEmpty())
        store(specFromFields(), u"segment"_s);
}

QString ComputationEditor::checkFormula(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return tr("Write a formula over other metrics, e.g. \"Weekly bookers\" / Visitors.");
    const auto formula = FormulaParser::parse(text);
    if (!formula)
        return formula.error();
    const WorkspaceData &workspace = m_document->data();
    const Metric *self = metric();
    for (const QString &name : formula->operands) {
        const auto found = std::find_if(workspace.metrics.cbegin(), workspace.metrics.cend(),
                                        [&](const Metric &m) { return m.name == name; });
        if (found == workspace.metrics.cend())
            return tr("No metric is called \"%1\": use the exact name of a catalog metric "
                      "(names with spaces in double quotes).").arg(name);
        if (self && found->id == self->id)
            return tr("A formula cannot use its own metric (\"%1\").").arg(name);
    }
    return {};
}

QString ComputationEditor::formulaMessage() const
{
    return m_formulaMessage->text();
}

QString ComputationEditor::segmentMessage() const
{
    return m_segmentMessage->text();
}

QString ComputationEditor::previewText() const
{
    return m_preview->text();
}

void ComputationEditor::setPreview(const QString &html)
{
    m_preview->setText(html);
    emit previewUpdated();
}

void ComputationEditor::requestPreview()
{
    const Metric *m = metric();
    const auto stored = m ? MetricSpec::fromJson(m->computation) : Result<MetricSpec>(fail(QString()));
    m_previewTicket = 0;
    if (!m || m->computation.isEmpty()) {
        setPreview(QString());
        return;
    }
    if (!stored) {
        setPreview(errorHtml(stored.error()));
        return;
    }
    if (!m_controller) {
        setPreview(QString());
        return;
    }
    const AnalysisRequest request = documentRequest(*m_document, m_controller);
    // The ad-hoc spec, not the metric id: the preview follows the edit even before the
    // controller has seen the new catalog.
    if (const auto hit = m_controller->cachedSeries(*stored, request)) {
        onSeriesReady(*hit);
        return;
    }
    setPreview(u"<span style='color:gray'>%1</span>"_s.arg(tr("Computing…")));
    m_previewTicket = m_controller->requestSeries(*stored, request);
}

void ComputationEditor::onSeriesReady(const MetricsResult &result)
{
    const Metric *m = metric();
    if (!m || !result.spec)
        return;
    const auto stored = MetricSpec::fromJson(m->computation);
    if (!stored || !(*result.spec == *stored) || !(result.request == documentRequest(*m_document, m_controller)))
        return;
    m_previewTicket = 0;
    const CardNumbers n = cardNumbers(result.latest, result.series.kind, m->unit, grainName(result.request.grain));
    if (n.state != CardNumbers::State::Value) {
        setPreview(u"<span style='color:gray'>%1</span>"_s.arg(n.hint.toHtmlEscaped()));
        return;
    }
    QString html = u"<b>%1</b>"_s.arg(n.value.toHtmlEscaped());
    if (!n.unit.isEmpty())
        html += u" "_s + n.unit.toHtmlEscaped();
    if (!n.change.isEmpty()) {
        const QString arrow = n.trend == Trend::Up ? u"▲"_s : n.trend == Trend::Down ? u"▼"_s : u"→"_s;
        const QString color = n.tone == TrendTone::Good ? u"#1e7b4f"_s : n.tone == TrendTone::Bad ? u"#c23a2b"_s : u"gray"_s;
        html += u" &nbsp;<span style='color:%1'>%2 %3</span>"_s.arg(color, arrow, n.change.toHtmlEscaped());
    }
    html += u"<br><span style='color:gray'>%1</span>"_s.arg(n.period.toHtmlEscaped());
    setPreview(html);
}

void ComputationEditor::onFailed(quint64 ticket, const QString &message)
{
    if (ticket == 0 || ticket != m_previewTicket)
        return;
    m_previewTicket = 0;
    setPreview(errorHtml(message));
}

} // namespace NorthStar
