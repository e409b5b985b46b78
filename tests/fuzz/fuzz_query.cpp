// libFuzzer target: the query language of the filter box and `hbr-browser list --query`, on any text a user
// may type or paste. The input is UTF-8, or UTF-16LE after a byte order mark FF FE (which reaches unpaired
// surrogates and every other QChar UTF-8 decoding cannot make).
//
// Beyond not crashing, each query is held to what the rest of the program relies on: an invalid query matches
// nothing and its error span (underlined in the filter box) is inside the text; the empty query matches all.
//
// With HBR_FUZZ_STRICT=1 two cross-checks are added, which currently fail on case-folding corner cases (see
// below), so they are off by default to let a run look for crashes for its whole time:
//   * refines() is sound: when it says the narrower query refines a broader one, every client the narrower
//     query matches is matched by the broader one (the filter re-tests only the rows the broader one kept);
//   * matching with word hits from the search index (Query::appendSearchText searched for indexWords(), as
//     models::WordIndex does) gives the same answer as the matcher's own scan.
// Known failures (the first found by this target in strict mode, the others by hand): the scan's sameChar()
// takes a needle character's lower and upper case as equal and folds only non-ASCII haystack characters,
// while the index folds both sides, and the two disagree where case mapping and case folding part:
//   * "\u0131" (dotless i; its upper case is ASCII 'I', its fold itself) matches every client with an 'I' in
//     its text in the scan (`list --query`), but only those holding a dotless i in the window when it uses
//     its word index;
//   * "\u212a" (KELVIN SIGN) never matches an ASCII 'K', nor "\u017f" (long s) an ASCII 's', in the scan,
//     though they fold to 'k' and 's' and the index finds them; so "xK" refines "\u212a" unsoundly;
//   * letters outside the BMP with case pairs (Deseret, Osage, ...) match only their own case in the scan,
//     which compares UTF-16 units, but both cases in the index.
// Text with an unpaired surrogate is left out of the index check even in strict mode: QString::toCaseFolded()
// turns one into U+FFFD except at the very end of the string, where toUtf8() then makes it '?', so the same
// character folds to different bytes in a query word and in a client's search text (Qt's behaviour).
//
// The clients are a small fixed fleet plus one made of the input text itself.
#include "fleet/fleetsignals.h"
#include "fleet/query.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;
using hbr::BackupClient;
using hbr::MatchContext;
using hbr::Query;

