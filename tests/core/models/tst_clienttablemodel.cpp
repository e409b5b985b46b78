// ClientTableModel: rows over plain BackupClient values, appended and updated in place by key, removed only
// when a completed source no longer has them; display text apart from sort keys.
#include "clock.h"
#include "demo/demofleet.h"
#include "models/clienttablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using hbr::BackupClient;
using hbr::FleetSignal;
using hbr::signalBit;
using hbr::models::ClientTableModel;
using Column = ClientTableModel::Column;

namespace {

constexpr qint64 kNow = 1767225600; // 2026-01-01T00:00:00Z

BackupClient client(const QByteArray &json, const QString &region = u"cn-hangzhou"_s,
                    const QString &profile = QString())
{
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    BackupClient c = BackupClient::fromJson(object, nullptr);
    c.regionId = region;
    c.profile = profile;
    return c;
}

BackupClient simple(const QString &id, const QString &host, qint64 heartbeatAgo = 60,
                    const QString &status = u"ACTIVATED"_s, const QString &version = u"2.14.2"_s)
{
    const QString json = uR"({"ClientId":"%1","Hostname":"%2","Status":"%3","ClientType":"ECS_CLIENT",
        "ClientVersion":"%4","MaxClientVersion":"2.14.2","LastHeartBeatTime":%5,"BackupStatus":"PROTECTED",
        "PrivateIpV4":"10.0.0.1","CreatedTime":1700000000,"UpdatedTime":1700000000})"_s
                             .arg(id, host, status, version)
                             .arg(kNow - heartbeatAgo);
    return client(json.toUtf8());
}

QList<BackupClient> demoClients(int count)
{
    hbr::demo::DemoFleetSpec spec;
    spec.clientCount = count;
    spec.nowSeconds = kNow;
    QList<BackupClient> out;
    for (const hbr::demo::DemoClientRecord &r : hbr::demo::generateDemoFleet(spec)) {
        BackupClient c = BackupClient::fromJson(r.json, nullptr);
        c.regionId = r.regionId;
        out.append(c);
    }
    return out;
}

} // namespace

class TestClientTableModel : public QObject
{
    Q_OBJECT

    hbr::ManualClock m_clock{QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC)};

