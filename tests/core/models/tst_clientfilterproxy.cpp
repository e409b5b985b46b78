// ClientFilterProxy: what it shows is exactly the query's matches in the sort's order, through appends,
// refreshes, removals, sorting and filtering; persistent indexes (the selection) follow their rows.
#include "clock.h"
#include "demo/demofleet.h"
#include "fleet/query.h"
#include "models/clientfilterproxy.h"
#include "models/clienttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using hbr::BackupClient;
using hbr::Query;
using hbr::models::ClientFilterProxy;
using hbr::models::ClientTableModel;
using Column = ClientTableModel::Column;

namespace {

constexpr qint64 kNow = 1767225600;

QList<BackupClient> demoClients(int count, quint32 seed = 7)
{
    hbr::demo::DemoFleetSpec spec;
    spec.clientCount = count;
    spec.seed = seed;
    spec.nowSeconds = kNow;
    QList<BackupClient> out;
    for (const hbr::demo::DemoClientRecord &r : hbr::demo::generateDemoFleet(spec)) {
        BackupClient c = BackupClient::fromJson(r.json, nullptr);
        c.regionId = r.regionId;
        out.append(c);
    }
    return out;
}

/// What the proxy must show, computed the plain way.
QList<int> expectedRows(const ClientTableModel &model, const Query &query, int column, Qt::SortOrder order)
{
    QList<int> rows;
    if (query.isEmpty() || query.isValid()) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (query.isEmpty() ||
                query.matches(model.client(row), {model.clock()->nowSeconds(), model.signalsAt(row)}))
                rows.append(row);
        }
    }
    if (column >= 0) {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const auto ka = model.sortKey(a, Column(column));
            const auto kb = model.sortKey(b, Column(column));
            return order == Qt::AscendingOrder ? ka < kb : kb < ka;
        });
    }
    return rows;
}

QStringList ids(const ClientTableModel &model, const QList<int> &rows)
{
    QStringList out;
    for (int r : rows)
        out.append(model.client(r).clientId);
    return out;
}

} // namespace

class TestClientFilterProxy : public QObject
{
    Q_OBJECT

    hbr::ManualClock m_clock{QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC)};

    void verifyShows(const ClientFilterProxy &proxy, const ClientTableModel &model)
    {
        const QList<int> expected = expectedRows(model, proxy.query(), proxy.sortColumn(), proxy.sortOrder());
        const QList<int> actual = proxy.visibleSourceRows();
        QCOMPARE(ids(model, actual), ids(model, expected));
        QCOMPARE(proxy.rowCount(), int(expected.size()));
        for (int row = 0; row < proxy.rowCount(); row += qMax(1, proxy.rowCount() / 50)) {
            const QModelIndex p = proxy.index(row, int(Column::ClientId));
            QCOMPARE(p.data().toString(), model.client(expected[row]).clientId);
            QCOMPARE(proxy.mapFromSource(proxy.mapToSource(p)), p);
        }
    }

