#pragma once

#include "fleet/backupclient.h"
#include "fleet/fleetsignals.h"

#include <QHash>
#include <QScrollArea>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace hbr::ui {

/// Everything about the selected client, in sections: identity, version, health, backup settings, data
/// plane, proxy, tags and the raw JSON. The proxy password is never shown (nor in the JSON view).
class DetailPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    /// Shows a client; `nowSeconds` dates the heartbeat age.
    void showClient(const BackupClient &client, FleetSignals signalSet, qint64 nowSeconds);
    void showNothing(const QString &why = QString());

    /// The value label of a field (by key such as "ClientId", "ProxyPassword", "Explanation"), for tests.
    QString valueText(const QString &key) const;
    QTableWidget *tagsTable() const { return m_tags; }
    QString rawJson() const;

    /// The client's JSON for copying and showing, with the proxy password replaced by asterisks.
    static QJsonObject maskedJson(const BackupClient &client);

private:
    QGroupBox *addSection(const QString &title, const QString &objectName);
    void addRow(QFormLayout *form, const QString &key, const QString &label);
    void setValue(const QString &key, const QString &text, const QString &toolTip = QString());

    QLabel *m_placeholder;
    QWidget *m_content;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QFormLayout *> m_forms;
    QTableWidget *m_tags;
    QPlainTextEdit *m_json;
};

} // namespace hbr::ui
