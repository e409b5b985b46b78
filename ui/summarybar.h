#pragma once

#include "fleet/fleetsignals.h"

#include <QWidget>

class QToolButton;

namespace hbr::ui {

class FlowLayout;

/// Counts per signal and per status over the whole fleet. Each count is a button: a click asks to filter the
/// table to that set (with the query that selects it, so the filter box shows what is applied).
class SummaryBar : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryBar(QWidget *parent = nullptr);

    void setSummary(const FleetSummary &summary);
    /// The button for a query ("is:stale", "status:UNKNOWN", "" for all); null when not shown.
    QToolButton *buttonFor(const QString &query) const;

Q_SIGNALS:
    void filterRequested(const QString &query);

private:
    QToolButton *addButton(const QString &query);

    FlowLayout *m_signalLayout;
    FlowLayout *m_statusLayout;
    QList<QToolButton *> m_buttons;
};

} // namespace hbr::ui