private Q_SLOTS:
    void filtersAndSortsThroughAppendsAndRefreshes()
    {
        ClientTableModel model(&m_clock);
        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Hostname), Qt::AscendingOrder);
        QVERIFY(proxy.setQuery(Query::parse(u"status:unknown,activated"_s)));
        QVERIFY(!proxy.setQuery(Query::parse(u"status:unknown,activated"_s)));

        const QList<BackupClient> fleet = demoClients(1500);
        for (qsizetype i = 0; i < fleet.size(); i += 99) {
            model.upsert(fleet.mid(i, 99));
            if (i % 495 == 0)
                verifyShows(proxy, model);
        }
        verifyShows(proxy, model);
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < model.rowCount());

        // A refresh where some clients changed status, one page at a time, and some are gone.
        model.beginRefresh();
        QList<BackupClient> next = fleet;
        for (qsizetype i = 0; i < next.size(); i += 7)
            next[i].status = next[i].status == u"UNKNOWN"_s ? u"ACTIVATED"_s : u"UNKNOWN"_s;
        for (qsizetype i = 0; i < next.size(); i += 13)
            next[i].hostname += u"-renamed"_s;
        next.remove(100, 40);
        for (qsizetype i = 0; i < next.size(); i += 99)
            model.upsert(next.mid(i, 99));
        verifyShows(proxy, model);
        QList<ClientTableModel::SourceKey> all;
        for (const QString &region : hbr::demo::demoRegions())
            for (const QString &type : {u"ECS_CLIENT"_s, u"CONTAINER_CLIENT"_s, u"LOCAL_CLIENT"_s})
                all.append({QString(), region, type});
        model.finishRefresh(all);
        QCOMPARE(model.rowCount(), int(next.size()));
        verifyShows(proxy, model);
    }

    void everyQueryAndSortAgreesWithThePlainWay_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("all by hostname") << QString() << int(Column::Hostname) << int(Qt::AscendingOrder);
        QTest::newRow("word by version") << u"web"_s << int(Column::Version) << int(Qt::DescendingOrder);
        QTest::newRow("disconnected by heartbeat")
            << u"is:disconnected"_s << int(Column::LastHeartbeat) << int(Qt::AscendingOrder);
        QTest::newRow("outdated in a region by ip")
            << u"is:outdated region:cn-hangzhou"_s << int(Column::PrivateIp) << int(Qt::AscendingOrder);
        QTest::newRow("negation by status")
            << u"-status:activated"_s << int(Column::Status) << int(Qt::DescendingOrder);
        QTest::newRow("stale by created") << u"hb>1h"_s << int(Column::Created) << int(Qt::AscendingOrder);
        QTest::newRow("tag by tags") << u"tag:env"_s << int(Column::Tags) << int(Qt::AscendingOrder);
        QTest::newRow("unsorted") << u"type:ecs"_s << -1 << int(Qt::AscendingOrder);
        QTest::newRow("invalid shows nothing")
            << u"stauts:unknown"_s << int(Column::Hostname) << int(Qt::AscendingOrder);
    }

    void everyQueryAndSortAgreesWithThePlainWay()
    {
        QFETCH(QString, query);
        QFETCH(int, column);
        QFETCH(int, order);
        ClientTableModel model(&m_clock);
        model.upsert(demoClients(2000, 11));
        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, Qt::SortOrder(order));
        proxy.setQuery(Query::parse(query));
        verifyShows(proxy, model);
        if (!proxy.query().isValid())
            QCOMPARE(proxy.rowCount(), 0);
        // Then the other direction, and back to everything.
        proxy.sort(column, order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        verifyShows(proxy, model);
        proxy.setQuery(Query());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        verifyShows(proxy, model);
    }

    /// Bare words go through the proxy's word index (one byte search over all rows); what it finds must be
    /// what the matcher's own case-insensitive scan finds, through appends and changed rows.
    void theWordIndexAgreesWithTheScan_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("lower") << u"web"_s;
        QTest::newRow("upper") << u"WEB"_s;
        QTest::newRow("mixed case, digits") << u"Web-0"_s;
        QTest::newRow("ip fragment") << u"10.1"_s;
        QTest::newRow("enum value") << u"activated"_s;
        QTest::newRow("region") << u"hangzhou"_s;
        QTest::newRow("chinese") << u"生产"_s;
        QTest::newRow("chinese tag value") << u"测试"_s;
        QTest::newRow("two words") << u"web prod"_s;
        QTest::newRow("negated word") << u"-web"_s;
        QTest::newRow("word and field") << u"db status:activated"_s;
        QTest::newRow("word and wildcard word") << u"web-* prod"_s;
        QTest::newRow("no match") << u"zzzzqqq"_s;
    }

    void theWordIndexAgreesWithTheScan()
    {
        QFETCH(QString, query);
        ClientTableModel model(&m_clock);
        const QList<BackupClient> fleet = demoClients(1000, 5);
        model.upsert(fleet.mid(0, 500));
        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Hostname), Qt::AscendingOrder);
        QVERIFY(proxy.setQuery(Query::parse(query)));
        verifyShows(proxy, model);
        // Appended pages extend the index.
        for (qsizetype i = 500; i < fleet.size(); i += 99)
            model.upsert(fleet.mid(i, 99));
        verifyShows(proxy, model);
        proxy.setQuery(Query());
        proxy.setQuery(Query::parse(query));
        verifyShows(proxy, model);
        // Changed rows: the index is rebuilt, not searched stale.
        QList<BackupClient> renamed = fleet;
        for (qsizetype i = 0; i < renamed.size(); i += 5)
            renamed[i].hostname = i % 2 ? u"WEB-prod-测试"_s : u"renamed"_s;
        model.upsert(renamed);
        verifyShows(proxy, model);
        proxy.setQuery(Query());
        proxy.setQuery(Query::parse(query));
        verifyShows(proxy, model);
    }

    void aWordNeverMatchesAcrossTwoValues()
    {
        ClientTableModel model(&m_clock);
        BackupClient c;
        c.clientId = u"c-1"_s;
        c.hostname = u"abc"_s;
        c.instanceName = u"def"_s;
        c.tags = {{u"k1"_s, u"v1"_s}};
        model.upsert({c});
        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(Query::parse(u"cd"_s));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setQuery(Query::parse(u"1k"_s));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setQuery(Query::parse(u"BC"_s));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuery(Query::parse(u"v1"_s));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void typingNarrowsAndBackspaceWidens()
    {
        ClientTableModel model(&m_clock);
        model.upsert(demoClients(1200, 3));
        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Hostname), Qt::AscendingOrder);
        const QString typed = u"is:stale web"_s;
        QList<int> counts;
        for (int n = 1; n <= typed.size(); ++n) {
            proxy.setQuery(Query::parse(typed.left(n)));
            verifyShows(proxy, model);
            counts.append(proxy.rowCount());
        }
        for (int n = typed.size() - 1; n >= 0; --n) {
            proxy.setQuery(Query::parse(typed.left(n)));
            verifyShows(proxy, model);
        }
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QVERIFY(counts.last() > 0);
        QVERIFY(counts.last() < model.rowCount());
    }

    void theSelectionFollowsItsRow()
    {
        ClientTableModel model(&m_clock);
        model.upsert(demoClients(800, 5));
        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Hostname), Qt::AscendingOrder);

        // Pick a disconnected client and hold a persistent index on it, as a selection does.
        proxy.setQuery(Query::parse(u"is:disconnected"_s));
        QVERIFY(proxy.rowCount() > 2);
        const QPersistentModelIndex held(proxy.index(proxy.rowCount() / 2, int(Column::ClientId)));
        const QString id = held.data().toString();

        proxy.setQuery(Query()); // wider: it stays
        QVERIFY(held.isValid());
        QCOMPARE(held.data().toString(), id);
        proxy.sort(int(Column::PrivateIp), Qt::DescendingOrder); // resorted: it moves with its row
        QVERIFY(held.isValid());
        QCOMPARE(held.data().toString(), id);
        proxy.setQuery(Query::parse(u"status:unknown"_s)); // still matches
        QCOMPARE(held.data().toString(), id);
        proxy.setQuery(Query::parse(u"-status:unknown"_s)); // filtered out: the index goes
        QVERIFY(!held.isValid());
    }

    void anUpdateThatChangesTheSortKeyOrTheMatchMovesOrHidesTheRow()
    {
        ClientTableModel model(&m_clock);
        const QList<BackupClient> fleet = demoClients(300, 9);
        model.upsert(fleet);
        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Hostname), Qt::AscendingOrder);
        proxy.setQuery(Query::parse(u"-status:stopped"_s));

        BackupClient first = model.client(proxy.visibleSourceRows().first());
        first.hostname = u"zzzz-last"_s;
        model.upsert({first});
        verifyShows(proxy, model);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, int(Column::Hostname)).data().toString(), u"zzzz-last"_s);

        first.status = u"STOPPED"_s;
        const int before = proxy.rowCount();
        model.upsert({first});
        verifyShows(proxy, model);
        QCOMPARE(proxy.rowCount(), before - 1);

        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        BackupClient other = model.client(proxy.visibleSourceRows().at(3));
        other.osType = u"windows"_s;
        model.upsert({other});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 3);
    }

    void headerAndStructureAreFlat()
    {
        ClientTableModel model(&m_clock);
        model.upsert(demoClients(10));
        ClientFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.columnCount(), ClientTableModel::kColumnCount);
        QCOMPARE(proxy.headerData(int(Column::Zone), Qt::Horizontal).toString(), u"Zone"_s);
        QVERIFY(!proxy.parent(proxy.index(0, 0)).isValid());
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 0);
        QVERIFY(!proxy.index(10, 0).isValid());
        QVERIFY(!proxy.index(0, ClientTableModel::kColumnCount).isValid());
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientFilterProxy)
#include "tst_clientfilterproxy.moc"
