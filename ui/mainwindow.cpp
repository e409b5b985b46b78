#include "mainwindow.h"

#include "api/endpoint.h"
#include "clientdelegate.h"
#include "clock.h"
#include "credentials/profileservice.h"
#include "detailpane.h"
#include "filterbar.h"
#include "fleet/clientwriter.h"
#include "inlinemessage.h"
#include "language.h"
#include "models/clientfilterproxy.h"
#include "profileeditor.h"
#include "profilesdialog.h"
#include "summarybar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace hbr::ui {

using models::ClientTableModel;
using Column = ClientTableModel::Column;

namespace {

constexpr auto kDemoItem = "\x01"
                           "demo"; // no profile can be named so

QString clientTypeLabel(api::ClientType type)
{
    switch (type) {
    case api::ClientType::Ecs:
        return MainWindow::tr("ECS");
    case api::ClientType::Container:
        return MainWindow::tr("Container");
    case api::ClientType::Local:
        return MainWindow::tr("Local");
    }
    return QString();
}

QString ageText(qint64 seconds)
{
    if (seconds < 60)
        return MainWindow::tr("just now");
    if (seconds < 3600)
        return MainWindow::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return MainWindow::tr("%n h ago", nullptr, int(seconds / 3600));
    return MainWindow::tr("%n d ago", nullptr, int(seconds / 86400));
}

} // namespace

MainWindow::MainWindow(const Services &services, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_options(options)
    , m_model(new ClientTableModel(services.clock, this))
    , m_proxy(new models::ClientFilterProxy(this))
    , m_loader(new models::FleetLoader(services.network, services.clock, services.profiles, m_model, this))
{
    Q_ASSERT(services.settings && services.network && services.clock);
    setObjectName(QStringLiteral("mainWindow"));
    m_proxy->setSourceModel(m_model);
    m_loader->setDemoClientCount(options.demoClientCount);

    buildActions();
    buildToolBar();
    buildCentral();
    buildStatusBar();

    connect(m_loader, &models::FleetLoader::started, this, &MainWindow::onLoaderChanged);
    connect(m_loader, &models::FleetLoader::sourceChanged, this, &MainWindow::onLoaderChanged);
    connect(m_loader, &models::FleetLoader::finished, this, &MainWindow::onLoaderFinished);
    connect(m_loader, &models::FleetLoader::loadFailed, this, [this](const QString &message) {
        m_errorBanner->showMessage(InlineMessage::Type::Error, message);
        updateStatus();
    });

    // Counts are recomputed over the whole fleet, so at most a few times a second while pages arrive.
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(250);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    connect(m_model, &ClientTableModel::summaryChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    // Heartbeat ages and "data as of" move with the clock.
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_model->recomputeSignals();
        updateStatus();
        onSelectionChanged();
    });
    m_tick->start();

    restoreState();
    if (!m_options.query.isEmpty())
        m_filter->setText(m_options.query);
    // The first load starts after the first paint, not from a zero timer (which runs before the window system
    // exposes the window): generating the demo fleet or reading the keychain must not delay the window.
    m_loadAfterFirstPaint = m_options.loadOnShow;
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && std::exchange(m_loadAfterFirstPaint, false))
        QTimer::singleShot(0, this, &MainWindow::refresh);
    return handled;
}

MainWindow::~MainWindow()
{
    // Children are deleted after this body, and some emit as they go (the loader cancelling a running load,
    // the selection, the current index): none of that may reach this window's slots, whose members are gone
    // by then. A running load is stopped here, while the model it writes to still exists.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    m_loader->stop();
}

