#include "loopbackserver.h"

#include "api/signer.h"
#include "api/wirerequest.h"
#include "clock.h"
#include "httpmessage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <deque>
#include <optional>
#include <random>
#include <unordered_map>
#include <variant>

namespace hbr::demo {

namespace {

// Both the timestamp tolerance and the nonce memory of the real gateway (api-facts.md 1d).
constexpr qint64 kWindowSeconds = 15 * 60;
// Replay protection must not turn into unbounded memory under a frozen test clock.
constexpr qsizetype kMaxNonces = 500000;
constexpr qint64 kRateWindowMs = 1000;
constexpr int kMaxTags = 20;

// The gateway's answer to a refused request.
struct Fault
{
    int status = 400;
    QString code;
    QString message;
};

Fault missingParameter(const QString &name)
{
    return {400, QStringLiteral("MissingParameter"),
            QStringLiteral(
                "The input parameter \"%1\" that is mandatory for processing this request is not supplied.")
                .arg(name)};
}

Fault invalidParameter(const QString &name)
{
    return {400, QStringLiteral("InvalidParameter"),
            QStringLiteral("The specified parameter \"%1\" is not valid.").arg(name)};
}

Fault incompleteSignature(const QString &why)
{
    return {400, QStringLiteral("IncompleteSignature"),
            QStringLiteral("The request signature does not conform to Aliyun standards. ") + why};
}

enum class Fate { Normal, Malformed, Truncated, Hang, Huge };

struct Outcome
{
    http::Response response;
    QString code; ///< the error Code sent, empty for a page of clients
    bool page = false;
    Fate fate = Fate::Normal;
};

struct Credential
{
    QString secret;
    QString token;
};

struct Connection
{
    QTcpSocket *socket = nullptr;
    QString region;
    http::RequestParser parser;
    bool busy = false; ///< a request was received and is not answered yet
    bool closing = false;
};

// Request parameters from the URL and the form body; the official SDKs split them between both places, other
// clients do not, so a business parameter is looked up in either.
struct Params
{
    api::ParamList query;
    api::ParamList body;