namespace {

constexpr qint64 kNow = 1735689600; // 2025-01-01T00:00:00Z

struct Client
{
    BackupClient client;
    hbr::FleetSignals signalSet = 0;
    QByteArray searchText;
};

// A small fleet with a bit of everything the terms look at: every client type, statuses, versions, settings,
// tags, non-ASCII text (Chinese, German, Turkish, Greek), a client with every field empty and one with none.
const std::vector<Client> &fleet()
{
    static const std::vector<Client> clients = [] {
        const char *const objects[] = {
            R"({"ClientId":"c-web1","Hostname":"web-prod-01","InstanceName":"web server",
                "InstanceId":"i-bp1web01","ClientType":"ECS_CLIENT","Status":"ACTIVATED",
                "BackupStatus":"PROTECTED","ClientVersion":"2.14.2","MaxClientVersion":"2.14.2",
                "OsType":"linux","ArchType":"amd64","PrivateIpV4":"10.0.0.11","ZoneId":"cn-hangzhou-f",
                "LastHeartBeatTime":1735689540,"UpdatedTime":1735600000,
                "Settings":{"DataNetworkType":"VPC","DataProxySetting":"USE_CONTROL_PROXY","UseHttps":"true",
                "ProxyHost":"","ProxyPort":0,"MaxMemory":0},
                "Tags":[{"Key":"env","Value":"prod"},{"Key":"team","Value":"web"}]})",
            R"({"ClientId":"c-db1","Hostname":"数据库-主库","InstanceName":"订单数据库",
                "InstanceId":"i-bp1db01","ClientType":"ECS_CLIENT","Status":"STOPPED",
                "BackupStatus":"UNPROTECTED","ClientVersion":"2.9.1","MaxClientVersion":"2.14.2",
                "OsType":"windows","ArchType":"x86","PrivateIpV4":"172.16.3.4","ZoneId":"cn-shanghai-b",
                "LastHeartBeatTime":1735000000,
                "Settings":{"DataNetworkType":"PUBLIC","DataProxySetting":"CUSTOM","UseHttps":"false",
                "ProxyHost":"","ProxyPort":3128,"MaxMemory":1073741824},
                "Tags":[{"Key":"环境","Value":"生产"},{"Key":"owner","Value":"DBA Team"}]})",
            R"({"ClientId":"c-ctr1","Hostname":"Straße-ĸİı-Σς","InstanceName":"K8s Worker",
                "ClientType":"CONTAINER_CLIENT","Status":"INSTALLING","ClientVersion":"v2.13.0-beta",
                "MaxClientVersion":"2.14.0","OsType":"Linux","ArchType":"ARM64","UpdatedTime":1735680000,
                "Settings":{"UseHttps":"1","MaxCpuCore":"2"},
                "Tags":[{"Key":"K","Value":"kelvin K Å Ω"},{"Key":"","Value":""}]})",
            R"({"ClientId":"c-loc1","Hostname":"nas.local","ClientType":"LOCAL_CLIENT",
                "Status":"INSTALL_FAILED","BackupStatus":"UNPROTECTED","ClientVersion":"2.4.5",
                "MaxClientVersion":"2.14.2","LastHeartBeatTime":-5,
                "Settings":{"MaxMemory":512,"UseHttps":"TRUE"}})",
            R"({"ClientId":"","Hostname":"","InstanceName":"","InstanceId":"","ClientType":"","Status":"",
                "BackupStatus":"","ClientVersion":"","MaxClientVersion":"","OsType":"","ArchType":"",
                "PrivateIpV4":"","ZoneId":"","Settings":{},"Tags":[]})",
            R"({})",
        };
        const QString regions[] = {u"cn-hangzhou"_s, u"cn-shanghai"_s, u"ap-southeast-1"_s, QString()};
        const QString profiles[] = {u"prod"_s, u"测试"_s, QString()};
        std::vector<Client> out;
        int i = 0;
        for (const char *json : objects) {
            Client c;
            c.client = BackupClient::fromJson(QJsonDocument::fromJson(json).object(), nullptr);
            c.client.regionId = regions[i % 4];
            c.client.profile = profiles[i % 3];
            c.signalSet = hbr::computeSignals(c.client, kNow);
            Query::appendSearchText(c.client, c.searchText);
            out.push_back(std::move(c));
            ++i;
        }
        return out;
    }();
    return clients;
}

// The text with every character outside printable ASCII as \uXXXX, so that a report shows exactly what the
// query held (NULs, unpaired surrogates, look-alike letters).
QByteArray escaped(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'\\')
            out += char(c.unicode());
        else
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }
    return out;
}

[[noreturn]] void fail(const char *what, const QString &a, const QString &b = QString())
{
    std::fprintf(stderr, "fuzz_query: %s\n  query: \"%s\"\n  other: \"%s\"\n", what, escaped(a).constData(),
                 escaped(b).constData());
    std::abort();
}

QString clientName(const Client &c)
{
    return u"client \""_s + c.client.clientId + u"\" host \""_s + c.client.hostname + u'"';
}