void MainWindow::buildActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Fetch the fleet again (F5); rows are updated in place"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_stopAction = new QAction(tr("&Stop"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setToolTip(tr("Stop every request in flight (Shift+F5); what arrived stays"));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);

    m_exportAction = new QAction(tr("&Export Visible Rows…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportRows);

    m_profilesAction = new QAction(tr("&Profiles…"), this);
    m_profilesAction->setToolTip(tr("Add, edit, remove, import and test saved profiles"));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);

    m_findAction = new QAction(tr("&Filter"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filter->lineEdit()->selectAll();
    });

    for (api::ClientType type : api::allClientTypes()) {
        auto *a = new QAction(clientTypeLabel(type), this);
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(api::clientTypeName(type));
        a->setToolTip(tr("Include %1 clients").arg(api::clientTypeName(type)));
        connect(a, &QAction::triggered, this, [this, a] {
            bool any = false;
            for (QAction *t : std::as_const(m_typeActions))
                any = any || t->isChecked();
            if (!any) {
                a->setChecked(true); // at least one type: an empty fleet would look like a failure
                return;
            }
            refresh();
        });
        m_typeActions.append(a);
    }

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_exportAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *fleet = menuBar()->addMenu(tr("F&leet"));
    fleet->addAction(m_refreshAction);
    fleet->addAction(m_stopAction);
    fleet->addSeparator();
    fleet->addActions(m_typeActions);
    fleet->addSeparator();
    fleet->addAction(m_profilesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);
    QAction *clear = view->addAction(tr("&Clear Filter"), this, [this] { m_filter->setText(QString()); });
    Q_UNUSED(clear);
    view->addSeparator();
    // The strings are made once at start-up, so a new language applies from the next start.
    QMenu *languageMenu = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(languageMenu);
    const QString saved = m_services.settings->value(QStringLiteral("ui/language")).toString();
    QStringList choices{QStringLiteral("system")};
    choices += availableLanguages();
    for (const QString &language : std::as_const(choices)) {
        const QString label =
            language == QLatin1String("system") ? tr("System Default") : languageDisplayName(language);
        QAction *a = languageMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(saved.isEmpty() ? language == QLatin1String("system") : saved == language);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] {
            m_services.settings->setValue(QStringLiteral("ui/language"), language);
            statusBar()->showMessage(tr("The language changes the next time HBR Client Browser starts."),
                                     8000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Query Language"), this, [this] {
        QMessageBox::information(
            this, tr("Query language"),
            tr("word — any column contains it\nfield:value — status, type, backup, os, arch, zone, region, "
               "profile, id, instance, host, name, ip, net, proxy, proxyhost, https (* and ? wildcards, "
               "v1,v2 for either)\n-term — not\nversion<2.13, version:outdated\nhb>6h — heartbeat older than "
               "(s m h d)\ntag:env=prod, tag:env\nis:disconnected, failed, stopped, stuck, stale, outdated, "
               "unprotected, badproxy, plaintext, ignored"));
    });
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
            this, tr("About HBR Client Browser"),
            tr("HBR Client Browser %1\nThe backup clients of Alibaba Cloud Cloud Backup, across "
               "regions and accounts.")
                .arg(QStringLiteral(HBR_VERSION)));
    });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Fleet"));
    bar->setObjectName(QStringLiteral("fleetToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *profileLabel = new QLabel(tr("Pro&file:"), bar);
    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profileCombo);
    bar->addWidget(profileLabel);
    bar->addWidget(m_profileCombo);
    bar->addAction(m_profilesAction);
    connect(m_profileCombo, &QComboBox::activated, this, [this] {
        rebuildRegionMenu();
        refresh();
    });
    bar->addSeparator();

    m_regionButton = new QToolButton(bar);
    m_regionButton->setObjectName(QStringLiteral("regionButton"));
    m_regionButton->setAccessibleName(tr("Regions"));
    m_regionButton->setPopupMode(QToolButton::InstantPopup);
    m_regionMenu = new QMenu(m_regionButton);
    m_regionButton->setMenu(m_regionMenu);
    bar->addWidget(m_regionButton);
    bar->addSeparator();

    auto *typesLabel = new QLabel(tr("Types:"), bar);
    bar->addWidget(typesLabel);
    for (QAction *a : std::as_const(m_typeActions))
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_stopAction);
    bar->addSeparator();
    bar->addAction(m_exportAction);

    reloadProfileChoices(QString());
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);

    m_demoBar = new QWidget(central);
    auto *demoLayout = new QHBoxLayout(m_demoBar);
    demoLayout->setContentsMargins(0, 0, 0, 0);
    m_demoNotice = new InlineMessage(m_demoBar);
    m_demoNotice->setObjectName(QStringLiteral("demoNotice"));
    m_demoNotice->setClosable(false);
    m_addProfileButton = new QPushButton(tr("&Add a Profile…"), m_demoBar);
    m_addProfileButton->setObjectName(QStringLiteral("addProfileButton"));
    connect(m_addProfileButton, &QPushButton::clicked, this, [this] {
        showProfiles();
        if (auto *dialog = findChild<ProfilesDialog *>())
            dialog->addProfile();
    });
    demoLayout->addWidget(m_demoNotice, 1);
    demoLayout->addWidget(m_addProfileButton);
    layout->addWidget(m_demoBar);
    m_demoBar->hide();

    m_errorBanner = new InlineMessage(central);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    layout->addWidget(m_errorBanner);
    m_errorBanner->hide();

    m_filter = new FilterBar(central);
    layout->addWidget(m_filter);
    connect(m_filter, &FilterBar::queryChanged, this, [this](const Query &query) {
        m_proxy->setQuery(query);
        updateStatus();
    });

    m_summary = new SummaryBar(central);
    m_summary->setObjectName(QStringLiteral("summaryBar"));
    layout->addWidget(m_summary);
    connect(m_summary, &SummaryBar::filterRequested, this, [this](const QString &query) {
        m_filter->setText(query);
        m_table->setFocus();
    });

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setAccessibleName(tr("Backup clients"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ClientDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(120);
    header->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    // A fresh QHeaderView starts descending; the hostname ascending is what people expect first.
    m_table->sortByColumn(int(Column::Hostname), Qt::AscendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showTableContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    // A refresh updates rows in place: the pane follows the selected client's new values.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_table->selectionModel()->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                    onSelectionChanged();
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::onSelectionChanged);

    m_copyAction = new QAction(tr("&Copy Rows"), m_table);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelectedRows);
    m_table->addAction(m_copyAction);

    m_detail = new DetailPane(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Tab goes filter -> table -> details.
    setTabOrder(m_filter->lineEdit(), m_table);
    setTabOrder(m_table, m_detail);
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    m_stopButton = new QToolButton(this);
    m_stopButton->setDefaultAction(m_stopAction);
    m_stopButton->hide();
    m_asOfLabel = new QLabel(this);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_stopButton);
    statusBar()->addPermanentWidget(m_asOfLabel);
}