    std::optional<QString> value(const QString &name) const
    {
        for (const auto &list : {&query, &body})
            for (const auto &[key, v] : *list)
                if (key == name)
                    return v;
        return std::nullopt;
    }
    api::ParamList all() const { return query + body; }
};

std::optional<qint64> parseUtcTimestamp(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
}

std::optional<QStringList> parseJsonStringArray(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QStringList out;
    const QJsonArray array = doc.array();
    for (const QJsonValue &v : array) {
        if (!v.isString())
            return std::nullopt;
        out.append(v.toString());
    }
    return out;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

const QStringList &filterKeys()
{
    static const QStringList keys = {
        QStringLiteral("ClientId"),         QStringLiteral("ClientType"),   QStringLiteral("ClientVersion"),
        QStringLiteral("Status"),           QStringLiteral("BackupStatus"), QStringLiteral("Hostname"),
        QStringLiteral("InstanceId"),       QStringLiteral("InstanceName"), QStringLiteral("ZoneId"),
        QStringLiteral("OsType"),           QStringLiteral("ArchType"),     QStringLiteral("PrivateIpV4"),
        QStringLiteral("MaxClientVersion"), QStringLiteral("Appliance"),
    };
    return keys;
}

struct Query
{
    QString clientType;
    int pageNumber = 1;
    int pageSize = 10;
    QString clusterId;
    std::optional<QStringList> clientIds;
    std::optional<QStringList> instanceIds;
    QList<std::pair<QString, std::optional<QString>>> tags;
    QList<std::pair<QString, QStringList>> filters;
};

std::optional<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

// Parses and validates DescribeBackupClients' business parameters.
std::variant<Query, Fault> parseBusinessParams(const Params &params)
{
    Query q;
    const std::optional<QString> type = params.value(QStringLiteral("ClientType"));
    if (!type || type->isEmpty())
        return missingParameter(QStringLiteral("ClientType"));
    if (*type != QLatin1String("ECS_CLIENT") && *type != QLatin1String("CONTAINER_CLIENT") &&
        *type != QLatin1String("LOCAL_CLIENT"))
        return invalidParameter(QStringLiteral("ClientType"));
    q.clientType = *type;

    if (const auto text = params.value(QStringLiteral("PageNumber"))) {
        const std::optional<int> n = parsePositive(*text);
        if (!n || *n < 1)
            return invalidParameter(QStringLiteral("PageNumber"));
        q.pageNumber = *n;
    }
    if (const auto text = params.value(QStringLiteral("PageSize"))) {
        const std::optional<int> n = parsePositive(*text);
        if (!n || *n < 1 || *n > 99)
            return invalidParameter(QStringLiteral("PageSize"));
        q.pageSize = *n;
    }
    q.clusterId = params.value(QStringLiteral("ClusterId")).value_or(QString());
    for (const char *name : {"ClientIds", "InstanceIds"}) {
        const QString key = QLatin1String(name);
        if (const auto text = params.value(key)) {
            std::optional<QStringList> list = parseJsonStringArray(*text);
            if (!list)
                return invalidParameter(key);
            if (!list->isEmpty())
                (key == QLatin1String("ClientIds") ? q.clientIds : q.instanceIds) = std::move(list);
        }
    }
    if (const auto text = params.value(QStringLiteral("CrossAccountType"))) {
        if (*text != QLatin1String("SELF_ACCOUNT") && *text != QLatin1String("CROSS_ACCOUNT"))
            return invalidParameter(QStringLiteral("CrossAccountType"));
    }
    if (const auto text = params.value(QStringLiteral("CrossAccountUserId"))) {
        bool ok = false;
        text->toLongLong(&ok);
        if (!ok)
            return invalidParameter(QStringLiteral("CrossAccountUserId"));
    }

    static const QRegularExpression tagRe(QStringLiteral("^Tag\\.(\\d+)\\.(Key|Value)$"));
    static const QRegularExpression filterKeyRe(QStringLiteral("^Filters\\.(\\d+)\\.Key$"));
    static const QRegularExpression filterValueRe(QStringLiteral("^Filters\\.(\\d+)\\.Values\\.(\\d+)$"));
    QMap<int, std::pair<std::optional<QString>, std::optional<QString>>> tags;
    QMap<int, std::pair<std::optional<QString>, QMap<int, QString>>> filters;
    for (const auto &[name, value] : params.all()) {
        if (const QRegularExpressionMatch m = tagRe.match(name); m.hasMatch()) {
            const int n = m.captured(1).toInt();
            if (n < 1 || n > kMaxTags)
                return invalidParameter(name);
            auto &slot = m.captured(2) == QLatin1String("Key") ? tags[n].first : tags[n].second;
            slot = value;
        } else if (const QRegularExpressionMatch fk = filterKeyRe.match(name); fk.hasMatch()) {
            filters[fk.captured(1).toInt()].first = value;
        } else if (const QRegularExpressionMatch fv = filterValueRe.match(name); fv.hasMatch()) {
            filters[fv.captured(1).toInt()].second.insert(fv.captured(2).toInt(), value);
        }
    }
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (!it->first || it->first->isEmpty())
            return invalidParameter(QStringLiteral("Tag.%1.Key").arg(it.key()));
        q.tags.append({*it->first, it->second});
    }
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        const QString prefix = QStringLiteral("Filters.%1.").arg(it.key());
        if (!it->first || !filterKeys().contains(*it->first))
            return invalidParameter(prefix + QLatin1String("Key"));
        if (it->second.isEmpty())
            return missingParameter(prefix + QLatin1String("Values.1"));
        q.filters.append({*it->first, it->second.values()});
    }
    return q;
}

// What the filters look at, taken out of the JSON once: QJsonObject lookups are far too slow to repeat for
// every client on every page of a 100,000-client fleet.
struct IndexedClient
{
    QString clientType;
    QString clientId;
    QString instanceId;
    QString clusterId;
    QList<std::pair<QString, QString>> tags;
};

IndexedClient indexClient(const DemoClientRecord &record)
{
    IndexedClient c;
    c.clientType = record.json.value(QLatin1String("ClientType")).toString();
    c.clientId = record.json.value(QLatin1String("ClientId")).toString();
    c.instanceId = record.json.value(QLatin1String("InstanceId")).toString();
    c.clusterId = record.clusterId;
    const QJsonArray tags = record.json.value(QLatin1String("Tags")).toArray();
    for (const QJsonValue &tag : tags) {
        const QJsonObject t = tag.toObject();
        c.tags.append({t.value(QLatin1String("Key")).toString(), t.value(QLatin1String("Value")).toString()});
    }
    return c;
}

struct RegionClients
{
    QList<DemoClientRecord> records;
    QList<IndexedClient> index; ///< parallel to records
};

bool matches(const DemoClientRecord &record, const IndexedClient &c, const Query &q)
{
    if (c.clientType != q.clientType)
        return false;
    if (!q.clusterId.isEmpty() && c.clusterId != q.clusterId)
        return false;
    if (q.clientIds && !q.clientIds->contains(c.clientId))
        return false;
    if (q.instanceIds && !q.instanceIds->contains(c.instanceId))
        return false;
    for (const auto &[key, value] : q.tags) {
        const bool found = std::any_of(c.tags.cbegin(), c.tags.cend(), [&](const auto &tag) {
            return tag.first == key && (!value || tag.second == *value);
        });
        if (!found)
            return false;
    }
    for (const auto &[key, values] : q.filters) {
        const QJsonValue v = record.json.value(key);
        if (v.isUndefined() || !values.contains(jsonText(v)))
            return false;
    }
    return true;
}

// Everything but the page: the pages of one listing share the list of matching clients.
QString selectionKey(const QString &region, const Query &q)
{
    const QChar sep(0x1f);
    QString key = region + sep + q.clientType + sep + q.clusterId + sep;
    if (q.clientIds)
        key += QLatin1String("C") + q.clientIds->join(sep);
    key += sep;
    if (q.instanceIds)
        key += QLatin1String("I") + q.instanceIds->join(sep);
    key += sep;
    for (const auto &[k, v] : q.tags)
        key += k + QLatin1Char('=') + (v ? QLatin1String("V") + *v : QString()) + sep;
    key += sep;
    for (const auto &[k, values] : q.filters)
        key += k + QLatin1Char('=') + values.join(QChar(0x1e)) + sep;
    return key;
}

} // namespace

