<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey + STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region IDs separated by commas; empty means cn-hangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn-hangzhou, cn-shanghai (empty: cn-hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick regions from the list of known regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (hbr.&lt;region&gt;.aliyuncs.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC (hbr-vpc.&lt;region&gt;.aliyuncs.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3, ACS3-HMAC-SHA256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1, HMAC-SHA1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-account backup (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-account source account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM r&amp;ole name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-account RAM role name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles yet.

Add one with your AccessKey, or import the profiles of the aliyun CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles from the aliyun CLI configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service for one ECS client in the profile&apos;s first region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::FleetSignals</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has not reached HBR recently; check that the instance is running, that the backup agent service is started and that the host can reach the HBR endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing, upgrading or uninstalling the client failed; read the error in the HBR console and retry the operation from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is stopped or deactivated and runs no backups; start or activate it again in the HBR console if it should protect this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An install, upgrade or uninstall has been running for too long; check the host and the HBR console, then retry the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last heartbeat is older than the threshold; check that the agent is running and can reach the HBR endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer client version is available; upgrade the client from the HBR console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup plan protects this host; create a backup plan for it in the HBR console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is set to use a custom proxy without a host or port, so its data cannot get through; set the proxy host and port, or stop using a custom proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup data travels over the public internet without HTTPS; turn on HTTPS in the client&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory limit is set, but clients older than 2.13.0 ignore it; upgrade the client for the limit to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is registered with HBR but not activated yet; wait for the activation to finish or activate it in the HBR console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is activated and connected to HBR; nothing needs to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has been deactivated and runs no backups; activate it again in the HBR console if this host should be protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is being installed; wait a few minutes, and if it takes much longer check the Cloud Assistant on the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation failed; read the error in the HBR console, fix the cause (often the network or the Cloud Assistant) and install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is installed on this host; install one from the HBR console to back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is being upgraded; wait a few minutes, and if it takes much longer check the host and the HBR console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade failed; read the error in the HBR console and retry the upgrade from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is being uninstalled; wait a few minutes, and if it takes much longer check the host and the HBR console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uninstallation failed; read the error in the HBR console and retry, or remove the client on the host by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client service is stopped and runs no backups; start the backup agent service on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBR reported no status for this client; refresh, and if it stays empty check the client in the HBR console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBR reported the status &quot;%1&quot;, which this version does not know; check the client in the HBR console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::Query</name>
    <message>
        <source>The quote at &quot;%1&quot; is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; is missing a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;-&quot; must be followed by the term it negates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heartbeat age is compared with &lt;, &lt;=, &gt; or &gt;=, as in hb&gt;6h, not with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown signal &quot;%1&quot;; the signals are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown signal &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of https; write true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is missing its key before the &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version; write a version such as 2.13.0, a pattern such as 2.13.*, or outdated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be compared with &quot;%2&quot;; write %1:VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; is missing a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version; write a version such as 2.13.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a heartbeat age; write a number with a unit s, m, h or d, such as 6h.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::models</name>
    <message>
        <source>in the future</source>
        <comment>heartbeat time ahead of the clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ECS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::models::ClientTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>client type column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <comment>backup status column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>no heartbeat received</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated: %1 is installed, %2 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date (latest %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heartbeat has been received from this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, stale: no heartbeat for longer than %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — filter with %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::models::FleetLoader</name>
    <message>
        <source>Choose at least one client type to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret of profile &quot;%1&quot; from the keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::ui::DetailPane</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert on partial completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a client to see its settings, tags and proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo or environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the service did not say both versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due: %1 → %2. Upgrade the client from the Cloud Backup console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed: the latest version is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: nothing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — backup data crosses the public network unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set, hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::ui::FilterBar</name>
    <message>
        <source>Filter: a word, status:unknown, version&lt;2.13, hb&gt;6h, tag:env=prod, is:stale (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query: terms combine with AND, a leading minus negates a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid filter (at column %1): %2. No rows are shown until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::ui::InlineMessage</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::ui::MainWindow</name>
    <message>
        <source>ECS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the fleet again (F5); rows are updated in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every request in flight (Shift+F5); what arrived stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, remove, import and test saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word — any column contains it
field:value — status, type, backup, os, arch, zone, region, profile, id, instance, host, name, ip, net, proxy, proxyhost, https (* and ? wildcards, v1,v2 for either)
-term — not
version&lt;2.13, version:outdated
hb&gt;6h — heartbeat older than (s m h d)
tag:env=prod, tag:env
is:disconnected, failed, stopped, stuck, stale, outdated, unprotected, badproxy, plaintext, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HBR Client Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBR Client Browser %1
The backup clients of Alibaba Cloud Cloud Backup, across regions and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the profile&apos;s regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: %1 chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at the built-in demo fleet: made-up clients served by a loopback server on this computer. Add a profile to see your own fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at the built-in demo fleet: made-up clients served by a loopback server on this computer. Choose a profile to see your own fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — HBR Client Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed or came back incomplete; the rows of the others are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is not valid: no rows shown of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading: %1 of %2 sources done, %3 of %4 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy I&amp;nstance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Client &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Visible Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hbr::ui::ProfileEditor</name>
    <message>
        <source>Add Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same account (SELF_ACCOUNT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account (CROSS_ACCOUNT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for STS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the STS token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hbr::ui::ProfilesDialog</name>
    <message>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey + STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (hbr.&lt;region&gt;.aliyuncs.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC (hbr-vpc.&lt;region&gt;.aliyuncs.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the keychain did not answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the keychain for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (edit the profile to enter it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding profile &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving profile &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its AccessKey secret (and STS token, if any) will be deleted from the system keychain. The AccessKey itself stays valid in Alibaba Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing profile &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the profile &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliyun CLI configuration (config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current operation to finish, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an aliyun CLI configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It has no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets and STS tokens go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s) from %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n profile(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing &quot;%1&quot; (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot test the profile &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot; in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the credentials of &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n ECS client(s) in %1 (RequestId %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hbr::ui::SummaryBar</name>
    <message>
        <source>Fleet summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every client (clears the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1: %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
