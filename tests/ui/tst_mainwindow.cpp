// The main window driven as an operator drives it, offscreen: it loads the demo fleet from the loopback
// server through a real QNetworkAccessManager, filters as one types, filters from the summary, fills the
// detail pane, exports what is shown, keeps its layout across a restart, and shows a failing source's
// error while the other sources' rows stay.
#include "clock.h"
#include "credentials/credentialstore.h"
#include "credentials/profileservice.h"
#include "credentials/profilestore.h"
#include "demo/demofleet.h"
#include "demo/demosession.h"
#include "demo/loopbackserver.h"
#include "detailpane.h"
#include "filterbar.h"
#include "inlinemessage.h"
#include "mainwindow.h"
#include "models/clientfilterproxy.h"
#include "summarybar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr;
using hbr::models::ClientTableModel;
using hbr::ui::MainWindow;
using Column = ClientTableModel::Column;

namespace {

constexpr int kDemoClients = 600;

struct Harness
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"hbr-browser.ini"_s), QSettings::IniFormat};
    credentials::MemoryCredentialStore secrets;
    credentials::ProfileStore store{&settings};
    credentials::ProfileService service{&store, &secrets};
    SystemClock clock;
    QNetworkAccessManager network;

    std::unique_ptr<MainWindow> open(bool demo = true)
    {
        MainWindow::Services services;
        services.settings = &settings;
        services.network = &network;
        services.clock = &clock;
        services.profiles = &service;
        MainWindow::Options options;
        options.demo = demo;
        options.demoClientCount = kDemoClients;
        auto window = std::make_unique<MainWindow>(services, options);
        window->filterBar()->setDelay(0);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }
};

bool waitLoaded(MainWindow *w, int timeoutMs = 60000)
{
    // The first event loop turn starts the load; then wait until every source is final.
    QTest::qWait(0);
    return QTest::qWaitFor([w] { return !w->loader()->isRunning() && w->loader()->dataAsOf().isValid(); },
                           timeoutMs);
}