class LoopbackHbrServer::Private
{
public:
    Private(LoopbackHbrServer *owner, const Clock *c)
        : q(owner)
        , clock(c)
        , rng(knobs.seed)
    {
        uptime.start();
    }

    LoopbackHbrServer *q;
    const Clock *clock;
    QHash<QString, Credential> credentials;
    QHash<QString, RegionClients> clientsByRegion;
    // Bounded: cleared when full, and whenever the clients change.
    QHash<QString, QList<qsizetype>> selections;
    ServerKnobs knobs;
    std::mt19937 rng;
    QMap<QString, QTcpServer *> servers;
    QSslConfiguration tls; ///< null: plain HTTP
    QString errorString;
    // Shared, so that a handler which ends up dropping its own connection can still finish with it.
    std::unordered_map<QTcpSocket *, std::shared_ptr<Connection>> connections;

    ServerStats stats;
    QElapsedTimer uptime;
    int inFlight = 0;
    QHash<QString, int> regionInFlight;
    std::deque<qint64> arrivals;
    QHash<QString, std::deque<qint64>> regionArrivals;
    QHash<QString, std::deque<qint64>> accepted; ///< for maxRps: requests let through, per region

    QSet<QString> nonces;
    std::deque<std::pair<qint64, QString>> nonceOrder;

