// The protocol core's costs per client: decoding one DescribeBackupClients page, and the heap that 100,000
// clients hold in the table model, its proxy and the proxy's word index.
// Run: build/bin/bench_core [-median 5] (no display needed). HBR_BENCH_CLIENTS changes the fleet size of
// memoryPerClient (default 100,000).
//
// decodePage / decodePageBaseline: one 99-client page body of the demo fleet, serialised as the loopback
// server answers it, through decodeDescribeBackupClients and, beside it, through QJsonDocument::fromJson
// alone (what any decoder of this body must at least pay). decodeThroughput alternates rounds of the two and
// prints the medians as clients/s and MB/s (10^6 bytes).
//
// memoryPerClient: heap in use (glibc mallinfo2: uordblks + hblkhd, since blocks of 128 KiB and more, such as
// the row vector, are mmapped and uordblks alone does not count them) before and after: the page bodies
// decoded one by one and upserted into a ClientTableModel (each body freed after decoding), a
// ClientFilterProxy sorted by hostname, a word query (which builds the word index). The page bodies are the
// input: they live in their own mmaps, outside the malloc heap, and each is unmapped once decoded.
#include "api/responsedecoder.h"
#include "clock.h"
#include "demo/demofleet.h"
#include "fleet/query.h"
#include "fleet/stringpool.h"
#include "models/clientfilterproxy.h"
#include "models/clienttablemodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <malloc.h>
#include <optional>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using hbr::BackupClient;
using hbr::demo::DemoClientRecord;
using hbr::models::ClientFilterProxy;
using hbr::models::ClientTableModel;