void MainWindow::reloadProfileChoices(const QString &select)
{
    const QString current = select.isEmpty() ? m_profileCombo->currentData().toString() : select;
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("Demo fleet"), QString::fromLatin1(kDemoItem));
    if (m_services.profiles) {
        for (const QString &name : m_services.profiles->profiles()->names())
            m_profileCombo->addItem(name, name);
    }
    const int index = m_profileCombo->findData(current);
    m_profileCombo->setCurrentIndex(index >= 0 ? index : 0);
}

QStringList MainWindow::availableRegions() const
{
    const QString choice = m_profileCombo->currentData().toString();
    if (choice == QLatin1String(kDemoItem) || !m_services.profiles)
        return models::FleetLoader::demoRegions();
    const std::optional<credentials::Profile> p = m_services.profiles->profiles()->profile(choice);
    return p ? p->effectiveRegions() : QStringList();
}

void MainWindow::rebuildRegionMenu()
{
    m_regionMenu->clear();
    m_regionActions.clear();
    m_allRegions = m_regionMenu->addAction(tr("All of the profile's regions"));
    m_allRegions->setCheckable(true);
    m_allRegions->setChecked(true);
    connect(m_allRegions, &QAction::triggered, this, [this] {
        m_allRegions->setChecked(true);
        for (QAction *a : std::as_const(m_regionActions))
            a->setChecked(false);
        updateRegionButton();
        refresh();
    });
    m_regionMenu->addSeparator();
    const QStringList profileRegions = availableRegions();
    auto addRegion = [this](QMenu *menu, const QString &region) {
        QAction *a = menu->addAction(region);
        a->setCheckable(true);
        a->setData(region);
        connect(a, &QAction::triggered, this, [this] {
            bool any = false;
            for (QAction *r : std::as_const(m_regionActions))
                any = any || r->isChecked();
            m_allRegions->setChecked(!any);
            updateRegionButton();
            refresh();
        });
        m_regionActions.append(a);
    };
    for (const QString &region : profileRegions)
        addRegion(m_regionMenu, region);
    // A real profile may reach regions beyond its defaults; the demo serves only its own.
    if (m_profileCombo->currentData().toString() != QLatin1String(kDemoItem)) {
        QMenu *more = m_regionMenu->addMenu(tr("More regions"));
        for (const QString &region : api::knownRegions()) {
            if (!profileRegions.contains(region))
                addRegion(more, region);
        }
    }
    updateRegionButton();
}

