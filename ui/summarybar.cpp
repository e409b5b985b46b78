#include "summarybar.h"

#include "flowlayout.h"
#include "statusicons.h"

#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace hbr::ui {

namespace {

using Kind = models::ClientTableModel::StatusKind;

Kind kindOfSignal(FleetSignal s)
{
    switch (s) {
    case FleetSignal::Disconnected:
    case FleetSignal::Failed:
    case FleetSignal::BadProxy:
        return Kind::Error;
    case FleetSignal::Stuck:
        return Kind::Busy;
    case FleetSignal::Stopped:
    case FleetSignal::Stale:
    case FleetSignal::Outdated:
    case FleetSignal::Unprotected:
    case FleetSignal::Plaintext:
    case FleetSignal::Ignored:
    case FleetSignal::Count:
        return Kind::Warning;
    }
    return Kind::Warning;
}

} // namespace

SummaryBar::SummaryBar(QWidget *parent)
    : QWidget(parent)
    , m_signalLayout(new FlowLayout)
    , m_statusLayout(new FlowLayout)
{
    // Two groups, each wrapping onto more lines rather than widening the window: a large fleet shows twenty
    // or more counts. Signals (what to act on) stand apart from the raw statuses they are derived from.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_signalLayout);
    layout->addLayout(m_statusLayout);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setAccessibleName(tr("Fleet summary"));
}

QToolButton *SummaryBar::addButton(const QString &query)
{
    // Buttons are kept across updates (counts change many times while pages arrive), so one that has the
    // keyboard focus keeps it.
    if (QToolButton *existing = buttonFor(query))
        return existing;
    auto *button = new QToolButton(this);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setProperty("query", query);
    button->setObjectName(query.isEmpty() ? QStringLiteral("summaryAll")
                                          : QStringLiteral("summary:") + query);
    connect(button, &QToolButton::clicked, this, [this, query] { Q_EMIT filterRequested(query); });
    m_buttons.append(button);
    return button;
}

QToolButton *SummaryBar::buttonFor(const QString &query) const
{
    for (QToolButton *b : m_buttons) {
        if (b->property("query").toString() == query)
            return b;
    }
    return nullptr;
}

void SummaryBar::setSummary(const FleetSummary &summary)
{
    const QLocale locale;
    QList<QToolButton *> signalButtons;
    QList<QToolButton *> statusButtons;

    QToolButton *all = addButton(QString());
    all->setText(tr("All: %1").arg(locale.toString(summary.total)));
    all->setToolTip(tr("Show every client (clears the filter)"));
    all->setAccessibleName(tr("All clients: %1").arg(summary.total));
    signalButtons.append(all);

    // Signals first: they are what an operator acts on. Only those that occur, so the bar stays short.
    for (int i = 0; i < kFleetSignalCount; ++i) {
        const int count = summary.bySignal[size_t(i)];
        if (count == 0)
            continue;
        const auto s = FleetSignal(i);
        const QString query = QStringLiteral("is:") + signalName(s);
        QToolButton *b = addButton(query);
        b->setIcon(statusIcon(kindOfSignal(s)));
        b->setText(QStringLiteral("%1: %2").arg(signalTitle(s), locale.toString(count)));
        b->setToolTip(signalExplanation(s) + QStringLiteral("\n") + tr("Click to filter: %1").arg(query));
        b->setAccessibleName(tr("%1: %2 clients").arg(signalTitle(s)).arg(count));
        signalButtons.append(b);
    }

    // Then statuses, most common first.
    QList<std::pair<QString, int>> statuses;
    for (auto it = summary.byStatus.cbegin(); it != summary.byStatus.cend(); ++it)
        statuses.append({it.key(), it.value()});
    std::sort(statuses.begin(), statuses.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto &[status, count] : statuses) {
        if (status.isEmpty())
            continue;
        const QString query = QStringLiteral("status:") + status;
        QToolButton *b = addButton(query);
        b->setText(QStringLiteral("%1: %2").arg(statusTitle(status), locale.toString(count)));
        b->setToolTip(statusExplanation(status) + QStringLiteral("\n") +
                      tr("Click to filter: %1").arg(query));
        b->setAccessibleName(tr("Status %1: %2 clients").arg(statusTitle(status)).arg(count));
        statusButtons.append(b);
    }

    // Lay out what is shown in order; drop the buttons of sets that are now empty.
    const QList<QToolButton *> shown = signalButtons + statusButtons;
    for (QToolButton *b : std::as_const(m_buttons)) {
        m_signalLayout->removeWidget(b);
        m_statusLayout->removeWidget(b);
    }
    for (qsizetype i = 0; i < signalButtons.size(); ++i)
        m_signalLayout->insertWidget(int(i), signalButtons[i]);
    for (qsizetype i = 0; i < statusButtons.size(); ++i)
        m_statusLayout->insertWidget(int(i), statusButtons[i]);
    for (QToolButton *b : std::as_const(m_buttons)) {
        if (!shown.contains(b)) {
            b->hide();
            b->deleteLater();
        }
    }
    m_buttons = shown;
}

} // namespace hbr::ui