namespace {

constexpr int kPageSize = 99; // DescribeBackupClients' maximum, what the fetcher asks for

int memoryFleetSize()
{
    const int n = qEnvironmentVariableIntValue("HBR_BENCH_CLIENTS");
    return n > 0 ? n : 100000;
}

/// A page as LoopbackHbrServer::Private::page() answers it (same keys, same order, compact JSON).
QByteArray pageBody(const QList<const DemoClientRecord *> &records, qsizetype first, int pageNumber)
{
    QJsonArray clients;
    for (qsizetype i = first; i < records.size() && i < first + kPageSize; ++i)
        clients.append(records.at(i)->json);
    const QJsonObject body{
        {u"RequestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper()},
        {u"Success"_s, true},
        {u"Code"_s, u"200"_s},
        {u"Message"_s, u"successful"_s},
        {u"PageNumber"_s, pageNumber},
        {u"PageSize"_s, kPageSize},
        {u"TotalCount"_s, qint64(records.size())},
        {u"Clients"_s, clients},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// The records of each region, in the order the server pages them.
QMap<QString, QList<const DemoClientRecord *>> byRegion(const QList<DemoClientRecord> &fleet)
{
    QMap<QString, QList<const DemoClientRecord *>> regions;
    for (const DemoClientRecord &r : fleet)
        regions[r.regionId].append(&r);
    return regions;
}

QList<DemoClientRecord> demoFleet(int clientCount)
{
    hbr::demo::DemoFleetSpec spec;
    spec.clientCount = clientCount;
    spec.nowSeconds = hbr::demo::kDemoReferenceNow;
    return hbr::demo::generateDemoFleet(spec);
}

/// Bytes the malloc heap has handed out and not taken back: small blocks plus mmapped ones.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd);
}

qint64 heapArenaOnly()
{
    return static_cast<qint64>(mallinfo2().uordblks);
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

/// One page body, in its own mmap outside the malloc heap, so that neither having nor freeing it moves the
/// heap figures. A plain value (released explicitly): vectors of it move by copying.
struct PageInput
{
    int region = 0; ///< index into the list of region names
    char *data = nullptr;
    qsizetype size = 0;
    size_t mapped = 0; ///< the page-rounded length of the mapping

    static PageInput map(const QByteArray &bytes, int region)
    {
        const size_t pageBytes = size_t(sysconf(_SC_PAGESIZE));
        PageInput in;
        in.region = region;
        in.size = bytes.size();
        in.mapped = (size_t(bytes.size()) + pageBytes - 1) / pageBytes * pageBytes;
        void *p = mmap(nullptr, in.mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            qFatal("bench_core: mmap of %zu bytes failed", in.mapped);
        in.data = static_cast<char *>(p);
        std::memcpy(in.data, bytes.constData(), size_t(bytes.size()));
        return in;
    }
    QByteArray bytes() const { return QByteArray::fromRawData(data, size); }
    void release()
    {
        if (data)
            munmap(data, mapped);
        data = nullptr;
    }
};

/// One pass of memoryPerClient: every figure is a difference between two consecutive checkpoints.
struct MemoryFigures
{
    int clients = 0;
    int pages = 0;
    qint64 inputBytes = 0;
    qint64 model = 0;       ///< decode + upsert (with the decoder's string pool)
    qint64 pool = 0;        ///< of which the pool's own set (freed when the next refresh starts)
    qint64 proxySorted = 0; ///< ClientFilterProxy on the model, sorted by hostname
    qint64 wordIndex = 0;   ///< the word query: builds the index
    qint64 modelArena = 0, proxyArena = 0, wordArena = 0; ///< uordblks alone, for comparison
    qint64 rss0 = 0, rssModel = 0, rssProxy = 0, rssWords = 0;
    qint64 unmappedInput = 0; ///< page-rounded bytes of the bodies unmapped while decoding
    qint64 arenaFree = 0;     ///< at the end: free bytes inside the malloc arena (fordblks)
    qint64 rssTrimmed = 0;    ///< at the end, after malloc_trim(0)
    qint64 loadNs = 0;        ///< decode + upsert of every page (a single run: a hint, not a benchmark)
    qint64 decodeNs = 0;      ///< of which decoding
    int withExtras = 0;       ///< clients that keep raw JSON (off-type values, unknown keys)
    qint64 searchText = 0;    ///< bytes of the word index's text (its buffer may have more capacity)
    int wordMatches = 0;
    qint64 total() const { return model + proxySorted + wordIndex; }
};

double perClient(qint64 bytes, int clients)
{
    return double(bytes) / clients;
}

} // namespace

class BenchCore : public QObject
{
    Q_OBJECT

    hbr::ManualClock m_clock{QDateTime::fromSecsSinceEpoch(hbr::demo::kDemoReferenceNow, Qt::UTC)};
    QByteArray m_body; ///< one 99-client page
    std::optional<MemoryFigures> m_memory;

    static qint64 decodeOnce(const QByteArray &body, hbr::StringPool *pool)
    {
        const hbr::api::DecodedPage page = hbr::api::decodeDescribeBackupClients(200, body, pool);
        return page.page.clients.size();
    }
    static qint64 parseOnce(const QByteArray &body)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isObject() ? 1 : 0;
    }

    MemoryFigures measureMemory()
    {
        MemoryFigures m;
        m.clients = memoryFleetSize();
        QStringList regionNames;
        QList<PageInput> input;
        {
            const QList<DemoClientRecord> fleet = demoFleet(m.clients);
            const auto regions = byRegion(fleet);
            for (auto it = regions.begin(); it != regions.end(); ++it) {
                regionNames.append(it.key());
                for (qsizetype first = 0, number = 1; first < it->size(); first += kPageSize, ++number) {
                    const QByteArray body = pageBody(*it, first, int(number));
                    m.inputBytes += body.size();
                    input.append(PageInput::map(body, int(regionNames.size() - 1)));
                }
            }
        }
        m.pages = int(input.size());

        // Warm up what is allocated once per process (statics of the decoder, the query, the model), then
        // hand the generator's freed memory back, so that RSS grows with what the steps below allocate.
        {
            hbr::StringPool pool;
            ClientTableModel model(&m_clock);
            model.upsert(
                hbr::api::decodeDescribeBackupClients(200, input.front().bytes(), &pool).page.clients);
            ClientFilterProxy proxy;
            proxy.setSourceModel(&model);
            proxy.sort(int(ClientTableModel::Column::Hostname));
            proxy.setQuery(hbr::Query::parse(u"web"_s));
        }
        malloc_trim(0);

        const qint64 heap0 = heapInUse();
        const qint64 arena0 = heapArenaOnly();
        m.rss0 = residentBytes();

        hbr::StringPool pool;
        ClientTableModel model(&m_clock);
        QElapsedTimer load;
        load.start();
        for (PageInput &page : input) {
            const qint64 decodeStart = load.nsecsElapsed();
            hbr::api::DecodedPage decoded = hbr::api::decodeDescribeBackupClients(200, page.bytes(), &pool);
            m.decodeNs += load.nsecsElapsed() - decodeStart;
            if (decoded.error.kind != hbr::api::ApiError::Kind::None)
                qFatal("bench_core: a page did not decode");
            page.release();
            m.unmappedInput += qint64(page.mapped);
            const QString &region = regionNames.at(page.region);
            for (BackupClient &c : decoded.page.clients)
                c.regionId = region; // one shared string per source, as FleetFetcher sets it
            model.upsert(decoded.page.clients);
        }
        if (model.rowCount() != m.clients)
            qFatal("bench_core: %d rows for %d clients", model.rowCount(), m.clients);
        model.compact(); // as FleetLoader does when a load ends
        m.loadNs = load.nsecsElapsed();
        const qint64 heapModel = heapInUse();
        const qint64 arenaModel = heapArenaOnly();
        m.rssModel = residentBytes();

        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(ClientTableModel::Column::Hostname));
        const qint64 heapProxy = heapInUse();
        const qint64 arenaProxy = heapArenaOnly();
        m.rssProxy = residentBytes();

        proxy.setQuery(hbr::Query::parse(u"web"_s));
        const qint64 heapWords = heapInUse();
        const qint64 arenaWords = heapArenaOnly();
        m.rssWords = residentBytes();
        m.wordMatches = proxy.rowCount();

        m.model = heapModel - heap0;
        m.proxySorted = heapProxy - heapModel;
        m.wordIndex = heapWords - heapProxy;
        m.modelArena = arenaModel - arena0;
        m.proxyArena = arenaProxy - arenaModel;
        m.wordArena = arenaWords - arenaProxy;
        QByteArray text;
        for (int row = 0; row < model.rowCount(); ++row) {
            const BackupClient &c = model.client(row);
            if (!c.extras.isEmpty() || !c.settingsExtras.isEmpty())
                ++m.withExtras;
            text.clear();
            hbr::Query::appendSearchText(c, text);
            m.searchText += text.size();
        }
        pool.clear();
        m.pool = heapWords - heapInUse();
        m.arenaFree = static_cast<qint64>(mallinfo2().fordblks);
        malloc_trim(0);
        m.rssTrimmed = residentBytes();
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A page from the middle of the largest region of the demo's default fleet (5,000 clients).
        const QList<DemoClientRecord> fleet = demoFleet(5000);
        const auto regions = byRegion(fleet);
        QList<const DemoClientRecord *> largest;
        for (const auto &records : regions)
            if (records.size() > largest.size())
                largest = records;
        const qsizetype pages = (largest.size() + kPageSize - 1) / kPageSize;
        const qsizetype middle = std::max<qsizetype>(0, pages / 2 - 1);
        QVERIFY(largest.size() >= (middle + 1) * kPageSize);
        m_body = pageBody(largest, middle * kPageSize, int(middle + 1));
        hbr::StringPool pool;
        QCOMPARE(decodeOnce(m_body, &pool), kPageSize);
        qInfo("page body: %d clients, %lld bytes", kPageSize, qint64(m_body.size()));
    }

    /// decodeDescribeBackupClients on one page, with a string pool kept across pages as FleetFetcher does.
    void decodePage()
    {
        hbr::StringPool pool;
        qint64 clients = 0;
        QBENCHMARK
        {
            clients += decodeOnce(m_body, &pool);
        }
        QVERIFY(clients > 0);
    }

    /// The baseline: QJsonDocument::fromJson of the same bytes, nothing else.
    void decodePageBaseline()
    {
        qint64 objects = 0;
        QBENCHMARK
        {
            objects += parseOnce(m_body);
        }
        QVERIFY(objects > 0);
    }

    /// Rounds of the decoder and of the baseline, alternately; medians as clients/s and MB/s.
    void decodeThroughput()
    {
        constexpr int kRounds = 15;
        hbr::StringPool pool;
        // Calibrate: about 100 ms of decoding per round.
        QElapsedTimer calibrate;
        calibrate.start();
        int reps = 0;
        qint64 sink = 0;
        while (calibrate.nsecsElapsed() < 100'000'000) {
            sink += decodeOnce(m_body, &pool);
            ++reps;
        }
        std::vector<double> decoder;
        std::vector<double> baseline;
        for (int round = 0; round < kRounds; ++round) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < reps; ++i)
                sink += decodeOnce(m_body, &pool);
            decoder.push_back(double(t.nsecsElapsed()) / reps);
            t.start();
            for (int i = 0; i < reps; ++i)
                sink += parseOnce(m_body);
            baseline.push_back(double(t.nsecsElapsed()) / reps);
        }
        QVERIFY(sink > 0);
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const auto min = [](const std::vector<double> &v) {
            return *std::min_element(v.begin(), v.end());
        };
        const double dec = median(decoder);
        const double base = median(baseline);
        const double bytes = double(m_body.size());
        qInfo("decode %d clients (%.0f bytes), median of %d rounds x %d pages:", kPageSize, bytes, kRounds,
              reps);
        qInfo("  decodeDescribeBackupClients: %.1f us/page (min %.1f), %.0f clients/s, %.1f MB/s", dec / 1e3,
              min(decoder) / 1e3, kPageSize / (dec / 1e9), bytes / (dec / 1e9) / 1e6);
        qInfo("  QJsonDocument::fromJson (baseline): %.1f us/page (min %.1f), %.0f clients/s, %.1f MB/s",
              base / 1e3, min(baseline) / 1e3, kPageSize / (base / 1e9), bytes / (base / 1e9) / 1e6);
        qInfo("  decoder / baseline: %.2fx the time", dec / base);
    }