void MainWindow::updateRegionButton()
{
    QStringList chosen;
    for (QAction *a : std::as_const(m_regionActions)) {
        if (a->isChecked())
            chosen.append(a->data().toString());
    }
    if (chosen.isEmpty()) {
        m_regionButton->setText(tr("Regions: all (%1)").arg(availableRegions().size()));
    } else if (chosen.size() <= 2) {
        m_regionButton->setText(tr("Regions: %1").arg(chosen.join(QStringLiteral(", "))));
    } else {
        m_regionButton->setText(tr("Regions: %1 chosen").arg(chosen.size()));
    }
    m_regionButton->setToolTip(chosen.isEmpty() ? availableRegions().join(QStringLiteral(", "))
                                                : chosen.join(QStringLiteral(", ")));
}

models::FleetSelection MainWindow::selection() const
{
    models::FleetSelection s;
    const QString choice = m_profileCombo->currentData().toString();
    s.demo = choice == QLatin1String(kDemoItem) || choice.isEmpty();
    s.profile = s.demo ? QString() : choice;
    for (QAction *a : std::as_const(m_regionActions)) {
        if (a->isChecked())
            s.regions.append(a->data().toString());
    }
    s.clientTypes.clear();
    for (QAction *a : std::as_const(m_typeActions)) {
        if (a->isChecked())
            s.clientTypes.append(*api::parseClientType(a->data().toString()));
    }
    return s;
}

void MainWindow::setSelection(const models::FleetSelection &selection)
{
    reloadProfileChoices(selection.demo ? QString::fromLatin1(kDemoItem) : selection.profile);
    rebuildRegionMenu();
    bool any = false;
    for (QAction *a : std::as_const(m_regionActions)) {
        a->setChecked(selection.regions.contains(a->data().toString()));
        any = any || a->isChecked();
    }
    m_allRegions->setChecked(!any);
    updateRegionButton();
    for (QAction *a : std::as_const(m_typeActions)) {
        const std::optional<api::ClientType> type = api::parseClientType(a->data().toString());
        a->setChecked(selection.clientTypes.isEmpty() || (type && selection.clientTypes.contains(*type)));
    }
}

void MainWindow::refresh()
{
    const models::FleetSelection s = selection();
    m_errorBanner->clearMessage();
    m_errorBanner->hide();
    if (s.demo) {
        const bool noProfiles = !m_services.profiles || m_services.profiles->profiles()->names().isEmpty();
        m_demoNotice->showMessage(
            InlineMessage::Type::Information,
            noProfiles
                ? tr("You are looking at the built-in demo fleet: made-up clients served by a loopback "
                     "server on this computer. Add a profile to see your own fleet.")
                : tr("You are looking at the built-in demo fleet: made-up clients served by a loopback "
                     "server on this computer. Choose a profile to see your own fleet."));
        m_demoBar->show();
    } else {
        m_demoBar->hide();
        if (m_services.profiles)
            m_services.profiles->profiles()->setLastUsed(s.profile);
    }
    updateWindowTitle();
    m_loader->load(s);
    updateStatus();
}

