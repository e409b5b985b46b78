#pragma once

#include "models/fleetloader.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace hbr {
class Clock;
namespace credentials {
class ProfileService;
}
namespace models {
class ClientFilterProxy;
}
} // namespace hbr

namespace hbr::ui {

class DetailPane;
class FilterBar;
class InlineMessage;
class SummaryBar;

/// The window: wiring only. The fleet comes from a FleetLoader into a ClientTableModel, through a
/// ClientFilterProxy into the table; each pane is its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Services
    {
        QSettings *settings = nullptr; ///< window state, last selection, profiles (no secrets)
        QNetworkAccessManager *network = nullptr;
        const Clock *clock = nullptr;
        credentials::ProfileService *profiles = nullptr;
    };
    struct Options
    {
        bool demo = false; ///< open the demo fleet whatever was used last
        int demoClientCount = 5000;
        bool loadOnShow = true; ///< start loading as soon as the event loop runs
        QString query;          ///< a filter to open with instead of the last one
        QString language;       ///< the language the window is shown in ("en", "zh_CN")
    };

    MainWindow(const Services &services, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and scripted use.
    models::ClientTableModel *model() const { return m_model; }
    models::ClientFilterProxy *proxy() const { return m_proxy; }
    models::FleetLoader *loader() const { return m_loader; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filter; }
    SummaryBar *summaryBar() const { return m_summary; }
    DetailPane *detailPane() const { return m_detail; }
    InlineMessage *errorBanner() const { return m_errorBanner; }
    InlineMessage *demoNotice() const { return m_demoNotice; }
    QString statusText() const;
    QString dataAsOfText() const;
    /// What is selected in the toolbar.
    models::FleetSelection selection() const;
    void setSelection(const models::FleetSelection &selection);

    /// Writes the visible rows, in view order, as CSV, JSON or JSONL (by the file's extension, else CSV).
    /// Returns an empty string on success, else the reason.
    QString exportTo(const QString &path);
    /// The selected rows as tab-separated text with a header line, as Ctrl+C copies them.
    QString selectedRowsText() const;

public Q_SLOTS:
    void refresh();
    void stop();
    void exportRows();
    void showProfiles();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    void buildCentral();
    void buildStatusBar();
    void restoreState();
    void saveState();
    void reloadProfileChoices(const QString &select);
    void rebuildRegionMenu();
    void updateRegionButton();
    void onSelectionChanged();
    void onLoaderChanged();
    void onLoaderFinished();
    void updateStatus();
    void updateSummary();
    void updateCompletionValues();
    void showSourceErrors();
    void showTableContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void copySelectedRows();
    void copyField(int role);
    QList<int> selectedSourceRows() const;
    QStringList availableRegions() const;
    void updateWindowTitle();

    Services m_services;
    Options m_options;
    models::ClientTableModel *m_model;
    models::ClientFilterProxy *m_proxy;
    models::FleetLoader *m_loader;

    QComboBox *m_profileCombo = nullptr;
    QToolButton *m_regionButton = nullptr;
    QMenu *m_regionMenu = nullptr;
    QAction *m_allRegions = nullptr;
    QList<QAction *> m_regionActions;
    QList<QAction *> m_typeActions;
    QAction *m_refreshAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;

    InlineMessage *m_demoNotice = nullptr;
    QPushButton *m_addProfileButton = nullptr;
    QWidget *m_demoBar = nullptr;
    InlineMessage *m_errorBanner = nullptr;
    FilterBar *m_filter = nullptr;
    SummaryBar *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    DetailPane *m_detail = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_stopButton = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_summaryTimer = nullptr;
    bool m_restoringSelection = false;
    bool m_loadAfterFirstPaint = false; ///< the first load waits for the first paint
};

} // namespace hbr::ui
