#pragma once

#include "fleet/query.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace hbr::ui {

/// The filter box: the query language with inline error marking and completion of field names and values.
/// Emits queryChanged() with a parsed query (valid or not) a moment after typing stops.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString text() const;
    /// Replaces the text and applies it at once.
    void setText(const QString &text);
    const Query &query() const { return m_query; }
    /// The error shown under the box; empty when the query parses.
    QString errorText() const;
    QLineEdit *lineEdit() const { return m_edit; }
    /// Extra values to complete for a field (regions, zones, versions seen in the fleet).
    void setFieldValues(const QString &field, const QStringList &values);
    /// Delay between the last keystroke and the filter; 0 filters on every keystroke.
    void setDelay(int ms);

Q_SIGNALS:
    void queryChanged(const hbr::Query &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void markError();
    void updateCompletions();
    void insertCompletion(const QString &completion);
    /// The token under the cursor: [start, cursor).
    std::pair<int, int> currentToken() const;

    QLineEdit *m_edit;
    QLabel *m_error;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QTimer *m_debounce;
    Query m_query;
    QString m_appliedText;
    bool m_applied = false;
    QHash<QString, QStringList> m_fieldValues;
};

} // namespace hbr::ui