void MainWindow::stop()
{
    m_loader->stop();
    updateStatus();
}

void MainWindow::updateWindowTitle()
{
    const models::FleetSelection s = selection();
    const QString what = s.demo ? tr("demo fleet") : s.profile;
    setWindowTitle(tr("%1 — HBR Client Browser").arg(what));
}

void MainWindow::onLoaderChanged()
{
    updateStatus();
}

void MainWindow::onLoaderFinished()
{
    // Something in the detail pane from the start, rather than an empty half of the window.
    if (!m_table->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showSourceErrors();
    updateStatus();
    updateSummary();
    updateCompletionValues();
}

void MainWindow::showSourceErrors()
{
    const QList<api::FetchSource> &sources = m_loader->sources();
    const QList<api::SourceStatus> &statuses = m_loader->statuses();
    QStringList lines;
    int failed = 0;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const api::SourceStatus &st = statuses[i];
        if (st.isSuccess() || st.state == api::SourceStatus::State::Canceled)
            continue;
        ++failed;
        QString line = QStringLiteral("%1: ").arg(sources[i].label());
        if (st.error.isError()) {
            line += st.error.fullText();
            if (!st.error.recommend.isEmpty())
                line += QLatin1Char(' ') + tr("Diagnosis: %1").arg(st.error.recommend);
        } else {
            line += st.incompleteWhy;
        }
        lines.append(line);
    }
    if (failed == 0)
        return;
    const QString head =
        tr("%n source(s) failed or came back incomplete; the rows of the others are shown.", nullptr, failed);
    m_errorBanner->showMessage(InlineMessage::Type::Error,
                               head + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

namespace {

QString sourceStateTitle(api::SourceStatus::State state)
{
    using State = api::SourceStatus::State;
    switch (state) {
    case State::Pending:
        return MainWindow::tr("waiting", "source state");
    case State::Running:
        return MainWindow::tr("loading", "source state");
    case State::Complete:
        return MainWindow::tr("complete", "source state");
    case State::Incomplete:
        return MainWindow::tr("incomplete", "source state");
    case State::Failed:
        return MainWindow::tr("failed", "source state");
    case State::Canceled:
        return MainWindow::tr("stopped", "source state");
    }
    return QString();
}

} // namespace

void MainWindow::updateStatus()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (!m_proxy->query().isValid())
        m_countLabel->setText(tr("The filter is not valid: no rows shown of %1").arg(locale.toString(total)));
    else if (shown == total)
        m_countLabel->setText(tr("%1 clients").arg(locale.toString(total)));
    else
        m_countLabel->setText(tr("%1 of %2 clients").arg(locale.toString(shown), locale.toString(total)));

    const bool running = m_loader->isRunning();
    m_stopAction->setEnabled(running);
    m_stopButton->setVisible(running);
    m_progress->setVisible(running);
    if (running) {
        int pages = 0;
        int pagesTotal = 0;
        int done = 0;
        const QList<api::SourceStatus> &statuses = m_loader->statuses();
        QStringList perSource;
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            const api::SourceStatus &s = statuses[i];
            pages += s.pagesDone;
            pagesTotal += qMax(s.pagesTotal, s.pagesDone);
            done += s.isFinal() ? 1 : 0;
            //: %1 is a source (profile, region, client type), %2/%3 pages, %4 clients, %5 its state
            perSource.append(tr("%1: %2/%3 pages, %4 clients, %5")
                                 .arg(m_loader->sources()[i].label())
                                 .arg(s.pagesDone)
                                 .arg(qMax(s.pagesTotal, s.pagesDone))
                                 .arg(s.received)
                                 .arg(sourceStateTitle(s.state)));
        }
        m_progressLabel->setText(statuses.isEmpty() ? tr("Reading the credentials…")
                                                    : tr("Loading: %1 of %2 sources done, %3 of %4 pages")
                                                          .arg(done)
                                                          .arg(statuses.size())
                                                          .arg(pages)
                                                          .arg(pagesTotal));
        m_progressLabel->setToolTip(perSource.join(QLatin1Char('\n')));
        m_progress->setRange(0, qMax(1, pagesTotal));
        m_progress->setValue(pages);
    } else {
        m_progressLabel->clear();
        m_progressLabel->setToolTip(QString());
    }
    m_asOfLabel->setText(dataAsOfText());
}