QString decode(const uint8_t *data, size_t size)
{
    if (size >= 2 && data[0] == 0xff && data[1] == 0xfe) {
        QString text((qsizetype(size) - 2) / 2, Qt::Uninitialized);
        std::memcpy(text.data(), data + 2, size_t(text.size()) * sizeof(QChar)); // little-endian host
        return text;
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

MatchContext scanContext(const Client &c)
{
    MatchContext context;
    context.nowSeconds = kNow;
    context.signalSet = c.signalSet;
    return context;
}

bool hasUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

bool strict()
{
    static const bool on = qEnvironmentVariableIntValue("HBR_FUZZ_STRICT") != 0;
    return on;
}

/// `indexable`: whether the index and the scan are expected to agree on the clients' text.
void checkOne(const Query &q, const std::vector<Client> &clients, bool indexable)
{
    const QString text = q.text();
    if (!q.isValid()) {
        const hbr::QueryError e = q.error();
        if (e.position < 0 || e.length < 0 || e.position + qsizetype(e.length) > text.size())
            fail("the error span is outside the text", text,
                 QString::number(e.position) + u'+' + QString::number(e.length));
        if (e.message.isEmpty())
            fail("an invalid query without an error message", text);
        if (q.isEmpty())
            fail("an invalid query is empty", text);
    }
    const QList<QByteArray> words = q.indexWords();
    if (words.size() > 64)
        fail("more than 64 index words", text);
    for (const QByteArray &w : words) {
        if (w.isEmpty() || w.contains('\x1f'))
            fail("an index word the index cannot find", text);
    }
    for (const Client &c : clients) {
        const MatchContext scan = scanContext(c);
        const bool matched = q.matches(c.client, scan);
        if (matched && !q.isValid())
            fail("an invalid query matched a client", text);
        if (q.isEmpty() && !matched)
            fail("the empty query rejected a client", text);
        MatchContext indexed = scan;
        indexed.wordHitsKnown = true;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (c.searchText.contains(words.at(i)))
                indexed.wordHits |= quint64(1) << i;
        }
        if (strict() && indexable && q.matches(c.client, indexed) != matched)
            fail("the word index and the scan disagree", text, clientName(c));
    }
}

void checkRefines(const Query &narrow, const Query &broad, const std::vector<Client> &clients)
{
    if (!narrow.refines(broad) || !strict())
        return;
    for (const Client &c : clients) {
        const MatchContext context = scanContext(c);
        if (narrow.matches(c.client, context) && !broad.matches(c.client, context))
            fail("refines() said yes, but a client matches only the narrower query", narrow.text(),
                 broad.text());
    }
}

// A client made of the input itself, so that the search text and the signals see arbitrary strings too (and
// words of the query find something).
Client clientOf(const QString &text)
{
    using F = BackupClient;
    Client c;
    const QString half = text.left(text.size() / 2);
    BackupClient &b = c.client;
    const std::pair<F::Field, QString F::*> fields[] = {
        {F::Hostname, &F::hostname},
        {F::InstanceName, &F::instanceName},
        {F::Status, &F::status},
        {F::ClientVersion, &F::clientVersion},
        {F::MaxClientVersion, &F::maxClientVersion},
        {F::UseHttps, &F::useHttps},
        {F::DataProxySetting, &F::dataProxySetting},
        {F::BackupStatus, &F::backupStatus},
    };
    bool whole = true;
    for (const auto &[field, member] : fields) {
        b.*member = whole ? text : half;
        b.set(field);
        whole = !whole;
    }
    b.lastHeartBeatTime = kNow - text.size() * 97;
    b.set(F::LastHeartBeatTime);
    b.updatedTime = kNow - text.size() * 13;
    b.set(F::UpdatedTime);
    b.tags = {{text, half}, {half, text}};
    b.set(F::Tags);
    b.regionId = half;
    b.profile = text;
    c.signalSet = hbr::computeSignals(b, kNow);
    Query::appendSearchText(b, c.searchText);
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_query";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    const QString text = decode(data, size);
    std::vector<Client> clients = fleet();
    clients.push_back(clientOf(text));

    const Query q = Query::parse(text);
    if (q.text() != text)
        fail("text() is not the parsed text", text);
    const bool indexable = !hasUnpairedSurrogate(text);
    checkOne(q, clients, indexable);

    // What refines() is asked in the filter box: the query before the last keystroke, and before the last
    // term; also the other way round, and against itself.
    const QString before[] = {
        text.chopped(text.isEmpty() ? 0 : 1),
        text.left(text.lastIndexOf(u' ') < 0 ? 0 : text.lastIndexOf(u' ')),
        text.left(text.size() / 2),
    };
    for (const QString &b : before) {
        const Query broad = Query::parse(b);
        checkOne(broad, clients, indexable && !hasUnpairedSurrogate(b));
        checkRefines(q, broad, clients);
        checkRefines(broad, q, clients);
    }
    checkRefines(q, q, clients);

    // Completion asks for the values of whatever the user typed before a colon.
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0)
        (void)Query::knownValues(text.left(colon));
    return 0;
}