    void accept(QTcpSocket *socket, const QString &region);
    void drop(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void processBuffered(const std::shared_ptr<Connection> &c);
    void handle(Connection &c, const http::Request &request);
    void finish(QTcpSocket *socket, const Outcome &outcome, bool keepAlive, bool resume);
    void protocolError(Connection &c, const http::ParseError &error);

    void recordArrival(const QString &region);
    void leaveFlight(const QString &region);
    bool throttle(const QString &region);
    double uniform() { return static_cast<double>(rng()) / 4294967296.0; }

    Outcome answer(const QString &region, const http::Request &request);
    Outcome serve(const QString &region, const http::Request &request);
    std::optional<Outcome> afterAuthentication(const QString &region, Fate &fate);
    std::optional<Fault> verifyV3(const http::Request &request, const Params &params);
    std::optional<Fault> verifyV1(const http::Request &request, const Params &params);
    std::optional<Fault> checkTimestamp(const QString &name, const QString &text) const;
    std::optional<Fault> useNonce(const QString &accessKeyId, const QString &nonce);
    Outcome page(const QString &region, const Query &query);

    Outcome errorOutcome(const QString &region, const Fault &fault) const;
    http::Response jsonResponse(int status, const QJsonObject &body, const QString &requestId) const;
};

void LoopbackHbrServer::Private::accept(QTcpSocket *socket, const QString &region)
{
    ++stats.connections;
    auto connection = std::make_shared<Connection>();
    connection->socket = socket;
    connection->region = region;
    connections.emplace(socket, std::move(connection));
    QObject::connect(socket, &QTcpSocket::readyRead, q, [this, socket] { onReadyRead(socket); });
    QObject::connect(socket, &QTcpSocket::disconnected, q, [this, socket] { drop(socket); });
}

void LoopbackHbrServer::Private::drop(QTcpSocket *socket)
{
    const auto it = connections.find(socket);
    if (it == connections.end())
        return;
    // A request that will never be answered (hang, or the client gave up during the latency) leaves the
    // flight.
    if (it->second->busy)
        leaveFlight(it->second->region);
    connections.erase(it);
    socket->deleteLater();
}

void LoopbackHbrServer::Private::onReadyRead(QTcpSocket *socket)
{
    const auto it = connections.find(socket);
    if (it == connections.end())
        return;
    const std::shared_ptr<Connection> c = it->second;
    c->parser.append(socket->readAll());
    // While a request waits (latency, hang) nothing more is parsed, so a client could make us buffer forever.
    if (c->parser.bufferedBytes() > http::RequestParser::kMaxHeadBytes + http::RequestParser::kMaxBodyBytes) {
        socket->abort();
        return;
    }
    processBuffered(c);
}

void LoopbackHbrServer::Private::processBuffered(const std::shared_ptr<Connection> &c)
{
    // Requests on one connection are answered in order: the next is parsed only when the previous is
    // answered.
    while (!c->busy && !c->closing) {
        switch (c->parser.parseNext()) {
        case http::RequestParser::Status::NeedMore:
            return;
        case http::RequestParser::Status::Failed:
            protocolError(*c, c->parser.error());
            return;
        case http::RequestParser::Status::Ready:
            handle(*c, c->parser.takeRequest());
            break;
        }
    }
}

void LoopbackHbrServer::Private::protocolError(Connection &c, const http::ParseError &error)
{
    ++stats.requests;
    static const QHash<int, QString> codes = {
        {400, QStringLiteral("BadRequest")},
        {413, QStringLiteral("RequestEntityTooLarge")},
        {431, QStringLiteral("RequestHeaderFieldsTooLarge")},
        {501, QStringLiteral("NotImplemented")},
        {505, QStringLiteral("HTTPVersionNotSupported")},
    };
    const Outcome outcome =
        errorOutcome(c.region, Fault{error.status, codes.value(error.status, QStringLiteral("BadRequest")),
                                     QString::fromUtf8(error.detail)});
    c.busy = true;
    recordArrival(c.region);
    finish(c.socket, outcome, false, false);
}

void LoopbackHbrServer::Private::handle(Connection &c, const http::Request &request)
{
    ++stats.requests;
    recordArrival(c.region);
    c.busy = true;
    const Outcome outcome = answer(c.region, request);
    if (outcome.fate == Fate::Hang)
        return; // stays busy and in flight until the client hangs up
    const bool keepAlive = request.keepAlive() && outcome.fate != Fate::Truncated;
    if (knobs.latencyMs > 0) {
        // A timer, not a sleep: other connections (and regions) keep being served meanwhile.
        QTcpSocket *socket = c.socket;
        QTimer::singleShot(knobs.latencyMs, socket,
                           [this, socket, outcome, keepAlive] { finish(socket, outcome, keepAlive, true); });
        return;
    }
    finish(c.socket, outcome, keepAlive, false);
}

void LoopbackHbrServer::Private::finish(QTcpSocket *socket, const Outcome &outcome, bool keepAlive,
                                        bool resume)
{
    const auto it = connections.find(socket);
    if (it == connections.end())
        return;
    const std::shared_ptr<Connection> connection = it->second;
    Connection &c = *connection;
    if (!outcome.code.isEmpty())
        ++stats.errorCodes[outcome.code];
    if (outcome.page)
        ++stats.answeredOk;
    c.busy = false;
    leaveFlight(c.region);

    if (outcome.fate == Fate::Truncated) {
        const QByteArray &body = outcome.response.body;
        socket->write(outcome.response.head(false, body.size()) + body.left(body.size() / 2));
    } else {
        socket->write(outcome.response.serialize(keepAlive));
    }
    if (!keepAlive) {
        c.closing = true;
        socket->disconnectFromHost(); // after the written bytes are flushed
        return;
    }
    if (resume)
        processBuffered(connection);
}

void LoopbackHbrServer::Private::recordArrival(const QString &region)
{
    const qint64 now = uptime.elapsed();
    auto slide = [now](std::deque<qint64> &window) {
        window.push_back(now);
        while (!window.empty() && window.front() <= now - kRateWindowMs)
            window.pop_front();
        return static_cast<int>(window.size());
    };
    stats.maxPerSecond = qMax(stats.maxPerSecond, slide(arrivals));
    int &regionMax = stats.maxPerSecondPerRegion[region];
    regionMax = qMax(regionMax, slide(regionArrivals[region]));

    ++inFlight;
    stats.maxInFlight = qMax(stats.maxInFlight, inFlight);
    const int regionNow = ++regionInFlight[region];
    int &regionInFlightMax = stats.maxInFlightPerRegion[region];
    regionInFlightMax = qMax(regionInFlightMax, regionNow);
}

void LoopbackHbrServer::Private::leaveFlight(const QString &region)
{
    inFlight = qMax(0, inFlight - 1);
    int &n = regionInFlight[region];
    n = qMax(0, n - 1);
}

bool LoopbackHbrServer::Private::throttle(const QString &region)
{
    if (knobs.maxRps <= 0)
        return false;
    const qint64 now = uptime.elapsed();
    std::deque<qint64> &window = accepted[region];
    while (!window.empty() && window.front() <= now - kRateWindowMs)
        window.pop_front();
    if (static_cast<double>(window.size()) + 1 > knobs.maxRps)
        return true;
    window.push_back(now);
    return false;
}

Outcome LoopbackHbrServer::Private::answer(const QString &region, const http::Request &request)
{
    Outcome outcome = serve(region, request);
    const Fate fate = outcome.fate;
    if (fate == Fate::Malformed) {
        // What a misconfigured proxy or load balancer in front of the service sends: 200 with an HTML page,
        // or a JSON document cut short.
        outcome.page = false;
        outcome.code.clear();
        outcome.response.status = 200;
        if (rng() % 2 == 0) {
            outcome.response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
            outcome.response.body =
                "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                "Gateway</h1>"
                "<p>The proxy server received an invalid response from an upstream server.</p><hr/>"
                "<center>Tengine</center></body></html>\n";
        } else {
            outcome.response.body =
                outcome.response.body.left(qMax<qsizetype>(1, outcome.response.body.size() / 3));
        }
    } else if (fate == Fate::Truncated) {
        outcome.page = false;
    } else if (fate == Fate::Huge) {
        // A body no page of 99 clients comes near: what a runaway proxy or a hostile endpoint could send.
        outcome.page = false;
        outcome.code.clear();
        outcome.response.status = 200;
        outcome.response.headers = {{"Content-Type", "application/json;charset=utf-8"}};
        const QByteArray head = R"({"RequestId":"HUGE","Success":true,"Padding":")";
        const QByteArray tail = "\"}";
        QByteArray body;
        body.reserve(knobs.hugeBytes);
        body += head;
        body += QByteArray(qMax<qint64>(0, knobs.hugeBytes - head.size() - tail.size()), 'x');
        body += tail;
        outcome.response.body = std::move(body);
    }
    return outcome;
}