QString MainWindow::statusText() const
{
    return m_countLabel->text() + QLatin1Char(' ') + m_progressLabel->text();
}

QString MainWindow::dataAsOfText() const
{
    const QDateTime asOf = m_loader->dataAsOf();
    if (!asOf.isValid())
        return QString();
    const qint64 age = qMax<qint64>(0, asOf.secsTo(m_services.clock->now()));
    return tr("Data as of %1 (%2)")
        .arg(QLocale().toString(asOf.toLocalTime().time(), QLocale::ShortFormat), ageText(age));
}

void MainWindow::updateSummary()
{
    m_summary->setSummary(m_model->summary());
}

void MainWindow::updateCompletionValues()
{
    QSet<QString> regions, zones, versions, os, profiles;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const BackupClient &c = m_model->client(row);
        regions.insert(c.regionId);
        zones.insert(c.zoneId);
        versions.insert(c.clientVersion);
        os.insert(c.osType);
        if (!c.profile.isEmpty())
            profiles.insert(c.profile);
    }
    auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        list.removeAll(QString());
        list.sort();
        return list;
    };
    m_filter->setFieldValues(QStringLiteral("region"), sorted(regions));
    m_filter->setFieldValues(QStringLiteral("zone"), sorted(zones));
    m_filter->setFieldValues(QStringLiteral("os"), sorted(os));
    m_filter->setFieldValues(QStringLiteral("profile"), sorted(profiles));
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->showNothing();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_detail->showClient(m_model->client(row), m_model->signalsAt(row), m_services.clock->nowSeconds());
}

QList<int> MainWindow::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end()); // view order, whatever order they were selected in
    QList<int> source;
    source.reserve(rows.size());
    for (int r : std::as_const(rows))
        source.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return source;
}

QString MainWindow::selectedRowsText() const
{
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList titles;
    for (int c : std::as_const(columns))
        titles.append(ClientTableModel::columnTitle(Column(c)));
    lines.append(titles.join(QLatin1Char('\t')));
    for (int row : selectedSourceRows()) {
        QStringList cells;
        for (int c : std::as_const(columns)) {
            QString text = m_model->cellText(row, Column(c));
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells.append(text);
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void MainWindow::copySelectedRows()
{
    if (m_table->selectionModel()->selectedRows().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(selectedRowsText());
    statusBar()->showMessage(
        tr("Copied %n row(s)", nullptr, int(m_table->selectionModel()->selectedRows().size())), 3000);
}

void MainWindow::copyField(int role)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_proxy->mapToSource(current).row();
    const BackupClient &c = m_model->client(row);
    QString text;
    if (role == 0)
        text = c.clientId;
    else if (role == 1)
        text = c.instanceId;
    else
        text = QString::fromUtf8(QJsonDocument(DetailPane::maskedJson(c)).toJson(QJsonDocument::Indented));
    QGuiApplication::clipboard()->setText(text);
}

void MainWindow::showTableContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(tr("Copy Client &ID"), this, [this] { copyField(0); });
    menu.addAction(tr("Copy I&nstance ID"), this, [this] { copyField(1); });
    menu.addAction(tr("Copy Client &JSON"), this, [this] { copyField(2); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    int visible = 0;
    for (int c = 0; c < ClientTableModel::kColumnCount; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < ClientTableModel::kColumnCount; ++c) {
        QAction *a = menu.addAction(ClientTableModel::columnTitle(Column(c)));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || visible > 1); // the last column cannot go
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Show All Columns"), header, [header] {
        for (int c = 0; c < ClientTableModel::kColumnCount; ++c)
            header->setSectionHidden(c, false);
    });
    menu.exec(header->mapToGlobal(pos));
}

QString MainWindow::exportTo(const QString &path)
{
    OutputFormat format = OutputFormat::Csv;
    if (path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive))
        format = OutputFormat::Jsonl;
    else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        format = OutputFormat::Json;

    QList<BackupClient> clients;
    const QList<int> rows = m_proxy->visibleSourceRows();
    clients.reserve(rows.size());
    for (int row : rows)
        clients.append(m_model->client(row));
    FetchReport report;
    report.generatedAt = m_services.clock->nowSeconds();
    report.sources = m_loader->sources();
    report.statuses = m_loader->statuses();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (!writeClients(file, format, clients, report))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

void MainWindow::exportRows()
{
    const QString dir = m_services.settings->value(QStringLiteral("export/directory")).toString();
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Visible Rows"), dir + QStringLiteral("/hbr-clients.csv"),
        tr("CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)"), &selectedFilter);
    if (path.isEmpty())
        return;
    m_services.settings->setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    const QString error = exportTo(path);
    if (!error.isEmpty()) {
        m_errorBanner->showMessage(InlineMessage::Type::Error, error);
        return;
    }
    statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, m_proxy->rowCount()).arg(path), 5000);
}

