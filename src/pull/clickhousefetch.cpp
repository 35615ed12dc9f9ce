#include "pull/clickhousefetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace NorthStar::Pull {

namespace {

constexpr int kTransferTimeoutMs = 120000; // no byte for two minutes: the server is gone
constexpr qint64 kProgressIntervalMs = 200;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Pull)
};

// A server's text as a sentence: the messages go on after it ("... Nothing was imported.").
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !QStringView(u".!?\u2026").contains(text.back()))
        text += u'.';
    return text;
}

// ClickHouse's exception text ("Code: 60. DB::Exception: Table default.x doesn't exist ..."
// in current releases, "Code: 60, e.displayText() = DB::Exception: ..." in 18.16), short.
QString exceptionText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).trimmed();
    const qsizetype stack = text.indexOf(u"Stack trace"_s);
    if (stack > 0)
        text.truncate(stack);
    text = text.simplified();
    // 18.16 repeats the class: "..., e.what() = DB::Exception".
    static const QRegularExpression what(uR"(,\s*e\.what\(\) = [\w:]+\s*$)"_s);
    text.remove(what);
    return sentence(text.size() > 600 ? text.left(600) + u"…"_s : text);
}

// An exception ClickHouse wrote into a body it had already started with 200 OK.
const QRegularExpression &trailingException()
{
    static const QRegularExpression re(uR"((?:^|\n)Code: \d+[.,] (?:e\.displayText\(\) = )?DB::Exception[^\n]*\s*$)"_s);
    return re;
}

} // namespace

Result<qint64> fetchFromClickHouse(const PullRequest &request, const QString &sql, RollupFile &out,
                                   const PullControl &control)
{
    const WarehouseUrl &url = request.url;
    QUrl endpoint;
    endpoint.setScheme(url.https ? u"https"_s : u"http"_s);
    endpoint.setHost(url.host);
    endpoint.setPort(url.port);
    endpoint.setPath(u"/"_s);
    QUrlQuery query;
    query.addQueryItem(u"database"_s, url.database);
    endpoint.setQuery(query);

    QNetworkRequest http(endpoint);
    http.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain; charset=utf-8"_s);
    http.setTransferTimeout(kTransferTimeoutMs);
    const QString user = url.user.isEmpty() ? u"default"_s : url.user;
    http.setRawHeader("Authorization", "Basic " + (user + u':' + request.password).toUtf8().toBase64());

    if (control.progress)
        control.progress({PullProgress::Phase::Connecting, 0, 0, 0});
    QNetworkAccessManager manager;
    QEventLoop loop;
    QNetworkReply *reply = manager.post(http, (sql + u"\nFORMAT CSVWithNames"_s).toUtf8());
    qint64 rows = -1; // the header line is not a row
    QByteArray tail;  // the last bytes, for an exception written after 200 OK
    QString writeError;
    QElapsedTimer clock;
    clock.start();
    const auto status = [reply] { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (status() != 200)
            return; // an error body: read at the end
        const QByteArray bytes = reply->readAll();
        rows += bytes.count('\n');
        tail = QByteArray(tail + bytes).right(4096);
        if (auto r = out.writeRaw(bytes); !r) {
            writeError = r.error();
            reply->abort();
        }
        if (control.progress && clock.elapsed() >= kProgressIntervalMs) {
            clock.restart();
            control.progress({PullProgress::Phase::Fetching, std::max<qint64>(rows, 0), out.bytes(), 0});
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool cancelled = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (control.cancel && control.cancel->load()) {
            cancelled = true;
            reply->abort();
        }
    });
    poll.start(100);
    loop.exec();
    poll.stop();
    const int code = status();
    const QByteArray rest = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = sentence(reply->errorString());
    reply->deleteLater();

    if (cancelled)
        return fail(Text::tr("The pull was cancelled; the workspace is unchanged."));
    if (!writeError.isEmpty())
        return fail(writeError);
    if (code != 0 && code != 200) {
        const QString text = exceptionText(rest);
        if (code == 401 || code == 403 || text.contains(u"Authentication failed"_s) || text.contains(u"password"_s, Qt::CaseInsensitive))
            return fail(Text::tr("%1 refused the user \"%2\": %3").arg(url.describe(), user, text));
        return fail(Text::tr("%1 refused the rollup query (HTTP %2): %3 Check that the table and the columns given "
                             "with --table, --user, --time, --event, --value and --attribute exist, and their types.")
                        .arg(url.describe()).arg(code).arg(text));
    }
    if (error != QNetworkReply::NoError) {
        if (rows <= 0 && code == 0)
            return fail(Text::tr("Cannot connect to %1: %2").arg(url.describe(), errorString));
        return fail(Text::tr("%1 stopped after %2 rows: %3 Nothing was imported.")
                        .arg(url.describe()).arg(std::max<qint64>(rows, 0)).arg(errorString));
    }
    if (!rest.isEmpty()) {
        rows += rest.count('\n');
        tail = QByteArray(tail + rest).right(4096);
        if (auto r = out.writeRaw(rest); !r)
            return fail(r.error());
    }
    if (const auto match = trailingException().match(QString::fromUtf8(tail)); match.hasMatch()) {
        return fail(Text::tr("%1 stopped the rollup query part way: %2 Nothing was imported.")
                        .arg(url.describe(), exceptionText(match.captured(0).toUtf8())));
    }
    if (control.progress)
        control.progress({PullProgress::Phase::Fetching, std::max<qint64>(rows, 0), out.bytes(), 0});
    return std::max<qint64>(rows, 0);
}

} // namespace NorthStar::Pull