std::optional<Outcome> LoopbackHbrServer::Private::afterAuthentication(const QString &region, Fate &fate)
{
    if (knobs.failingRegions.contains(region))
        return errorOutcome(region,
                            Fault{knobs.failingStatus, knobs.failingCode,
                                  QStringLiteral("The request processing has failed due to some unknown "
                                                 "error, exception or failure.")});
    if (throttle(region))
        return errorOutcome(region, Fault{400, QStringLiteral("Throttling.User"),
                                          QStringLiteral("Request was denied due to user flow control.")});

    // Draw only when a rate is set, so that a server without misbehaviour consumes no randomness.
    if (knobs.hangRate > 0 || knobs.failureRate > 0 || knobs.malformedRate > 0 || knobs.truncatedRate > 0 ||
        knobs.hugeRate > 0) {
        double u = uniform();
        if (u < knobs.hangRate) {
            Outcome hang;
            hang.fate = Fate::Hang;
            return hang;
        }
        u -= knobs.hangRate;
        if (u < knobs.failureRate)
            return errorOutcome(
                region,
                Fault{503, QStringLiteral("ServiceUnavailable"),
                      QStringLiteral("The request has failed due to a temporary failure of the server.")});
        u -= knobs.failureRate;
        if (u < knobs.malformedRate)
            fate = Fate::Malformed;
        else if (u - knobs.malformedRate < knobs.truncatedRate)
            fate = Fate::Truncated;
        else if (u - knobs.malformedRate - knobs.truncatedRate < knobs.hugeRate)
            fate = Fate::Huge;
    }
    return std::nullopt;
}

Outcome LoopbackHbrServer::Private::serve(const QString &region, const http::Request &request)
{
    if (request.method != "POST" && request.method != "GET")
        return errorOutcome(region, Fault{403, QStringLiteral("UnsupportedHTTPMethod"),
                                          QStringLiteral("Specified http method is not supported.")});
    if (request.path() != "/")
        return errorOutcome(
            region, Fault{404, QStringLiteral("InvalidAction.NotFound"),
                          QStringLiteral("Specified api is not found, please check your url and method.")});

    Params params;
    params.query = api::parseQuery(request.query(), false);
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    if (!request.body.isEmpty() &&
        (contentType.isEmpty() || contentType == "application/x-www-form-urlencoded"))
        params.body = api::parseQuery(request.body, true);

    std::optional<Fault> fault;
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty())
        fault = verifyV3(request, params);
    else if (params.value(QStringLiteral("Signature")))
        fault = verifyV1(request, params);
    else
        fault = missingParameter(QStringLiteral("Signature"));
    if (fault)
        return errorOutcome(region, *fault);
    // Like the real gateway: authenticate first, then per-user flow control and whatever else may go wrong.
    Fate fate = Fate::Normal;
    if (std::optional<Outcome> early = afterAuthentication(region, fate))
        return *early;

    const std::variant<Query, Fault> query = parseBusinessParams(params);
    if (const Fault *f = std::get_if<Fault>(&query))
        return errorOutcome(region, *f);
    Outcome outcome = page(region, std::get<Query>(query));
    outcome.fate = fate;
    return outcome;
}