void MainWindow::showProfiles()
{
    if (!m_services.profiles)
        return;
    if (auto *existing = findChild<ProfilesDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new ProfilesDialog(m_services.profiles, m_services.network, m_services.clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::profilesChanged, this, [this] {
        const models::FleetSelection before = selection();
        reloadProfileChoices(QString());
        if (!(selection() == before))
            rebuildRegionMenu();
    });
    dialog->open();
}

void MainWindow::restoreState()
{
    QSettings *s = m_services.settings;
    restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    const QByteArray header = s->value(QStringLiteral("window/tableHeader")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    // restoreState() sets the sort indicator without sorting: apply it.
    QHeaderView *tableHeader = m_table->horizontalHeader();
    m_table->sortByColumn(tableHeader->sortIndicatorSection(), tableHeader->sortIndicatorOrder());
    const QByteArray splitter = s->value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({900, 380});
    if (!s->contains(QStringLiteral("window/geometry")))
        resize(1360, 820);

    models::FleetSelection selection;
    const QStringList profiles =
        m_services.profiles ? m_services.profiles->profiles()->names() : QStringList();
    const QString last = m_services.profiles ? m_services.profiles->profiles()->lastUsed() : QString();
    selection.demo = m_options.demo || profiles.isEmpty();
    if (!selection.demo)
        selection.profile = profiles.contains(last) ? last : profiles.first();
    const QString savedFor = s->value(QStringLiteral("selection/for")).toString();
    const QString key = selection.demo ? QString::fromLatin1(kDemoItem) : selection.profile;
    if (savedFor == key)
        selection.regions = s->value(QStringLiteral("selection/regions")).toStringList();
    selection.clientTypes.clear();
    for (const QString &t : s->value(QStringLiteral("selection/clientTypes")).toStringList()) {
        if (const std::optional<api::ClientType> type = api::parseClientType(t))
            selection.clientTypes.append(*type);
    }
    setSelection(selection);
    m_filter->setText(s->value(QStringLiteral("selection/filter")).toString());
}

void MainWindow::saveState()
{
    QSettings *s = m_services.settings;
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    s->setValue(QStringLiteral("window/tableHeader"), m_table->horizontalHeader()->saveState());
    s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    const models::FleetSelection sel = selection();
    s->setValue(QStringLiteral("selection/for"), sel.demo ? QString::fromLatin1(kDemoItem) : sel.profile);
    s->setValue(QStringLiteral("selection/regions"), sel.regions);
    QStringList types;
    for (api::ClientType t : sel.clientTypes)
        types.append(api::clientTypeName(t));
    s->setValue(QStringLiteral("selection/clientTypes"), types);
    s->setValue(QStringLiteral("selection/filter"), m_filter->text());
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->stop();
    saveState();
    event->accept();
}

} // namespace hbr::ui