    /// Loading a fleet as FleetLoader does, one upsert per page, beside one upsert of every client (decoding
    /// excluded: the pages are decoded first). Rounds alternate; medians.
    void upsertPages()
    {
        constexpr int kRounds = 3;
        QList<QList<BackupClient>> pages;
        QList<BackupClient> all;
        {
            const QList<DemoClientRecord> fleet = demoFleet(memoryFleetSize());
            const auto regions = byRegion(fleet);
            hbr::StringPool pool;
            for (auto it = regions.begin(); it != regions.end(); ++it) {
                const QString region = it.key();
                for (qsizetype first = 0; first < it->size(); first += kPageSize) {
                    QList<BackupClient> page;
                    for (qsizetype i = first; i < it->size() && i < first + kPageSize; ++i) {
                        BackupClient c = BackupClient::fromJson(it->at(i)->json, &pool);
                        c.regionId = region;
                        page.append(c);
                    }
                    all.append(page);
                    pages.append(page);
                }
            }
        }
        const qsizetype tail = std::min<qsizetype>(100, pages.size());
        std::vector<double> byPage, lastPages, once;
        for (int round = 0; round < kRounds; ++round) {
            {
                ClientTableModel model(&m_clock);
                QElapsedTimer t;
                t.start();
                qint64 tailStart = 0;
                for (qsizetype i = 0; i < pages.size(); ++i) {
                    if (i == pages.size() - tail)
                        tailStart = t.nsecsElapsed();
                    model.upsert(pages.at(i));
                }
                byPage.push_back(double(t.nsecsElapsed()));
                lastPages.push_back(double(t.nsecsElapsed() - tailStart) / double(tail));
                QCOMPARE(model.rowCount(), all.size());
            }
            {
                ClientTableModel model(&m_clock);
                QElapsedTimer t;
                t.start();
                model.upsert(all);
                once.push_back(double(t.nsecsElapsed()));
                QCOMPARE(model.rowCount(), all.size());
            }
        }
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        qInfo("upsert of %lld clients, median of %d rounds:", qint64(all.size()), kRounds);
        qInfo("  page by page (%lld upserts of %d, as a load does): %.2f s; the last %lld pages %.1f ms each",
              qint64(pages.size()), kPageSize, median(byPage) / 1e9, qint64(tail), median(lastPages) / 1e6);
        qInfo("  all at once (one upsert, the baseline): %.2f s", median(once) / 1e9);
    }