std::optional<Fault> LoopbackHbrServer::Private::verifyV3(const http::Request &request, const Params &params)
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray prefix = QByteArray(api::v3::kAlgorithm) + ' ';
    if (!authorization.startsWith(prefix))
        return incompleteSignature(QStringLiteral("The Authorization header must start with \"%1\".")
                                       .arg(QLatin1String(api::v3::kAlgorithm)));
    QHash<QByteArray, QByteArray> parts;
    for (const QByteArray &part : authorization.mid(prefix.size()).split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            parts.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    const QString accessKeyId = QString::fromUtf8(parts.value("Credential"));
    const QByteArray signedHeaderList = parts.value("SignedHeaders");
    const QByteArray signature = parts.value("Signature").toLower();
    if (accessKeyId.isEmpty() || signedHeaderList.isEmpty() || signature.isEmpty())
        return incompleteSignature(
            QStringLiteral("The Authorization header must carry Credential, SignedHeaders and Signature."));

    for (const char *name : {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
                             "x-acs-content-sha256"})
        if (request.header(name).isEmpty())
            return missingParameter(QLatin1String(name));

    QList<QByteArray> signedNames;
    for (const QByteArray &name : signedHeaderList.split(';'))
        signedNames.append(name.trimmed().toLower());
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if ((lower.startsWith("x-acs-") || lower == "host") && !signedNames.contains(lower))
            return incompleteSignature(
                QStringLiteral("The header \"%1\" is present but not signed.").arg(QString::fromUtf8(lower)));
    }
    QList<std::pair<QByteArray, QByteArray>> signedHeaders;
    for (const QByteArray &name : std::as_const(signedNames)) {
        const QList<QByteArray> values = request.headerValues(name);
        if (values.isEmpty())
            return incompleteSignature(
                QStringLiteral("The signed header \"%1\" is missing.").arg(QString::fromUtf8(name)));
        for (const QByteArray &value : values)
            signedHeaders.append({name, value});
    }

    const auto credential = credentials.constFind(accessKeyId);
    if (credential == credentials.constEnd())
        return Fault{404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                     QStringLiteral("Specified access key is not found.")};

    if (auto f =
            checkTimestamp(QStringLiteral("x-acs-date"), QString::fromUtf8(request.header("x-acs-date"))))
        return f;

    const QByteArray payloadHash = request.header("x-acs-content-sha256");
    if (payloadHash.toLower() != api::v3::hashPayload(request.body))
        return Fault{
            400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("Specified x-acs-content-sha256 is not matched with the SHA-256 of the request "
                           "body.")};

    const api::v3::Result expected = api::v3::sign(
        api::v3::Input{request.method, "/", params.query, signedHeaders, payloadHash}, credential->secret);
    if (expected.signature != signature)
        return Fault{
            400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("Specified signature does not match our calculation. server StringToSign is [%1]")
                .arg(QString::fromUtf8(expected.stringToSign).replace(QLatin1Char('\n'), QLatin1Char(' ')))};
    ++stats.verified;

    if (!credential->token.isEmpty()) {
        const QByteArray token = request.header("x-acs-security-token");
        if (token.isEmpty())
            return Fault{400, QStringLiteral("InvalidSecurityToken.Missing"),
                         QStringLiteral(
                             "The AccessKeyId is an STS key; the x-acs-security-token header is required.")};
        if (QString::fromUtf8(token) != credential->token)
            return Fault{400, QStringLiteral("InvalidSecurityToken.Mismatch"),
                         QStringLiteral("Specified security token does not belong to this AccessKeyId.")};
    }
    if (auto f = useNonce(accessKeyId, QString::fromUtf8(request.header("x-acs-signature-nonce"))))
        return f;
    if (request.header("x-acs-action") != api::kAction)
        return Fault{400, QStringLiteral("InvalidAction.NotFound"),
                     QStringLiteral("Specified api is not found, please check your url and method.")};
    if (request.header("x-acs-version") != api::kApiVersion)
        return Fault{400, QStringLiteral("InvalidVersion"),
                     QStringLiteral("Specified parameter Version is not valid.")};
    return std::nullopt;
}

