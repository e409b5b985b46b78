#include "detailpane.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hbr::ui {

namespace {

constexpr auto kPasswordMask = "********";

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString localTime(qint64 seconds)
{
    if (seconds <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::LongFormat);
}

QString ageText(qint64 seconds)
{
    if (seconds < 60)
        return DetailPane::tr("just now");
    if (seconds < 3600)
        return DetailPane::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return DetailPane::tr("%n h ago", nullptr, int(seconds / 3600));
    return DetailPane::tr("%n d ago", nullptr, int(seconds / 86400));
}

QString limitText(const QString &raw, const QString &unit)
{
    if (raw.isEmpty())
        return QString();
    if (raw == QLatin1String("0"))
        return DetailPane::tr("unlimited");
    return unit.isEmpty() ? raw : QStringLiteral("%1 %2").arg(raw, unit);
}

QString yesNo(bool value)
{
    return value ? DetailPane::tr("yes") : DetailPane::tr("no");
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QScrollArea(parent)
    , m_placeholder(new QLabel(this))
    , m_content(new QWidget(this))
    , m_tags(new QTableWidget(0, 2, this))
    , m_json(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Client details"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto *outer = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(outer);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outerLayout->addWidget(m_placeholder);
    outerLayout->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    QFormLayout *f = nullptr;
    addSection(tr("Identity"), QStringLiteral("identity"));
    f = m_forms.value(QStringLiteral("identity"));
    addRow(f, QStringLiteral("ClientId"), tr("Client ID"));
    addRow(f, QStringLiteral("InstanceId"), tr("Instance ID"));
    addRow(f, QStringLiteral("ClientType"), tr("Client type"));
    addRow(f, QStringLiteral("Hostname"), tr("Hostname"));
    addRow(f, QStringLiteral("InstanceName"), tr("Instance name"));
    addRow(f, QStringLiteral("ZoneId"), tr("Zone"));
    addRow(f, QStringLiteral("RegionId"), tr("Region"));
    addRow(f, QStringLiteral("Profile"), tr("Profile"));
    addRow(f, QStringLiteral("PrivateIpV4"), tr("Private IP"));
    addRow(f, QStringLiteral("OsType"), tr("OS"));
    addRow(f, QStringLiteral("ArchType"), tr("Architecture"));
    addRow(f, QStringLiteral("Appliance"), tr("Appliance"));
    addRow(f, QStringLiteral("CreatedTime"), tr("Created"));
    addRow(f, QStringLiteral("UpdatedTime"), tr("Updated"));

    addSection(tr("Version"), QStringLiteral("version"));
    f = m_forms.value(QStringLiteral("version"));
    addRow(f, QStringLiteral("ClientVersion"), tr("Installed"));
    addRow(f, QStringLiteral("MaxClientVersion"), tr("Latest"));
    addRow(f, QStringLiteral("Upgrade"), tr("Upgrade"));

    addSection(tr("Health"), QStringLiteral("health"));
    f = m_forms.value(QStringLiteral("health"));
    addRow(f, QStringLiteral("Status"), tr("Status"));
    addRow(f, QStringLiteral("Explanation"), tr("What it means"));
    addRow(f, QStringLiteral("LastHeartBeatTime"), tr("Last heartbeat"));
    addRow(f, QStringLiteral("BackupStatus"), tr("Backup status"));
    addRow(f, QStringLiteral("Signals"), tr("Signals"));

    addSection(tr("Backup settings"), QStringLiteral("settings"));
    f = m_forms.value(QStringLiteral("settings"));
    addRow(f, QStringLiteral("MaxCpuCore"), tr("CPU cores"));
    addRow(f, QStringLiteral("MaxWorker"), tr("Workers"));
    addRow(f, QStringLiteral("MaxMemory"), tr("Memory"));
    addRow(f, QStringLiteral("AlertOnPartialComplete"), tr("Alert on partial completion"));

    addSection(tr("Data plane"), QStringLiteral("dataPlane"));
    f = m_forms.value(QStringLiteral("dataPlane"));
    addRow(f, QStringLiteral("DataNetworkType"), tr("Network type"));
    addRow(f, QStringLiteral("UseHttps"), tr("HTTPS"));
    addRow(f, QStringLiteral("DataProxySetting"), tr("Proxy mode"));

    addSection(tr("Proxy configuration"), QStringLiteral("proxy"));
    f = m_forms.value(QStringLiteral("proxy"));
    addRow(f, QStringLiteral("ProxyHost"), tr("Host"));
    addRow(f, QStringLiteral("ProxyPort"), tr("Port"));
    addRow(f, QStringLiteral("ProxyUser"), tr("User"));
    addRow(f, QStringLiteral("ProxyPassword"), tr("Password"));

    QGroupBox *tags = addSection(tr("Tags"), QStringLiteral("tags"));
    m_tags->setObjectName(QStringLiteral("tagsTable"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_tags->horizontalHeader()->setStretchLastSection(true);
    m_tags->verticalHeader()->hide();
    m_tags->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tags->setMinimumHeight(90);
    tags->layout()->addWidget(m_tags);

    QGroupBox *json = addSection(tr("Raw JSON"), QStringLiteral("json"));
    m_json->setObjectName(QStringLiteral("rawJson"));
    m_json->setAccessibleName(tr("Raw JSON"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setMinimumHeight(160);
    json->layout()->addWidget(m_json);

    for (QGroupBox *box : m_content->findChildren<QGroupBox *>())
        layout->addWidget(box);
    layout->addStretch(1);
    setWidget(outer);
    showNothing();
}

QGroupBox *DetailPane::addSection(const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title, m_content);
    box->setObjectName(objectName);
    if (objectName == QLatin1String("tags") || objectName == QLatin1String("json")) {
        new QVBoxLayout(box);
    } else {
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        m_forms.insert(objectName, form);
    }
    return box;
}

void DetailPane::addRow(QFormLayout *form, const QString &key, const QString &label)
{
    auto *value = new QLabel(m_content);
    value->setObjectName(QStringLiteral("value:") + key);
    value->setTextFormat(Qt::PlainText); // values come from the service: never markup
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    auto *name = new QLabel(label + QLatin1Char(':'), m_content);
    name->setBuddy(value);
    form->addRow(name, value);
    m_values.insert(key, value);
}

void DetailPane::setValue(const QString &key, const QString &text, const QString &toolTip)
{
    QLabel *label = m_values.value(key);
    Q_ASSERT(label);
    label->setText(orDash(text));
    label->setToolTip(toolTip);
    label->setAccessibleDescription(orDash(text));
}

QString DetailPane::valueText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

QString DetailPane::rawJson() const
{
    return m_json->toPlainText();
}

QJsonObject DetailPane::maskedJson(const BackupClient &client)
{
    QJsonObject json = client.toExportJson();
    QJsonObject settings = json.value(QLatin1String("Settings")).toObject();
    if (settings.contains(QLatin1String("ProxyPassword")) &&
        !settings.value(QLatin1String("ProxyPassword")).toString().isEmpty()) {
        settings.insert(QLatin1String("ProxyPassword"), QLatin1String(kPasswordMask));
        json.insert(QLatin1String("Settings"), settings);
    }
    return json;
}

void DetailPane::showNothing(const QString &why)
{
    m_content->hide();
    m_placeholder->setText(why.isEmpty() ? tr("Select a client to see its settings, tags and proxy.") : why);
    m_placeholder->show();
}

void DetailPane::showClient(const BackupClient &c, FleetSignals signalSet, qint64 nowSeconds)
{
    m_placeholder->hide();
    m_content->show();

    setValue(QStringLiteral("ClientId"), c.clientId);
    setValue(QStringLiteral("InstanceId"), c.instanceId);
    setValue(QStringLiteral("ClientType"), c.clientType);
    setValue(QStringLiteral("Hostname"), c.hostname);
    setValue(QStringLiteral("InstanceName"), c.instanceName);
    setValue(QStringLiteral("ZoneId"), c.zoneId);
    setValue(QStringLiteral("RegionId"), c.regionId);
    setValue(QStringLiteral("Profile"), c.profile.isEmpty() ? tr("(demo or environment)") : c.profile);
    setValue(QStringLiteral("PrivateIpV4"), c.privateIpV4);
    setValue(QStringLiteral("OsType"), c.osType);
    setValue(QStringLiteral("ArchType"), c.archType);
    setValue(QStringLiteral("Appliance"), c.has(BackupClient::Appliance) ? yesNo(c.appliance) : QString());
    setValue(QStringLiteral("CreatedTime"), localTime(c.createdTime));
    setValue(QStringLiteral("UpdatedTime"), localTime(c.updatedTime));

    setValue(QStringLiteral("ClientVersion"), c.clientVersion);
    setValue(QStringLiteral("MaxClientVersion"), c.maxClientVersion);
    QString upgrade;
    if (c.clientVersion.isEmpty() || c.maxClientVersion.isEmpty())
        upgrade = tr("unknown (the service did not say both versions)");
    else if (signalSet & signalBit(FleetSignal::Outdated))
        upgrade = tr("due: %1 → %2. Upgrade the client from the Cloud Backup console.")
                      .arg(c.clientVersion, c.maxClientVersion);
    else
        upgrade = tr("not needed: the latest version is installed");
    setValue(QStringLiteral("Upgrade"), upgrade);

    const QString statusText =
        c.status.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(statusTitle(c.status), c.status);
    setValue(QStringLiteral("Status"), statusText);
    setValue(QStringLiteral("Explanation"), c.status.isEmpty() ? QString() : statusExplanation(c.status));
    if (c.has(BackupClient::LastHeartBeatTime) && c.lastHeartBeatTime > 0) {
        setValue(QStringLiteral("LastHeartBeatTime"),
                 QStringLiteral("%1 (%2)").arg(ageText(qMax<qint64>(0, nowSeconds - c.lastHeartBeatTime)),
                                               localTime(c.lastHeartBeatTime)));
    } else {
        setValue(QStringLiteral("LastHeartBeatTime"), tr("never reported"));
    }
    setValue(QStringLiteral("BackupStatus"), c.backupStatus);
    QStringList signalLines;
    for (int i = 0; i < kFleetSignalCount; ++i) {
        const auto s = FleetSignal(i);
        if (signalSet & signalBit(s))
            signalLines.append(QStringLiteral("• %1: %2").arg(signalTitle(s), signalExplanation(s)));
    }
    setValue(QStringLiteral("Signals"), signalLines.isEmpty() ? tr("none: nothing needs attention")
                                                              : signalLines.join(QLatin1Char('\n')));

    setValue(QStringLiteral("MaxCpuCore"), limitText(c.maxCpuCore, QString()));
    setValue(QStringLiteral("MaxWorker"), limitText(c.maxWorker, QString()));
    QString memory;
    if (c.has(BackupClient::MaxMemory))
        memory = c.maxMemory == 0
                     ? tr("unlimited")
                     : QLocale().formattedDataSize(c.maxMemory, 1, QLocale::DataSizeTraditionalFormat);
    setValue(QStringLiteral("MaxMemory"), memory);
    setValue(QStringLiteral("AlertOnPartialComplete"),
             c.has(BackupClient::AlertOnPartialComplete) ? yesNo(c.alertOnPartialComplete) : QString());

    setValue(QStringLiteral("DataNetworkType"), c.dataNetworkType);
    const std::optional<bool> https = c.useHttpsValue();
    QString httpsText = https ? yesNo(*https) : c.useHttps;
    if (signalSet & signalBit(FleetSignal::Plaintext))
        httpsText += tr(" — backup data crosses the public network unencrypted");
    setValue(QStringLiteral("UseHttps"), httpsText);
    setValue(QStringLiteral("DataProxySetting"), c.dataProxySetting);

    const bool customProxy = c.dataProxySetting == QLatin1String("CUSTOM");
    setValue(QStringLiteral("ProxyHost"), c.proxyHost.isEmpty() && customProxy ? tr("missing") : c.proxyHost);
    setValue(QStringLiteral("ProxyPort"), c.has(BackupClient::ProxyPort) && c.proxyPort != 0
                                              ? QString::number(c.proxyPort)
                                              : (customProxy ? tr("missing") : QString()));
    setValue(QStringLiteral("ProxyUser"), c.proxyUser);
    setValue(QStringLiteral("ProxyPassword"), c.proxyPassword.isEmpty()
                                                  ? tr("not set")
                                                  : tr("%1 (set, hidden)").arg(QLatin1String(kPasswordMask)));

    m_tags->setRowCount(int(c.tags.size()));
    for (int i = 0; i < c.tags.size(); ++i) {
        m_tags->setItem(i, 0, new QTableWidgetItem(c.tags[i].key));
        m_tags->setItem(i, 1, new QTableWidgetItem(c.tags[i].value));
    }
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(maskedJson(c)).toJson(QJsonDocument::Indented)));
}

} // namespace hbr::ui
