// The table on 100,000 clients: a filter keystroke and a sort, for ClientFilterProxy and, side by side on
// the same rows, stock QSortFilterProxyModel with a fixed-string filter over all columns.
// Run: build/bin/bench_table [-minimumvalue 5] (QT_QPA_PLATFORM=offscreen without a display).
// Each keystroke alternates between two queries neither of which narrows the other, so every one re-tests
// every row: the worst case of typing.
#include "clock.h"
#include "demo/demofleet.h"
#include "fleet/query.h"
#include "models/clientfilterproxy.h"
#include "models/clienttablemodel.h"

#include <QApplication>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using hbr::models::ClientFilterProxy;
using hbr::models::ClientTableModel;
using Column = ClientTableModel::Column;

namespace {

int fleetSize()
{
    const int n = qEnvironmentVariableIntValue("HBR_BENCH_CLIENTS");
    return n > 0 ? n : 100000;
}

} // namespace

class BenchTable : public QObject
{
    Q_OBJECT

    hbr::ManualClock m_clock{QDateTime::fromSecsSinceEpoch(hbr::demo::kDemoReferenceNow, Qt::UTC)};
    std::unique_ptr<ClientTableModel> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        hbr::demo::DemoFleetSpec spec;
        spec.clientCount = fleetSize();
        spec.nowSeconds = hbr::demo::kDemoReferenceNow;
        QList<hbr::BackupClient> clients;
        for (const hbr::demo::DemoClientRecord &r : hbr::demo::generateDemoFleet(spec)) {
            hbr::BackupClient c = hbr::BackupClient::fromJson(r.json, nullptr);
            c.regionId = r.regionId;
            clients.append(c);
        }
        m_model = std::make_unique<ClientTableModel>(&m_clock);
        m_model->upsert(clients);
        QCOMPARE(m_model->rowCount(), fleetSize());
    }

    void keystroke_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("plain word") << u"web-1"_s << u"db-2"_s;
        QTest::newRow("field query") << u"status:unknown"_s << u"status:stopped"_s;
        QTest::newRow("wildcard") << u"host:web-*1"_s << u"host:db-*2"_s;
        QTest::newRow("signals and version") << u"is:stale version<2.13"_s << u"is:outdated -type:local"_s;
    }

    /// ClientFilterProxy, sorted by hostname, under a table view, as in the window.
    void keystroke()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        ClientFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(int(Column::Hostname), Qt::AscendingOrder);
        view.resize(1200, 800);
        view.show();
        const hbr::Query a = hbr::Query::parse(first);
        const hbr::Query b = hbr::Query::parse(second);
        QVERIFY(a.isValid() && b.isValid());
        // The first query with a bare word builds the word index (measured apart, in firstWord): a window
        // pays that once, not per keystroke.
        proxy.setQuery(a);
        bool flip = false;
        QBENCHMARK
        {
            proxy.setQuery(flip ? a : b);
            flip = !flip;
        }
        QVERIFY(proxy.rowCount() < m_model->rowCount());
    }

    /// The first bare word after a load or a change of the rows: the word index is built, then searched.
    void firstWord()
    {
        ClientFilterProxy proxy;
        const hbr::Query a = hbr::Query::parse(u"web-1"_s);
        // Unsorted, so resetting the source (which drops the index) costs next to nothing beside the build.
        QBENCHMARK
        {
            proxy.setQuery(hbr::Query());
            proxy.setSourceModel(m_model.get()); // drops the index
            proxy.setQuery(a);
        }
        QVERIFY(proxy.rowCount() < m_model->rowCount());
    }

    /// Stock QSortFilterProxyModel: fixed string over all columns, the same view and sort.
    void keystrokeStockProxy()
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortRole(ClientTableModel::SortRole);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(int(Column::Hostname), Qt::AscendingOrder);
        view.resize(1200, 800);
        view.show();
        bool flip = false;
        QBENCHMARK
        {
            proxy.setFilterFixedString(flip ? u"web-1"_s : u"db-2"_s);
            flip = !flip;
        }
        QVERIFY(proxy.rowCount() < m_model->rowCount());
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("hostname") << int(Column::Hostname);
        QTest::newRow("last heartbeat") << int(Column::LastHeartbeat);
        QTest::newRow("version") << int(Column::Version);
        QTest::newRow("private ip") << int(Column::PrivateIp);
    }

    /// A click on a header: from the model's order to this column (keys computed afresh), all rows shown.
    void sort()
    {
        QFETCH(int, column);
        ClientFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QBENCHMARK
        {
            proxy.sort(-1);
            proxy.sort(column, Qt::AscendingOrder);
        }
    }

    void sortStockProxy_data() { sort_data(); }

    void sortStockProxy()
    {
        QFETCH(int, column);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(ClientTableModel::SortRole);
        QBENCHMARK
        {
            proxy.sort(-1);
            proxy.sort(column, Qt::AscendingOrder);
        }
    }
};

QTEST_MAIN(BenchTable)
#include "bench_table.moc"