std::optional<Fault> LoopbackHbrServer::Private::verifyV1(const http::Request &request, const Params &params)
{
    api::ParamList signedParams;
    QString signature;
    for (const auto &[name, value] : params.all()) {
        if (name == QLatin1String("Signature"))
            signature = value;
        else
            signedParams.append({name, value});
    }
    for (const char *name : {"AccessKeyId", "Action", "Version", "SignatureMethod", "SignatureVersion",
                             "Timestamp", "SignatureNonce"})
        if (params.value(QLatin1String(name)).value_or(QString()).isEmpty())
            return missingParameter(QLatin1String(name));
    if (*params.value(QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1"))
        return invalidParameter(QStringLiteral("SignatureMethod"));
    if (*params.value(QStringLiteral("SignatureVersion")) != QLatin1String("1.0"))
        return invalidParameter(QStringLiteral("SignatureVersion"));

    const QString accessKeyId = *params.value(QStringLiteral("AccessKeyId"));
    const auto credential = credentials.constFind(accessKeyId);
    if (credential == credentials.constEnd())
        return Fault{404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                     QStringLiteral("Specified access key is not found.")};

    if (auto f = checkTimestamp(QStringLiteral("Timestamp"), *params.value(QStringLiteral("Timestamp"))))
        return f;

    const QString expected = api::v1::signature(request.method, signedParams, credential->secret);
    if (expected != signature)
        return Fault{
            400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral(
                "Specified signature is not matched with our calculation. server string to sign is:") +
                QString::fromUtf8(api::v1::stringToSign(request.method, signedParams))};
    ++stats.verified;

    if (!credential->token.isEmpty()) {
        const std::optional<QString> token = params.value(QStringLiteral("SecurityToken"));
        if (!token || token->isEmpty())
            return Fault{
                400, QStringLiteral("InvalidSecurityToken.Missing"),
                QStringLiteral("The AccessKeyId is an STS key; the SecurityToken parameter is required.")};
        if (*token != credential->token)
            return Fault{400, QStringLiteral("InvalidSecurityToken.Mismatch"),
                         QStringLiteral("Specified security token does not belong to this AccessKeyId.")};
    }
    if (auto f = useNonce(accessKeyId, *params.value(QStringLiteral("SignatureNonce"))))
        return f;
    if (*params.value(QStringLiteral("Action")) != QLatin1String(api::kAction))
        return Fault{400, QStringLiteral("InvalidAction.NotFound"),
                     QStringLiteral("Specified api is not found, please check your url and method.")};
    if (*params.value(QStringLiteral("Version")) != QLatin1String(api::kApiVersion))
        return Fault{400, QStringLiteral("InvalidVersion"),
                     QStringLiteral("Specified parameter Version is not valid.")};
    return std::nullopt;
}

std::optional<Fault> LoopbackHbrServer::Private::checkTimestamp(const QString &name,
                                                                const QString &text) const
{
    const std::optional<qint64> seconds = parseUtcTimestamp(text);
    if (!seconds)
        return Fault{400, QStringLiteral("IllegalTimestamp"),
                     QStringLiteral(
                         "The specified parameter \"%1\" is not valid: \"%2\" is not a UTC time of the form "
                         "yyyy-MM-ddTHH:mm:ssZ.")
                         .arg(name, text.left(64))};
    if (qAbs(*seconds - clock->nowSeconds()) > kWindowSeconds)
        return Fault{400, QStringLiteral("InvalidTimeStamp.Expired"),
                     QStringLiteral("Specified time stamp or date value is expired.")};
    return std::nullopt;
}

std::optional<Fault> LoopbackHbrServer::Private::useNonce(const QString &accessKeyId, const QString &nonce)
{
    const qint64 now = clock->nowSeconds();
    while (!nonceOrder.empty() && (nonceOrder.front().first < now - kWindowSeconds ||
                                   static_cast<qsizetype>(nonceOrder.size()) >= kMaxNonces)) {
        nonces.remove(nonceOrder.front().second);
        nonceOrder.pop_front();
    }
    const QString key = accessKeyId + QLatin1Char('\n') + nonce;
    if (nonces.contains(key))
        return Fault{400, QStringLiteral("SignatureNonceUsed"),
                     QStringLiteral("Specified signature nonce was used already.")};
    nonces.insert(key);
    nonceOrder.emplace_back(now, key);
    return std::nullopt;
}

Outcome LoopbackHbrServer::Private::page(const QString &region, const Query &query)
{
    static const RegionClients none;
    const auto regionIt = clientsByRegion.constFind(region);
    const RegionClients &data = regionIt == clientsByRegion.constEnd() ? none : regionIt.value();
    const QString key = selectionKey(region, query);
    auto selection = selections.constFind(key);
    if (selection == selections.constEnd()) {
        QList<qsizetype> matching;
        for (qsizetype i = 0; i < data.records.size(); ++i)
            if (matches(data.records.at(i), data.index.at(i), query))
                matching.append(i);
        if (selections.size() >= 256)
            selections.clear();
        selection = selections.insert(key, matching);
    }
    const QList<qsizetype> &matching = selection.value();
    const qint64 total = matching.size();
    // Some services cap the page size below the documented maximum and page in the capped size.
    const int pageSize = knobs.pageSizeCap > 0 ? std::min(query.pageSize, knobs.pageSizeCap) : query.pageSize;
    const qint64 first = qint64(query.pageNumber - 1) * pageSize;
    QJsonArray clients;
    for (qint64 i = first; i < total && i < first + pageSize; ++i)
        clients.append(data.records.at(matching.at(i)).json);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    QJsonObject body{
        {QStringLiteral("RequestId"), requestId},
        {QStringLiteral("Success"), true},
        {QStringLiteral("Code"), QStringLiteral("200")},
        {QStringLiteral("Message"), QStringLiteral("successful")},
        {QStringLiteral("PageNumber"), query.pageNumber},
        {QStringLiteral("PageSize"), pageSize},
        {QStringLiteral("TotalCount"), total},
        {QStringLiteral("Clients"), clients},
    };
    Outcome outcome;
    outcome.response = jsonResponse(200, body, requestId);
    outcome.page = true;
    if (knobs.churnPerPage > 0 && regionIt != clientsByRegion.constEnd()) {
        // Clients deleted while someone pages: every later page shifts, as on the real service.
        RegionClients &mutableData = clientsByRegion[region];
        const qsizetype n = std::min<qsizetype>(knobs.churnPerPage, mutableData.records.size());
        mutableData.records.remove(0, n);
        mutableData.index.remove(0, n);
        selections.clear();
    }
    return outcome;
}

Outcome LoopbackHbrServer::Private::errorOutcome(const QString &region, const Fault &fault) const
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    const QJsonObject body{
        {QStringLiteral("RequestId"), requestId},
        {QStringLiteral("HostId"), QStringLiteral("hbr.%1.aliyuncs.com").arg(region)},
        {QStringLiteral("Code"), fault.code},
        {QStringLiteral("Message"), fault.message},
        {QStringLiteral("Recommend"),
         QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=hbr&requestId=%2")
             .arg(fault.code, requestId)},
    };
    Outcome outcome;
    outcome.response = jsonResponse(fault.status, body, requestId);
    outcome.code = fault.code;
    return outcome;
}

http::Response LoopbackHbrServer::Private::jsonResponse(int status, const QJsonObject &body,
                                                        const QString &requestId) const
{
    http::Response response;
    response.status = status;
    const QString date =
        QLocale::c().toString(clock->now().toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    response.headers = {
        {"Content-Type", "application/json;charset=utf-8"},
        {"Date", date.toLatin1()},
        {"x-acs-request-id", requestId.toLatin1()},
    };
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

LoopbackHbrServer::LoopbackHbrServer(const Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, clock))
{
}

LoopbackHbrServer::~LoopbackHbrServer()
{
    close();
}

void LoopbackHbrServer::addCredentials(const QString &accessKeyId, const QString &secret,
                                       const QString &securityToken)
{
    d->credentials.insert(accessKeyId, Credential{secret, securityToken});
}

void LoopbackHbrServer::setClients(QList<DemoClientRecord> clients)
{
    d->clientsByRegion.clear();
    d->selections.clear();
    for (DemoClientRecord &record : clients) {
        RegionClients &region = d->clientsByRegion[record.regionId];
        region.index.append(indexClient(record));
        region.records.append(std::move(record));
    }
}

void LoopbackHbrServer::setKnobs(const ServerKnobs &knobs)
{
    d->knobs = knobs;
    d->rng.seed(knobs.seed);
}

const ServerKnobs &LoopbackHbrServer::knobs() const
{
    return d->knobs;
}

void LoopbackHbrServer::setTls(const QSslConfiguration &configuration)
{
    d->tls = configuration;
}

bool LoopbackHbrServer::listen(const QStringList &regions)
{
    close();
    d->errorString.clear();
    for (const QString &region : regions) {
        if (d->servers.contains(region))
            continue;
        QTcpServer *server = nullptr;
        if (d->tls.isNull()) {
            server = new QTcpServer(this);
        } else {
            auto *sslServer = new QSslServer(this);
            sslServer->setSslConfiguration(d->tls);
            server = sslServer;
        }
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            d->errorString =
                QStringLiteral("Cannot listen on 127.0.0.1 for %1: %2").arg(region, server->errorString());
            delete server;
            close();
            return false;
        }
        // Emitted once a connection is ready: for TLS only after the handshake, which a client that does not
        // trust the certificate never completes.
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server, region] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                d->accept(socket, region);
        });
        d->servers.insert(region, server);
    }
    return true;
}