private Q_SLOTS:
    void columnsHaveTitlesAndACountSentinel()
    {
        ClientTableModel model(&m_clock);
        QCOMPARE(model.columnCount(), int(Column::Count));
        QCOMPARE(model.columnCount(), 18);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(),
                     qPrintable(QString::number(c)));
        QCOMPARE(model.headerData(int(Column::Hostname), Qt::Horizontal).toString(), u"Hostname"_s);
        QVERIFY(model.headerData(int(Column::Hostname), Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"host:"));
        QCOMPARE(model.rowCount(), 0);
    }

    void appendsPagesAsTheyArrive()
    {
        ClientTableModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy summary(&model, &ClientTableModel::summaryChanged);
        const QList<BackupClient> fleet = demoClients(500);
        for (qsizetype i = 0; i < fleet.size(); i += 99)
            model.upsert(fleet.mid(i, 99));
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(inserted.size(), 6); // one insert per page
        QCOMPARE(summary.size(), 6);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.client(row).clientId, fleet[row].clientId);
        QCOMPARE(model.rowOf(QString(), fleet[7].regionId, fleet[7].clientId), 7);
        QCOMPARE(model.rowOf(QString(), u"nowhere"_s, fleet[7].clientId), -1);
    }

    void theSameClientIdInAnotherRegionOrProfileIsAnotherRow()
    {
        ClientTableModel model(&m_clock);
        BackupClient a = simple(u"c-1"_s, u"web"_s);
        BackupClient b = a;
        b.regionId = u"cn-shanghai"_s;
        BackupClient c = a;
        c.profile = u"prod"_s;
        model.upsert({a, b, c, a}); // a page that repeats a client adds it once
        QCOMPARE(model.rowCount(), 3);
    }

    void anUpdateChangesTheRowInPlaceWithTheNarrowestSignal()
    {
        ClientTableModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert({simple(u"c-1"_s, u"web-1"_s), simple(u"c-2"_s, u"web-2"_s)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.upsert({simple(u"c-2"_s, u"web-2-renamed"_s)});
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.client(1).hostname, u"web-2-renamed"_s);
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed[0][0].value<QModelIndex>();
        const auto bottomRight = changed[0][1].value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), int(Column::Hostname));
        QCOMPARE(bottomRight.column(), int(Column::Hostname));

        // The same values again: nothing to tell.
        changed.clear();
        model.upsert({simple(u"c-2"_s, u"web-2-renamed"_s)});
        QCOMPARE(changed.size(), 0);

        // A change only the detail pane shows (a Settings value) still says the row changed.
        const QByteArray withSettings =
            R"({"ClientId":"c-3","Hostname":"h","Status":"ACTIVATED","Settings":{"MaxWorker":"%1"}})";
        model.upsert({client(QByteArray(withSettings).replace("%1", "2"))});
        changed.clear();
        model.upsert({client(QByteArray(withSettings).replace("%1", "4"))});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.client(2).maxWorker, u"4"_s);
    }

    void aRefreshRemovesOnlyWhatACompletedSourceNoLongerHas()
    {
        ClientTableModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupClient h1 = simple(u"h-1"_s, u"a"_s);
        BackupClient h2 = simple(u"h-2"_s, u"b"_s);
        BackupClient h3 = simple(u"h-3"_s, u"c"_s);
        BackupClient s1 = simple(u"s-1"_s, u"d"_s);
        s1.regionId = u"cn-shanghai"_s;
        BackupClient s2 = simple(u"s-2"_s, u"e"_s);
        s2.regionId = u"cn-shanghai"_s;
        model.upsert({h1, h2, s1, h3, s2});
        QCOMPARE(model.rowCount(), 5);

        model.beginRefresh();
        model.upsert({h2}); // hangzhou completed with only h-2; shanghai failed and sent nothing
        model.finishRefresh({{QString(), u"cn-hangzhou"_s, u"ECS_CLIENT"_s}});
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.client(row).clientId);
        QCOMPARE(ids, (QStringList{u"h-2"_s, u"s-1"_s, u"s-2"_s}));
        QCOMPARE(model.rowOf(QString(), u"cn-shanghai"_s, u"s-2"_s), 2);

        // A source of another client type completing says nothing about ECS clients.
        model.beginRefresh();
        model.finishRefresh({{QString(), u"cn-shanghai"_s, u"LOCAL_CLIENT"_s}});
        QCOMPARE(model.rowCount(), 3);
    }

    void displayTextAndSortKeysAreApart()
    {
        ClientTableModel model(&m_clock);
        model.upsert({
            client(R"({"ClientId":"a","Status":"UNKNOWN","ClientType":"ECS_CLIENT","ClientVersion":"2.9.1",
                       "MaxClientVersion":"2.13.0","LastHeartBeatTime":1767224880,"PrivateIpV4":"10.0.0.10",
                       "BackupStatus":"UNPROTECTED","Tags":[{"Key":"env","Value":"prod"}]})"),
            client(
                R"({"ClientId":"b","Status":"ACTIVATED","ClientType":"LOCAL_CLIENT","ClientVersion":"2.13.0",
                       "MaxClientVersion":"2.13.0","LastHeartBeatTime":1767225590,"PrivateIpV4":"10.0.0.9"})"),
            client(R"({"ClientId":"c","Status":"SOMETHING_NEW","ClientType":"FUTURE_CLIENT"})"),
        });
        auto text = [&](int row, Column c) {
            return model.index(row, int(c)).data().toString();
        };
        auto sortValue = [&](int row, Column c) {
            return model.index(row, int(c)).data(ClientTableModel::SortRole);
        };

        QCOMPARE(text(0, Column::Status), u"Disconnected"_s);
        QCOMPARE(text(1, Column::Status), u"Running"_s);
        QCOMPARE(text(2, Column::Status), u"SOMETHING_NEW"_s); // unknown values are kept, not dropped
        QCOMPARE(text(0, Column::ClientType), u"ECS"_s);
        QCOMPARE(text(2, Column::ClientType), u"FUTURE_CLIENT"_s);
        QCOMPARE(text(0, Column::LastHeartbeat), u"12 min ago"_s);
        QCOMPARE(text(1, Column::LastHeartbeat), u"just now"_s);
        QCOMPARE(text(2, Column::LastHeartbeat), u"never"_s);
        QCOMPARE(text(0, Column::BackupStatus), u"Unprotected"_s);
        QCOMPARE(text(0, Column::Tags), u"env=prod"_s);
        QVERIFY(
            model.index(0, int(Column::LastHeartbeat)).data(Qt::ToolTipRole).toString().contains(u"2025"));
        QVERIFY(model.index(0, int(Column::Version)).data(Qt::ToolTipRole).toString().contains(u"Outdated"));
        QCOMPARE(model.index(0, int(Column::Version)).data(Qt::AccessibleTextRole).toString(),
                 u"2.9.1, outdated"_s);
        QVERIFY(model.index(0, int(Column::Status)).data(Qt::ToolTipRole).toString().contains(u"UNKNOWN"));

        // Versions sort as versions, IPs as numbers, times as times.
        QVERIFY(model.sortKey(0, Column::Version) < model.sortKey(1, Column::Version));
        QVERIFY(sortValue(0, Column::Version).toString() < sortValue(1, Column::Version).toString());
        QVERIFY(model.sortKey(1, Column::PrivateIp) < model.sortKey(0, Column::PrivateIp));
        QCOMPARE(sortValue(0, Column::LastHeartbeat).toLongLong(), qint64(1767224880));
        QVERIFY(model.sortKey(2, Column::LastHeartbeat) < model.sortKey(0, Column::LastHeartbeat));
        QVERIFY(model.sortKey(2, Column::Version) < model.sortKey(0, Column::Version)); // no version first
        // Worst status first when ascending.
        QVERIFY(model.sortKey(0, Column::Status) < model.sortKey(1, Column::Status));

        QCOMPARE(model.index(0, int(Column::Status)).data(ClientTableModel::StatusKindRole).toInt(),
                 int(ClientTableModel::StatusKind::Unknown));
        QCOMPARE(model.index(1, int(Column::Status)).data(ClientTableModel::StatusKindRole).toInt(),
                 int(ClientTableModel::StatusKind::Ok));
        const uint signalSet =
            model.index(0, int(Column::Hostname)).data(ClientTableModel::SignalsRole).toUInt();
        QVERIFY(signalSet & signalBit(FleetSignal::Disconnected));
        QVERIFY(signalSet & signalBit(FleetSignal::Outdated));
        QVERIFY(signalSet & signalBit(FleetSignal::Unprotected));
        QVERIFY(!(signalSet & signalBit(FleetSignal::Stale)));
        QCOMPARE(model.index(2, 0).data(ClientTableModel::ClientIdRole).toString(), u"c"_s);
    }

    void signalsFollowTheClock()
    {
        hbr::ManualClock clock(QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
        ClientTableModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert({simple(u"c-1"_s, u"a"_s, 60), simple(u"c-2"_s, u"b"_s, 29 * 60)});
        QCOMPARE(model.summary().bySignal[size_t(FleetSignal::Stale)], 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy summary(&model, &ClientTableModel::summaryChanged);
        clock.advanceSeconds(2 * 60);
        model.recomputeSignals();
        QVERIFY(model.signalsAt(1) & signalBit(FleetSignal::Stale));
        QVERIFY(!(model.signalsAt(0) & signalBit(FleetSignal::Stale)));
        QCOMPARE(summary.size(), 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.summary().bySignal[size_t(FleetSignal::Stale)], 1);

        hbr::SignalSettings settings;
        settings.staleAfterSeconds = 60;
        model.setSignalSettings(settings);
        QCOMPARE(model.summary().bySignal[size_t(FleetSignal::Stale)], 2);
    }

    void summaryCountsStatusesAndSignals()
    {
        ClientTableModel model(&m_clock);
        model.upsert({simple(u"1"_s, u"a"_s, 60, u"UNKNOWN"_s), simple(u"2"_s, u"b"_s, 60, u"UNKNOWN"_s),
                      simple(u"3"_s, u"c"_s, 60, u"ACTIVATED"_s, u"2.1.0"_s)});
        const hbr::FleetSummary s = model.summary();
        QCOMPARE(s.total, 3);
        QCOMPARE(s.byStatus.value(u"UNKNOWN"_s), 2);
        QCOMPARE(s.byStatus.value(u"ACTIVATED"_s), 1);
        QCOMPARE(s.bySignal[size_t(FleetSignal::Disconnected)], 2);
        QCOMPARE(s.bySignal[size_t(FleetSignal::Outdated)], 1);
    }

    void clearResets()
    {
        ClientTableModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(demoClients(50));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(QString(), u"cn-hangzhou"_s, u"x"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestClientTableModel)
#include "tst_clienttablemodel.moc"