    void memoryPerClient_data()
    {
        QTest::addColumn<int>("part");
        QTest::newRow("model + proxy + word index") << 0;
        QTest::newRow("model alone") << 1;
        QTest::newRow("proxy + word index alone") << 2;
    }

    /// Heap bytes per client (one measured pass; every row reports its part of it).
    void memoryPerClient()
    {
        QFETCH(int, part);
        if (!m_memory) {
            m_memory = measureMemory();
            const MemoryFigures &m = *m_memory;
            const int n = m.clients;
            const qint64 unmapped = m.unmappedInput;
            qInfo(
                "%d clients in %d pages (%.1f MB of page bodies, outside the heap); %d keep raw JSON extras; "
                "\"web\" shows %d rows",
                n, m.pages, double(m.inputBytes) / 1e6, m.withExtras, m.wordMatches);
            qInfo("  heap per client: model %.0f B (of which the decoder's string pool %.0f B), proxy sorted "
                  "by "
                  "hostname %.0f B, word index %.0f B; total %.0f B",
                  perClient(m.model, n), perClient(m.pool, n), perClient(m.proxySorted, n),
                  perClient(m.wordIndex, n), perClient(m.total(), n));
            qInfo("  of which: sizeof(BackupClient) %zu B a row; the word index's text %.0f B a row (the "
                  "rest of "
                  "the index is its row ends, 4 B, and its buffer's spare capacity)",
                  sizeof(BackupClient), perClient(m.searchText, n));
            qInfo("  uordblks alone (misses mmapped blocks): model %.0f B, proxy %.0f B, word index %.0f B",
                  perClient(m.modelArena, n), perClient(m.proxyArena, n), perClient(m.wordArena, n));
            qInfo("  RSS: %.1f MB before, %.1f MB after the model (+ %.1f MB of bodies unmapped meanwhile), "
                  "%.1f MB after the proxy, %.1f MB after the word index",
                  double(m.rss0) / 1e6, double(m.rssModel) / 1e6, double(unmapped) / 1e6,
                  double(m.rssProxy) / 1e6, double(m.rssWords) / 1e6);
            qInfo("  RSS per client: model %.0f B, proxy %.0f B, word index %.0f B; total %.0f B",
                  perClient(m.rssModel - m.rss0 + unmapped, n), perClient(m.rssProxy - m.rssModel, n),
                  perClient(m.rssWords - m.rssProxy, n), perClient(m.rssWords - m.rss0 + unmapped, n));
            qInfo("  RSS exceeds the heap in use by what the load freed and malloc kept (%.1f MB free in the "
                  "arena); after malloc_trim(0), RSS per client is %.0f B",
                  double(m.arenaFree) / 1e6, perClient(m.rssTrimmed - m.rss0 + unmapped, n));
            qInfo("  load (one run, a hint): decode + upsert of %d pages %.2f s, of which decoding %.2f s",
                  m.pages, double(m.loadNs) / 1e9, double(m.decodeNs) / 1e9);
        }
        const MemoryFigures &m = *m_memory;
        const qint64 bytes = part == 0 ? m.total() : part == 1 ? m.model : m.proxySorted + m.wordIndex;
        QTest::setBenchmarkResult(perClient(bytes, m.clients), QTest::BytesAllocated);
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