void LoopbackHbrServer::close()
{
    // Taken out first: aborting a socket emits disconnected, whose handler would edit the map under our feet.
    auto connections = std::exchange(d->connections, {});
    for (auto &[socket, connection] : connections) {
        QObject::disconnect(socket, nullptr, this, nullptr);
        if (connection->busy)
            d->leaveFlight(connection->region);
        socket->abort();
        delete socket;
    }
    for (QTcpServer *server : std::as_const(d->servers)) {
        server->close();
        delete server;
    }
    d->servers.clear();
}

QString LoopbackHbrServer::errorString() const
{
    return d->errorString;
}

QStringList LoopbackHbrServer::regions() const
{
    return d->servers.keys();
}

quint16 LoopbackHbrServer::portForRegion(const QString &region) const
{
    const QTcpServer *server = d->servers.value(region);
    return server ? server->serverPort() : 0;
}

QUrl LoopbackHbrServer::urlForRegion(const QString &region) const
{
    const quint16 port = portForRegion(region);
    if (port == 0)
        return QUrl();
    QUrl url;
    url.setScheme(d->tls.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

api::Endpoint LoopbackHbrServer::endpointForRegion(const QString &region) const
{
    return api::Endpoint{urlForRegion(region), {}};
}

ServerStats LoopbackHbrServer::stats() const
{
    return d->stats;
}

void LoopbackHbrServer::resetStats()
{
    d->stats = ServerStats();
    d->arrivals.clear();
    d->regionArrivals.clear();
}

qsizetype LoopbackHbrServer::nonceCacheSize() const
{
    return d->nonces.size();
}

} // namespace hbr::demo