void typeFilter(MainWindow *w, const QString &text)
{
    QLineEdit *edit = w->filterBar()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QStringList visibleIds(MainWindow *w)
{
    QStringList ids;
    for (int row = 0; row < w->proxy()->rowCount(); ++row)
        ids.append(w->proxy()->index(row, int(Column::ClientId)).data().toString());
    return ids;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// Found by the start-up benchmark (which quits on the first paint): closing the window while pages are
    /// still arriving crashed, the loader's cancel reaching a half-destroyed window.
    void closingWhileLoadingIsClean()
    {
        Harness h;
        std::unique_ptr<MainWindow> w = h.open();
        QVERIFY(w);
        QVERIFY(QTest::qWaitFor([&w] { return w->loader()->isRunning(); }, 10000));
        w.reset(); // must neither crash nor leave a request behind
        QTest::qWait(50);
    }

    void opensOnTheDemoFleetWhenThereIsNoProfile()
    {
        Harness h;
        auto w = h.open(false);
        QVERIFY(w);
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->model()->rowCount(), kDemoClients);
        QCOMPARE(w->proxy()->rowCount(), kDemoClients);
        QVERIFY(w->selection().demo);
        QVERIFY(w->demoNotice()->isVisible());
        QVERIFY(w->demoNotice()->text().contains(u"demo"_s));
        QVERIFY(w->findChild<QWidget *>(u"addProfileButton"_s)->isVisible());
        QVERIFY2(w->statusText().contains(u"600 clients"_s), qPrintable(w->statusText()));
        QVERIFY2(w->dataAsOfText().startsWith(u"Data as of"_s), qPrintable(w->dataAsOfText()));
        QVERIFY(!w->errorBanner()->isVisible());
        QVERIFY(w->windowTitle().contains(u"demo"_s));
    }

    void typingAQueryNarrowsTheRows()
    {
        Harness h;
        auto w = h.open();
        QVERIFY(w && waitLoaded(w.get()));
        QAbstractItemModelTester tester(w->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        typeFilter(w.get(), u"is:disconnected"_s);
        const int disconnected = w->proxy()->rowCount();
        QVERIFY(disconnected > 0 && disconnected < kDemoClients);
        for (int row = 0; row < disconnected; ++row)
            QCOMPARE(w->model()->client(w->proxy()->visibleSourceRows()[row]).status, u"UNKNOWN"_s);

        // The operator's question: disconnected, in one region, on an outdated version.
        typeFilter(w.get(), u"is:disconnected region:cn-hangzhou version:outdated"_s);
        const int narrowed = w->proxy()->rowCount();
        QVERIFY(narrowed > 0);
        QVERIFY(narrowed < disconnected);
        for (int source : w->proxy()->visibleSourceRows()) {
            const BackupClient &c = w->model()->client(source);
            QCOMPARE(c.regionId, u"cn-hangzhou"_s);
            QVERIFY(compareVersions(c.clientVersion, c.maxClientVersion) < 0);
        }
        QVERIFY(w->statusText().contains(u"of 600 clients"_s));

        // A typo shows an error and no rows, never everything.
        typeFilter(w.get(), u"stauts:unknown"_s);
        QCOMPARE(w->proxy()->rowCount(), 0);
        QVERIFY2(w->filterBar()->errorText().contains(u"stauts"_s), qPrintable(w->filterBar()->errorText()));
        QVERIFY(w->statusText().contains(u"not valid"_s));

        // Esc clears the filter.
        QTest::keyClick(w->filterBar()->lineEdit(), Qt::Key_Escape);
        QCOMPARE(w->filterBar()->text(), QString());
        QCOMPARE(w->proxy()->rowCount(), kDemoClients);

        // Ctrl+F brings the focus back to the filter.
        w->table()->setFocus();
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(w->filterBar()->lineEdit()->hasFocus());
    }

    void aSummaryClickFiltersToThatSet()
    {
        Harness h;
        auto w = h.open();
        QVERIFY(w && waitLoaded(w.get()));
        QTRY_VERIFY(w->summaryBar()->buttonFor(u"is:stale"_s));
        const FleetSummary summary = w->model()->summary();
        QToolButton *stale = w->summaryBar()->buttonFor(u"is:stale"_s);
        QVERIFY(stale->text().contains(QString::number(summary.bySignal[size_t(FleetSignal::Stale)])));
        stale->click();
        QCOMPARE(w->filterBar()->text(), u"is:stale"_s);
        QCOMPARE(w->proxy()->rowCount(), summary.bySignal[size_t(FleetSignal::Stale)]);

        QToolButton *unknown = w->summaryBar()->buttonFor(u"status:UNKNOWN"_s);
        QVERIFY(unknown);
        unknown->click();
        QCOMPARE(w->proxy()->rowCount(), summary.byStatus.value(u"UNKNOWN"_s));

        w->summaryBar()->buttonFor(QString())->click();
        QCOMPARE(w->proxy()->rowCount(), kDemoClients);
    }

    void selectingARowFillsEveryDetailSection()
    {
        Harness h;
        auto w = h.open();
        QVERIFY(w && waitLoaded(w.get()));
        // A client with a custom proxy that has a password.
        int sourceRow = -1;
        for (int row = 0; row < w->model()->rowCount(); ++row) {
            const BackupClient &c = w->model()->client(row);
            // The service itself often answers "******"; take one whose real password came back.
            if (c.dataProxySetting == u"CUSTOM"_s && !c.proxyPassword.isEmpty() &&
                !c.proxyPassword.startsWith(u'*') && !c.tags.isEmpty()) {
                sourceRow = row;
                break;
            }
        }
        QVERIFY(sourceRow >= 0);
        const BackupClient c = w->model()->client(sourceRow);
        typeFilter(w.get(), u"id:"_s + c.clientId);
        QCOMPARE(w->proxy()->rowCount(), 1);
        w->table()->setFocus();
        w->table()->selectRow(0);

        ui::DetailPane *d = w->detailPane();
        QCOMPARE(d->valueText(u"ClientId"_s), c.clientId);
        QCOMPARE(d->valueText(u"Hostname"_s), c.hostname.isEmpty() ? u"—"_s : c.hostname);
        QCOMPARE(d->valueText(u"RegionId"_s), c.regionId);
        QCOMPARE(d->valueText(u"ClientVersion"_s), c.clientVersion);
        QVERIFY(!d->valueText(u"Upgrade"_s).isEmpty());
        QVERIFY(d->valueText(u"Status"_s).contains(c.status));
        QVERIFY(d->valueText(u"Explanation"_s).size() > 20);
        QVERIFY(!d->valueText(u"LastHeartBeatTime"_s).isEmpty());
        QVERIFY(!d->valueText(u"Signals"_s).isEmpty());
        QVERIFY(!d->valueText(u"MaxCpuCore"_s).isEmpty());
        QVERIFY(!d->valueText(u"DataNetworkType"_s).isEmpty());
        QCOMPARE(d->valueText(u"DataProxySetting"_s), u"CUSTOM"_s);
        QCOMPARE(d->valueText(u"ProxyHost"_s), c.proxyHost.isEmpty() ? u"missing"_s : c.proxyHost);
        QCOMPARE(d->valueText(u"ProxyUser"_s), c.proxyUser.isEmpty() ? u"—"_s : c.proxyUser);
        // The password is masked everywhere the pane shows it.
        QVERIFY(d->valueText(u"ProxyPassword"_s).contains(u"****"_s));
        QVERIFY(!d->valueText(u"ProxyPassword"_s).contains(c.proxyPassword));
        QVERIFY(!d->rawJson().contains(c.proxyPassword));
        QVERIFY(d->rawJson().contains(c.clientId));
        QCOMPARE(d->tagsTable()->rowCount(), int(c.tags.size()));
        QCOMPARE(d->tagsTable()->item(0, 0)->text(), c.tags[0].key);
        QCOMPARE(d->tagsTable()->item(0, 1)->text(), c.tags[0].value);

        // Ctrl+C copies the selected rows as tab-separated text, header first.
        QTest::keyClick(w->table(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        const QStringList lines = copied.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"Status\tHostname"_s));
        QVERIFY(lines[1].contains(c.clientId));
        QVERIFY(!copied.contains(c.proxyPassword));
    }

    void exportWritesExactlyTheFilteredRows()
    {
        Harness h;
        auto w = h.open();
        QVERIFY(w && waitLoaded(w.get()));
        typeFilter(w.get(), u"is:outdated -type:local"_s);
        w->table()->sortByColumn(int(Column::Version), Qt::DescendingOrder);
        const QStringList shown = visibleIds(w.get());
        QVERIFY(!shown.isEmpty());

        const QString jsonPath = h.dir.filePath(u"view.json"_s);
        QCOMPARE(w->exportTo(jsonPath), QString());
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonArray clients = doc.value(u"Clients"_s).toArray();
        QStringList exported;
        for (const QJsonValue &v : clients)
            exported.append(v.toObject().value(u"ClientId"_s).toString());
        QCOMPARE(exported, shown);
        QVERIFY(doc.contains(u"Sources"_s));
        QCOMPARE(clients.first().toObject().value(u"RegionId"_s).toString(),
                 w->model()->client(w->proxy()->visibleSourceRows().first()).regionId);

        const QString csvPath = h.dir.filePath(u"view.csv"_s);
        QCOMPARE(w->exportTo(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList csvLines = QString::fromUtf8(csv.readAll()).trimmed().split(u'\n');
        QCOMPARE(csvLines.size(), shown.size() + 1);
        QVERIFY(csvLines[1].contains(shown[0]));

        QVERIFY(!w->exportTo(h.dir.filePath(u"no/such/dir/x.csv"_s)).isEmpty());
    }

    void theLayoutSurvivesARestart()
    {
        Harness h;
        QByteArray headerState;
        {
            auto w = h.open();
            QVERIFY(w && waitLoaded(w.get()));
            QHeaderView *header = w->table()->horizontalHeader();
            header->setSectionHidden(int(Column::InstanceName), true);
            header->moveSection(header->visualIndex(int(Column::Region)), 1);
            header->resizeSection(int(Column::Hostname), 260);
            w->table()->sortByColumn(int(Column::LastHeartbeat), Qt::DescendingOrder);
            w->findChild<QSplitter *>(u"mainSplitter"_s)->setSizes({700, 500});
            typeFilter(w.get(), u"is:stale"_s);
            w->resize(1111, 777);
            headerState = header->saveState();
            w->close();
        }
        auto w = h.open();
        QVERIFY(w);
        QHeaderView *header = w->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(int(Column::InstanceName)));
        QCOMPARE(header->visualIndex(int(Column::Region)), 1);
        QCOMPARE(header->sectionSize(int(Column::Hostname)), 260);
        QCOMPARE(header->sortIndicatorSection(), int(Column::LastHeartbeat));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(w->proxy()->sortColumn(), int(Column::LastHeartbeat));
        QCOMPARE(w->filterBar()->text(), u"is:stale"_s);
        QCOMPARE(w->size(), QSize(1111, 777));
        QVERIFY(waitLoaded(w.get()));
        QVERIFY(w->proxy()->rowCount() > 0);
        QVERIFY(w->proxy()->rowCount() < kDemoClients);
    }

    void aFailingSourceShowsItsErrorWhileTheOthersStay()
    {
        Harness h;
        auto w = h.open();
        QVERIFY(w && waitLoaded(w.get()));
        demo::LoopbackHbrServer *server = w->loader()->demoSession()->server();
        demo::ServerKnobs knobs;
        knobs.failingRegions = {u"cn-shanghai"_s};
        knobs.failingStatus = 403;
        knobs.failingCode = u"Forbidden.RAM"_s;
        server->setKnobs(knobs);

        // Only ECS and local clients: a new selection, so the table starts empty.
        models::FleetSelection s = w->selection();
        s.clientTypes = {api::ClientType::Ecs, api::ClientType::Local};
        w->setSelection(s);
        w->refresh();
        QVERIFY(waitLoaded(w.get()));
        QVERIFY(w->errorBanner()->isVisible());
        const QString banner = w->errorBanner()->text();
        QVERIFY2(banner.contains(u"Forbidden.RAM"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"cn-shanghai"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"RequestId"_s) || banner.contains(u"Request ID"_s), qPrintable(banner));
        int shanghai = 0;
        int others = 0;
        for (int row = 0; row < w->model()->rowCount(); ++row)
            (w->model()->client(row).regionId == u"cn-shanghai"_s ? shanghai : others) += 1;
        QCOMPARE(shanghai, 0);
        QVERIFY(others > 0);
        QTRY_VERIFY(w->summaryBar()->buttonFor(QString()));

        // Fixed on the server: a refresh clears the banner and brings the region in.
        server->setKnobs({});
        w->refresh();
        QVERIFY(waitLoaded(w.get()));
        QVERIFY(!w->errorBanner()->isVisible());
        shanghai = 0;
        for (int row = 0; row < w->model()->rowCount(); ++row)
            shanghai += w->model()->client(row).regionId == u"cn-shanghai"_s ? 1 : 0;
        QVERIFY(shanghai > 0);
    }

    void aRefreshKeepsTheSelection()
    {
        Harness h;
        auto w = h.open();
        QVERIFY(w && waitLoaded(w.get()));
        w->table()->selectRow(5);
        const QString id = w->detailPane()->valueText(u"ClientId"_s);
        QVERIFY(!id.isEmpty());
        w->refresh();
        QVERIFY(waitLoaded(w.get()));
        QCOMPARE(w->model()->rowCount(), kDemoClients);
        const QModelIndex current = w->table()->selectionModel()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(w->proxy()->index(current.row(), int(Column::ClientId)).data().toString(), id);
        QCOMPARE(w->detailPane()->valueText(u"ClientId"_s), id);
    }

    void opensOnTheLastUsedProfile()
    {
        Harness h;
        // A real profile against a loopback endpoint, with the secret in the (in-memory) keychain.
        ManualClock serverClock(QDateTime::currentDateTimeUtc());
        demo::LoopbackHbrServer server(&h.clock);
        const QString keyId = u"LTAI5tWindowTestKey0001"_s;
        const QString secret = u"window-test-secret-value-0001"_s;
        server.addCredentials(keyId, secret);
        demo::DemoFleetSpec spec;
        spec.clientCount = 150;
        spec.regions = {u"cn-beijing"_s};
        spec.nowSeconds = h.clock.nowSeconds();
        server.setClients(demo::generateDemoFleet(spec));
        QVERIFY(server.listen({u"cn-beijing"_s}));

        credentials::Profile p;
        p.name = u"staging"_s;
        p.accessKeyId = keyId;
        p.regions = {u"cn-beijing"_s};
        p.endpointMode = credentials::EndpointMode::Override;
        p.endpointOverride = server.urlForRegion(u"cn-beijing"_s).toString();
        bool added = false;
        h.service.add(p, secret, QString(), [&](const QString &e) {
            QVERIFY2(e.isEmpty(), qPrintable(e));
            added = true;
        });
        QTRY_VERIFY(added);
        h.store.setLastUsed(u"staging"_s);

        auto w = h.open(false);
        QVERIFY(w && waitLoaded(w.get()));
        QVERIFY(!w->selection().demo);
        QCOMPARE(w->selection().profile, u"staging"_s);
        QVERIFY(!w->demoNotice()->isVisible());
        QCOMPARE(w->model()->rowCount(), 150);
        QCOMPARE(w->model()->client(0).profile, u"staging"_s);
        QVERIFY(!w->errorBanner()->isVisible());
        QVERIFY(w->windowTitle().contains(u"staging"_s));
        // The secret is in no setting.
        h.settings.sync();
        QFile ini(h.settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(secret.toUtf8()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
