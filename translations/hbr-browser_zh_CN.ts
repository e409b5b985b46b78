<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>例如 production</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>LTAI…</source>
        <translation>LTAI…</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>凭据(&amp;C)：</translation>
    </message>
    <message>
        <source>Credential kind</source>
        <translation>凭据类型</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>AccessKey + STS token</source>
        <translation>AccessKey + STS Token</translation>
    </message>
    <message>
        <source>STS &amp;token:</source>
        <translation>STS Token(&amp;T)：</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Region IDs separated by commas; empty means cn-hangzhou</source>
        <translation>地域 ID，以英文逗号分隔；留空表示 cn-hangzhou</translation>
    </message>
    <message>
        <source>cn-hangzhou, cn-shanghai (empty: cn-hangzhou)</source>
        <translation>cn-hangzhou, cn-shanghai（留空：cn-hangzhou）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose regions</source>
        <translation>选择地域</translation>
    </message>
    <message>
        <source>Pick regions from the list of known regions</source>
        <translation>从已知地域列表中选择地域</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Public (hbr.&lt;region&gt;.aliyuncs.com)</source>
        <translation>公网（hbr.&lt;region&gt;.aliyuncs.com）</translation>
    </message>
    <message>
        <source>VPC (hbr-vpc.&lt;region&gt;.aliyuncs.com)</source>
        <translation>VPC（hbr-vpc.&lt;region&gt;.aliyuncs.com）</translation>
    </message>
    <message>
        <source>Override URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Override &amp;URL:</source>
        <translation>自定义 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>https://host[:port]</source>
        <translation>https://host[:port]</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <source>Signature version</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <source>V3, ACS3-HMAC-SHA256 (recommended)</source>
        <translation>V3，ACS3-HMAC-SHA256（推荐）</translation>
    </message>
    <message>
        <source>V1, HMAC-SHA1</source>
        <translation>V1，HMAC-SHA1</translation>
    </message>
    <message>
        <source>Cross-account backup (optional)</source>
        <translation>跨账号备份（可选）</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Cross-account type</source>
        <translation>跨账号类型</translation>
    </message>
    <message>
        <source>Source &amp;account ID:</source>
        <translation>源账号 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Cross-account source account ID</source>
        <translation>跨账号源账号 ID</translation>
    </message>
    <message>
        <source>RAM r&amp;ole name:</source>
        <translation>RAM 角色名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Cross-account RAM role name</source>
        <translation>跨账号 RAM 角色名称</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置列表</translation>
    </message>
    <message>
        <source>Saved &amp;profiles:</source>
        <translation>已保存的配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的配置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>凭据类型</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>No saved profiles yet.

Add one with your AccessKey, or import the profiles of the aliyun CLI.</source>
        <translation>尚无已保存的配置。

请使用您的 AccessKey 添加配置，或导入 aliyun CLI 中的配置。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>STS token:</source>
        <translation>STS Token：</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>接入点：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Cross-account:</source>
        <translation>跨账号：</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>编辑配置</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import profiles from the aliyun CLI configuration</source>
        <translation>从 aliyun CLI 配置文件导入配置</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Ask the service for one ECS client in the profile&apos;s first region</source>
        <translation>向服务查询该配置第一个地域中的一个 ECS 备份客户端</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
</context>
<context>
    <name>hbr::AliyunImport</name>
    <message>
        <source>Mode %1 is not supported yet: %2</source>
        <extracomment>%1 is an aliyun CLI mode name, such as RamRoleArn (not translated); %2 is the reason, a clause that begins in lower case.</extracomment>
        <translation>暂不支持 %1 模式：%2</translation>
    </message>
    <message>
        <source>it needs an STS AssumeRole call to turn the role ARN into temporary keys, which this version does not make.</source>
        <extracomment>Completes &quot;Mode RamRoleArn is not supported yet:&quot;. STS and AssumeRole are Alibaba Cloud names.</extracomment>
        <translation>该模式需要调用 STS AssumeRole 将角色 ARN 换取为临时密钥，当前版本不支持此调用。</translation>
    </message>
    <message>
        <source>it assumes a role with the keys of another profile (an STS AssumeRole call), which this version does not make.</source>
        <extracomment>Completes &quot;Mode ChainableRamRoleArn is not supported yet:&quot;.</extracomment>
        <translation>该模式使用另一个配置的密钥扮演角色（需调用 STS AssumeRole），当前版本不支持此调用。</translation>
    </message>
    <message>
        <source>this deprecated mode needs an STS AssumeRole call, which this version does not make.</source>
        <extracomment>Completes &quot;Mode RamRoleArnWithRoleName is not supported yet:&quot;.</extracomment>
        <translation>该模式已废弃，且需要调用 STS AssumeRole，当前版本不支持此调用。</translation>
    </message>
    <message>
        <source>it only works on an ECS instance, which gets its keys from the instance metadata service.</source>
        <extracomment>Completes &quot;Mode EcsRamRole is not supported yet:&quot;.</extracomment>
        <translation>该模式仅适用于 ECS 实例，其密钥由实例元数据服务提供。</translation>
    </message>
    <message>
        <source>its keys come from running an external command each time, which this version does not do.</source>
        <extracomment>Completes &quot;Mode External is not supported yet:&quot;.</extracomment>
        <translation>该模式每次通过运行外部命令获取密钥，当前版本不支持此操作。</translation>
    </message>
    <message>
        <source>its keys come from fetching a URL each time, which this version does not do.</source>
        <extracomment>Completes &quot;Mode CredentialsURI is not supported yet:&quot;.</extracomment>
        <translation>该模式每次通过访问 URL 获取密钥，当前版本不支持此操作。</translation>
    </message>
    <message>
        <source>it exchanges an OIDC token for temporary keys through STS (AssumeRoleWithOIDC), which this version does not do.</source>
        <extracomment>Completes &quot;Mode OIDC is not supported yet:&quot;. AssumeRoleWithOIDC is an API name.</extracomment>
        <translation>该模式通过 STS（AssumeRoleWithOIDC）将 OIDC Token 换取为临时密钥，当前版本不支持此操作。</translation>
    </message>
    <message>
        <source>it needs a CloudSSO browser sign-in to get temporary keys, which this version does not do.</source>
        <extracomment>Completes &quot;Mode CloudSSO is not supported yet:&quot;.</extracomment>
        <translation>该模式需要在浏览器中完成 CloudSSO 登录以获取临时密钥，当前版本不支持此操作。</translation>
    </message>
    <message>
        <source>it needs an OAuth browser sign-in to get temporary keys, which this version does not do.</source>
        <extracomment>Completes &quot;Mode OAuth is not supported yet:&quot;.</extracomment>
        <translation>该模式需要在浏览器中完成 OAuth 登录以获取临时密钥，当前版本不支持此操作。</translation>
    </message>
    <message>
        <source>a bearer token is not an AccessKey and cannot sign Cloud Backup API requests.</source>
        <extracomment>Completes &quot;Mode BearerToken is not supported yet:&quot;.</extracomment>
        <translation>Bearer Token 不是 AccessKey，无法为云备份 API 请求签名。</translation>
    </message>
    <message>
        <source>it has no keys, and Cloud Backup API requests must be signed.</source>
        <extracomment>Completes &quot;Mode Anonymous is not supported yet:&quot;.</extracomment>
        <translation>该模式没有密钥，而云备份 API 请求必须签名。</translation>
    </message>
    <message>
        <source>this deprecated mode needs an STS call to turn the key pair into temporary keys, which this version does not make.</source>
        <extracomment>Completes &quot;Mode RsaKeyPair is not supported yet:&quot;.</extracomment>
        <translation>该模式已废弃，且需要调用 STS 将密钥对换取为临时密钥，当前版本不支持此调用。</translation>
    </message>
    <message>
        <source>The profile has no mode, so it is not clear what its keys are.</source>
        <translation>该配置未指定模式，无法确定其密钥类型。</translation>
    </message>
    <message>
        <source>Mode %1 is not known to this version, so it is not imported.</source>
        <extracomment>%1 is the mode name found in the aliyun CLI configuration, in quotes.</extracomment>
        <translation>当前版本无法识别模式 %1，因此未导入。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration is not valid JSON: %1 at line %2, column %3 (byte %4).</source>
        <extracomment>%1 is the JSON parser&apos;s description of the error; %2 and %3 are the line and column, %4 the byte offset in the file.</extracomment>
        <translation>aliyun CLI 配置不是有效的 JSON：%1（第 %2 行，第 %3 列，字节 %4）。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration is not a JSON object, so it is not an aliyun CLI config.json.</source>
        <translation>aliyun CLI 配置不是 JSON 对象，因此不是 aliyun CLI 的 config.json。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration has no &quot;profiles&quot; list, so it is not an aliyun CLI config.json.</source>
        <extracomment>&quot;profiles&quot; is the name of a key in the file: keep it as it is.</extracomment>
        <translation>aliyun CLI 配置中没有 &quot;profiles&quot; 列表，因此不是 aliyun CLI 的 config.json。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration names no current profile; name the profiles to import or import all of them.</source>
        <translation>aliyun CLI 配置未指定当前配置；请指定要导入的配置，或导入全部配置。</translation>
    </message>
    <message>
        <source>Its name cannot name a profile here: %1</source>
        <extracomment>%1 is why the name is not allowed, a complete sentence.</extracomment>
        <translation>其名称不能用作配置名称：%1</translation>
    </message>
    <message>
        <source>A profile named %1 already exists; it was not overwritten.</source>
        <extracomment>%1 is the profile name, in quotes.</extracomment>
        <translation>已存在名为 %1 的配置；未覆盖该配置。</translation>
    </message>
    <message>
        <source>The file has more than one profile named %1; only the first is imported.</source>
        <extracomment>%1 is the profile name, in quotes.</extracomment>
        <translation>文件中有多个名为 %1 的配置；仅导入第一个。</translation>
    </message>
    <message>
        <source>The profile is incomplete: its AccessKey ID or secret is empty.</source>
        <translation>该配置不完整：其 AccessKey ID 或 AccessKey Secret 为空。</translation>
    </message>
    <message>
        <source>The profile is incomplete: mode StsToken needs an STS token, and its sts_token is empty.</source>
        <extracomment>StsToken is a mode name and sts_token a key in the file: keep them as they are.</extracomment>
        <translation>该配置不完整：StsToken 模式需要 STS Token，但其 sts_token 为空。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration has no profile named %1.</source>
        <extracomment>%1 is the profile name, in quotes.</extracomment>
        <translation>aliyun CLI 配置中没有名为 %1 的配置。</translation>
    </message>
</context>
<context>
    <name>hbr::ApiCall</name>
    <message>
        <source>the answer is larger than %1 MiB, far more than a page</source>
        <translation>响应大于 %1 MiB，远超一页的数据量</translation>
    </message>
    <message numerus="yes">
        <source>the connection ended after %n bytes of the body (%1)</source>
        <extracomment>Follows &quot;Malformed response (HTTP 200):&quot;. %n is how many bytes of the answer had arrived; %1 is the network library&apos;s description of the error.</extracomment>
        <translation>
            <numerusform>收到 %n 字节响应正文后连接中断（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hbr::ApiError</name>
    <message>
        <source>Network error: %1</source>
        <extracomment>%1 is the network library&apos;s description of the error.</extracomment>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>Timed out: %1</source>
        <extracomment>%1 says what timed out, such as &quot;no complete answer within 30 s&quot;.</extracomment>
        <translation>超时：%1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <extracomment>A request to the Cloud Backup API was stopped (by the user, or because the fetch was stopped).</extracomment>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Malformed response (HTTP %1): %2</source>
        <extracomment>The service&apos;s answer could not be read. %1 is the HTTP status code; %2 says what is wrong with the answer.</extracomment>
        <translation>响应格式错误（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>Malformed response: %1</source>
        <extracomment>The service&apos;s answer could not be read. %1 says what is wrong with the answer.</extracomment>
        <translation>响应格式错误：%1</translation>
    </message>
    <message>
        <source>HTTP %1 without an error body</source>
        <extracomment>%1 is the HTTP status code, such as 502.</extracomment>
        <translation>HTTP %1，响应中没有错误正文</translation>
    </message>
    <message>
        <source>HTTP %1 without an error body: %2</source>
        <extracomment>%1 is the HTTP status code, such as 502; %2 is the start of the body that came instead (often an HTML page).</extracomment>
        <translation>HTTP %1，响应中没有错误正文：%2</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>error code missing</comment>
        <extracomment>Stands for the error code when the service&apos;s error answer has none.</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <extracomment>%1 is the HTTP status code of the error answer, such as 400.</extracomment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <extracomment>%1 is the request&apos;s ID as the service gave it; RequestId is the API&apos;s name for it and is quoted in support requests, so it is usually kept as it is.</extracomment>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <source>Check the network and the endpoint.</source>
        <translation>请检查网络和接入点。</translation>
    </message>
    <message>
        <source>Check the AccessKey secret.</source>
        <translation>请检查 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Check the AccessKey ID, and that the key is enabled.</source>
        <translation>请检查 AccessKey ID，并确认该 AccessKey 已启用。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: it must be within 15 minutes of the real time.</source>
        <translation>请检查本机时钟：与实际时间的偏差不得超过 15 分钟。</translation>
    </message>
    <message>
        <source>The STS token is invalid or expired: get a new one.</source>
        <translation>STS Token 无效或已过期：请重新获取。</translation>
    </message>
    <message>
        <source>Lower --max-qps or --concurrency.</source>
        <extracomment>--max-qps and --concurrency are command-line options: keep them as they are.</extracomment>
        <translation>请调低 --max-qps 或 --concurrency。</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <extracomment>Follows &quot;Timed out:&quot;. %1 is a number of seconds, such as 30 or 2.5.</extracomment>
        <translation>%1 秒内未收到完整响应</translation>
    </message>
    <message>
        <source>Untrusted endpoint, connection refused: %1</source>
        <extracomment>%1 is the TLS library&apos;s description of the certificate problem.</extracomment>
        <translation>接入点证书不受信任，已拒绝连接：%1</translation>
    </message>
    <message>
        <source>If the endpoint uses a private CA (or a TLS-inspecting proxy), give its certificate with --ca-file.</source>
        <translation>如果接入点使用私有 CA（或进行 TLS 检查的代理），请用 --ca-file 指定其证书。</translation>
    </message>
</context>
<context>
    <name>hbr::CredentialStore</name>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <extracomment>%1 is one of our sentences about the keychain; %2 is the keychain&apos;s own message, in its own words (ending with a period).</extracomment>
        <translation>%1（系统密钥库返回：%2）</translation>
    </message>
    <message>
        <source>The keychain has no secret for this profile, or the keychain is locked: unlock the keychain (for example by logging in to the desktop) and try again, or set the profile&apos;s secret again.</source>
        <translation>系统密钥库中没有该配置的凭据，或系统密钥库已锁定：请解锁系统密钥库（例如登录桌面）后重试，或重新设置该配置的凭据。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access: unlock it (for example by logging in to the desktop) and try again.</source>
        <translation>系统密钥库已锁定或拒绝访问：请将其解锁（例如登录桌面）后重试。</translation>
    </message>
    <message>
        <source>The keychain refused access: it is locked, or access was denied. Unlock it (for example by logging in to the desktop), allow access and try again.</source>
        <translation>系统密钥库拒绝访问：密钥库已锁定，或访问被拒绝。请将其解锁（例如登录桌面）并允许访问，然后重试。</translation>
    </message>
    <message>
        <source>No keychain service is running: start GNOME Keyring or KWallet (a Secret Service provider) and try again.</source>
        <translation>没有正在运行的系统密钥库服务：请启动 GNOME Keyring 或 KWallet（Secret Service 提供程序）后重试。</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be waiting for an unlock prompt that is not visible, or the keychain service is stuck. Unlock the keychain and try again.</source>
        <extracomment>%1 is a number of seconds, such as 30 or 2.5.</extracomment>
        <translation>系统密钥库在 %1 秒内未响应：可能正在等待一个不可见的解锁提示，或系统密钥库服务卡住。请解锁系统密钥库后重试。</translation>
    </message>
    <message>
        <source>The keychain did not answer: it may be waiting for an unlock prompt that is not visible, or the keychain service is stuck. Unlock the keychain and try again.</source>
        <translation>系统密钥库未响应：可能正在等待一个不可见的解锁提示，或系统密钥库服务卡住。请解锁系统密钥库后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>系统密钥库报告了错误。</translation>
    </message>
    <message>
        <source>libsecret may be missing; install libsecret-1-0</source>
        <extracomment>Shown after &quot;The keychain said:&quot;; libsecret-1-0 is the name of a Linux package.</extracomment>
        <translation>可能缺少 libsecret；请安装 libsecret-1-0</translation>
    </message>
</context>
<context>
    <name>hbr::Endpoint</name>
    <message>
        <source>The endpoint is empty.</source>
        <translation>接入点为空。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <extracomment>%1 is the endpoint as it was given (without any password).</extracomment>
        <translation>接入点“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must start with https:// (the scheme &quot;%2&quot; is not supported).</source>
        <extracomment>%1 is the endpoint as it was given; %2 is its scheme, such as ftp.</extracomment>
        <translation>接入点“%1”必须以 https:// 开头（不支持协议“%2”）。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL: it has no host.</source>
        <extracomment>%1 is the endpoint as it was given.</extracomment>
        <translation>接入点“%1”不是有效的 URL：缺少主机。</translation>
    </message>
    <message>
        <source>Refusing the plain-HTTP endpoint &quot;%1&quot;: requests carry signed credentials, so http:// is accepted only for a loopback host (localhost, 127.0.0.1, ::1). Use https://.</source>
        <extracomment>%1 is the endpoint as it was given.</extracomment>
        <translation>拒绝使用明文 HTTP 接入点“%1”：请求中带有签名凭据，因此仅允许回环主机（localhost、127.0.0.1、::1）使用 http://。请使用 https://。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must not contain a user name or password.</source>
        <extracomment>%1 is the endpoint as it was given, with the user name and password left out.</extracomment>
        <translation>接入点“%1”不得包含用户名或密码。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must be a scheme, a host and an optional port, without a path or query.</source>
        <extracomment>%1 is the endpoint as it was given.</extracomment>
        <translation>接入点“%1”只能由协议、主机和可选端口组成，不得包含路径或查询参数。</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>hbr::FleetFetcher</name>
    <message>
        <source>TotalCount changed while paging (%1)</source>
        <extracomment>TotalCount is the name of the API&apos;s field: keep it as it is. %1 is the list of the different values seen, separated by &quot;, &quot;.</extracomment>
        <translation>分页读取期间 TotalCount 发生变化（%1）</translation>
    </message>
    <message numerus="yes">
        <source>TotalCount is %1 but %n distinct clients arrived</source>
        <extracomment>TotalCount is the name of the API&apos;s field: keep it as it is. %1 is the count the API gave; %n is how many different clients actually arrived.</extracomment>
        <translation>
            <numerusform>TotalCount 为 %1，但实际收到 %n 个不同的客户端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) came back short</source>
        <extracomment>%n is the number of pages of results that held fewer clients than they should have.</extracomment>
        <translation>
            <numerusform>%n 页返回的客户端数量不足</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the fleet changed while it was read. Refresh to read it again.</source>
        <extracomment>%1 is one or more reasons, such as &quot;TotalCount changed while paging (1200, 1201)&quot; or &quot;2 page(s) came back short&quot;, separated by &quot;; &quot;.</extracomment>
        <translation>%1：读取期间客户端群发生了变化。请刷新以重新读取。</translation>
    </message>
</context>
<context>
    <name>hbr::FleetSignals</name>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>卡住</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>心跳超时</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>版本过旧</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>未保护</translation>
    </message>
    <message>
        <source>Bad proxy</source>
        <translation>代理配置错误</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>明文传输</translation>
    </message>
    <message>
        <source>Limit ignored</source>
        <translation>内存限制无效</translation>
    </message>
    <message>
        <source>The client has not reached HBR recently; check that the instance is running, that the backup agent service is started and that the host can reach the HBR endpoint.</source>
        <translation>客户端近期未连接到 HBR；请检查实例是否正在运行、备份客户端服务是否已启动，以及主机能否访问 HBR 接入点。</translation>
    </message>
    <message>
        <source>Installing, upgrading or uninstalling the client failed; read the error in the HBR console and retry the operation from there.</source>
        <translation>客户端安装、升级或卸载失败；请在 HBR 控制台中查看错误信息，并在控制台中重试该操作。</translation>
    </message>
    <message>
        <source>The client is stopped or deactivated and runs no backups; start or activate it again in the HBR console if it should protect this host.</source>
        <translation>客户端已停止或已停用，不会执行任何备份；如需保护此主机，请在 HBR 控制台中重新启动或激活客户端。</translation>
    </message>
    <message>
        <source>An install, upgrade or uninstall has been running for too long; check the host and the HBR console, then retry the operation.</source>
        <translation>安装、升级或卸载操作已持续过久；请检查主机和 HBR 控制台，然后重试该操作。</translation>
    </message>
    <message>
        <source>The last heartbeat is older than the threshold; check that the agent is running and can reach the HBR endpoint.</source>
        <translation>最近心跳早于设定的阈值；请检查客户端是否正在运行，以及能否访问 HBR 接入点。</translation>
    </message>
    <message>
        <source>A newer client version is available; upgrade the client from the HBR console.</source>
        <translation>客户端有新版本可用；请在 HBR 控制台中升级客户端。</translation>
    </message>
    <message>
        <source>No backup plan protects this host; create a backup plan for it in the HBR console.</source>
        <translation>此主机未受任何备份计划保护；请在 HBR 控制台中为其创建备份计划。</translation>
    </message>
    <message>
        <source>The client is set to use a custom proxy without a host or port, so its data cannot get through; set the proxy host and port, or stop using a custom proxy.</source>
        <translation>客户端配置了自定义代理，但未设置主机或端口，因此数据无法传输；请设置代理主机和端口，或停用自定义代理。</translation>
    </message>
    <message>
        <source>Backup data travels over the public internet without HTTPS; turn on HTTPS in the client&apos;s settings.</source>
        <translation>备份数据经公网传输且未启用 HTTPS；请在客户端设置中开启 HTTPS。</translation>
    </message>
    <message>
        <source>A memory limit is set, but clients older than 2.13.0 ignore it; upgrade the client for the limit to take effect.</source>
        <translation>已设置内存限制，但 2.13.0 之前版本的客户端会忽略该限制；请升级客户端以使限制生效。</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>The client is registered with HBR but not activated yet; wait for the activation to finish or activate it in the HBR console.</source>
        <translation>客户端已在 HBR 注册，但尚未激活；请等待激活完成，或在 HBR 控制台中激活客户端。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>The client is activated and connected to HBR; nothing needs to be done.</source>
        <translation>客户端已激活并已连接到 HBR，无需任何操作。</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The client has been deactivated and runs no backups; activate it again in the HBR console if this host should be protected.</source>
        <translation>客户端已停用，不会执行任何备份；如需保护此主机，请在 HBR 控制台中重新激活客户端。</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>安装中</translation>
    </message>
    <message>
        <source>The client is being installed; wait a few minutes, and if it takes much longer check the Cloud Assistant on the instance.</source>
        <translation>客户端正在安装；请等待几分钟，如果耗时明显过长，请检查实例上的云助手。</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <source>The installation failed; read the error in the HBR console, fix the cause (often the network or the Cloud Assistant) and install again.</source>
        <translation>安装失败；请在 HBR 控制台中查看错误信息，排除原因（通常是网络或云助手问题）后重新安装。</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>No client is installed on this host; install one from the HBR console to back it up.</source>
        <translation>此主机未安装客户端；如需备份此主机，请在 HBR 控制台中安装客户端。</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>The client is being upgraded; wait a few minutes, and if it takes much longer check the host and the HBR console.</source>
        <translation>客户端正在升级；请等待几分钟，如果耗时明显过长，请检查主机和 HBR 控制台。</translation>
    </message>
    <message>
        <source>Upgrade failed</source>
        <translation>升级失败</translation>
    </message>
    <message>
        <source>The upgrade failed; read the error in the HBR console and retry the upgrade from there.</source>
        <translation>升级失败；请在 HBR 控制台中查看错误信息，并在控制台中重新升级。</translation>
    </message>
    <message>
        <source>Uninstalling</source>
        <translation>卸载中</translation>
    </message>
    <message>
        <source>The client is being uninstalled; wait a few minutes, and if it takes much longer check the host and the HBR console.</source>
        <translation>客户端正在卸载；请等待几分钟，如果耗时明显过长，请检查主机和 HBR 控制台。</translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation>卸载失败</translation>
    </message>
    <message>
        <source>The uninstallation failed; read the error in the HBR console and retry, or remove the client on the host by hand.</source>
        <translation>卸载失败；请在 HBR 控制台中查看错误信息并重试，或在主机上手动删除客户端。</translation>
    </message>
    <message>
        <source>The client service is stopped and runs no backups; start the backup agent service on the host.</source>
        <translation>客户端服务已停止，不会执行任何备份；请在主机上启动备份客户端服务。</translation>
    </message>
    <message>
        <source>HBR reported no status for this client; refresh, and if it stays empty check the client in the HBR console.</source>
        <translation>HBR 未返回此客户端的状态；请刷新，如果仍为空，请在 HBR 控制台中检查该客户端。</translation>
    </message>
    <message>
        <source>HBR reported the status &quot;%1&quot;, which this version does not know; check the client in the HBR console.</source>
        <translation>HBR 返回了状态“%1”，当前版本无法识别该状态；请在 HBR 控制台中检查该客户端。</translation>
    </message>
</context>
<context>
    <name>hbr::Profile</name>
    <message>
        <source>The profile&apos;s endpoint setting is not recognised.</source>
        <translation>无法识别该配置的接入点设置。</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>配置名称为空。</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is longer than %n characters.</source>
        <translation>
            <numerusform>配置名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name contains a space or control character; use only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;@&apos;.</source>
        <translation>配置名称包含空格或控制字符；仅可使用字母、数字及 &apos;-&apos;、&apos;_&apos;、&apos;.&apos; 和 &apos;@&apos;。</translation>
    </message>
    <message>
        <source>The profile name contains &quot;%1&quot;; use only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;@&apos;.</source>
        <extracomment>%1 is the one character that is not allowed.</extracomment>
        <translation>配置名称包含“%1”；仅可使用字母、数字及 &apos;-&apos;、&apos;_&apos;、&apos;.&apos; 和 &apos;@&apos;。</translation>
    </message>
    <message>
        <source>The AccessKey ID is empty.</source>
        <translation>AccessKey ID 为空。</translation>
    </message>
    <message>
        <source>The AccessKey ID contains a space or control character; paste it again without surrounding text.</source>
        <translation>AccessKey ID 包含空格或控制字符；请重新粘贴，不要带有前后的其他文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID (expected lower-case letters, digits and dashes, such as cn-hangzhou).</source>
        <extracomment>%1 is what was given as a region ID; cn-hangzhou is a real region ID, not to be translated.</extracomment>
        <translation>“%1”不是有效的地域 ID（应由小写字母、数字和短横线组成，例如 cn-hangzhou）。</translation>
    </message>
    <message>
        <source>A region is listed twice.</source>
        <translation>地域列表中存在重复项。</translation>
    </message>
    <message>
        <source>The cross-account type must be SELF_ACCOUNT or CROSS_ACCOUNT, not &quot;%1&quot;.</source>
        <extracomment>SELF_ACCOUNT and CROSS_ACCOUNT are the API&apos;s values: keep them as they are. %1 is what was given.</extracomment>
        <translation>跨账号类型必须为 SELF_ACCOUNT 或 CROSS_ACCOUNT，而不是“%1”。</translation>
    </message>
    <message>
        <source>The cross-account user ID must be the account&apos;s numeric ID.</source>
        <translation>跨账号用户 ID 必须是该账号的数字 ID。</translation>
    </message>
    <message>
        <source>A CROSS_ACCOUNT profile needs the account&apos;s user ID and the role name.</source>
        <translation>CROSS_ACCOUNT 配置需要填写该账号的用户 ID 和角色名称。</translation>
    </message>
</context>
<context>
    <name>hbr::ProfileService</name>
    <message>
        <source>AccessKey secret</source>
        <extracomment>A secret kept in the keychain; it is put for %1 in sentences such as &quot;Could not read the %1 of profile %2.&quot;. AccessKey is Alibaba Cloud&apos;s name for a key pair.</extracomment>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>STS security token</source>
        <extracomment>A secret kept in the keychain; it is put for %1 in sentences such as &quot;Could not read the %1 of profile %2.&quot;. STS is Alibaba Cloud&apos;s Security Token Service.</extracomment>
        <translation>STS Token</translation>
    </message>
    <message>
        <source>The AccessKey secret is empty.</source>
        <translation>AccessKey Secret 为空。</translation>
    </message>
    <message>
        <source>The AccessKey secret contains a line break; paste it again without the line break.</source>
        <translation>AccessKey Secret 包含换行符；请重新粘贴，不要带有换行符。</translation>
    </message>
    <message>
        <source>An STS profile needs its security token; the token is empty.</source>
        <translation>STS 配置需要 STS Token，但 Token 为空。</translation>
    </message>
    <message>
        <source>A security token is only used by an STS profile; choose the StsToken kind or leave the token out.</source>
        <extracomment>StsToken is the name of a profile kind (as typed on the command line): keep it as it is.</extracomment>
        <translation>只有 STS 配置才使用 STS Token；请选择 StsToken 类型，或不要提供 Token。</translation>
    </message>
    <message>
        <source>The profile could not be written to %1; check that the file and its folder are writable. Nothing was saved.</source>
        <extracomment>%1 is the path of the settings file.</extracomment>
        <translation>无法将配置写入 %1；请检查该文件及其所在文件夹是否可写。未保存任何内容。</translation>
    </message>
    <message>
        <source>The %1 of profile %2 in the keychain is empty: set it again.</source>
        <extracomment>%1 is &quot;AccessKey secret&quot; or &quot;STS security token&quot;; %2 is the profile name, in quotes.</extracomment>
        <translation>系统密钥库中配置 %2 的 %1 为空：请重新设置。</translation>
    </message>
    <message>
        <source>Could not read the %1 of profile %2.</source>
        <extracomment>%1 is &quot;AccessKey secret&quot; or &quot;STS security token&quot;; %2 is the profile name, in quotes. A sentence saying what the keychain reported follows.</extracomment>
        <translation>无法读取配置 %2 的 %1。</translation>
    </message>
    <message>
        <source>The %1 already written for profile %2 could not be taken back: %3</source>
        <extracomment>%1 is &quot;AccessKey secret&quot; or &quot;STS security token&quot;; %2 is the profile name, in quotes; %3 is what the keychain reported (one or more sentences).</extracomment>
        <translation>已为配置 %2 写入的 %1 无法撤回：%3</translation>
    </message>
    <message>
        <source>Could not store the %1 in the keychain.</source>
        <extracomment>%1 is &quot;AccessKey secret&quot; or &quot;STS security token&quot;. A sentence saying what the keychain reported follows.</extracomment>
        <translation>无法将 %1 保存到系统密钥库。</translation>
    </message>
    <message>
        <source>Could not read the current %1 from the keychain.</source>
        <extracomment>%1 is &quot;AccessKey secret&quot; or &quot;STS security token&quot;. A sentence saying what the keychain reported follows.</extracomment>
        <translation>无法从系统密钥库读取当前的 %1。</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be deleted from the keychain, so the profile was kept.</source>
        <extracomment>%1 is &quot;AccessKey secret&quot; or &quot;STS security token&quot;; %2 is the profile name, in quotes. A sentence saying what the keychain reported follows.</extracomment>
        <translation>无法从系统密钥库删除配置 %2 的 %1，因此保留了该配置。</translation>
    </message>
    <message>
        <source>The keychain did not delete the %1 of profile %2: it is probably locked. Unlock it and remove the profile again.</source>
        <extracomment>%1 is &quot;AccessKey secret&quot; or &quot;STS security token&quot;; %2 is the profile name, in quotes.</extracomment>
        <translation>系统密钥库未删除配置 %2 的 %1：系统密钥库可能已锁定。请将其解锁后再次删除该配置。</translation>
    </message>
    <message>
        <source>Could not check that the keychain deleted the %1 of profile %2, so the profile was kept.</source>
        <extracomment>%1 is &quot;AccessKey secret&quot; or &quot;STS security token&quot;; %2 is the profile name, in quotes. A sentence saying what the keychain reported follows.</extracomment>
        <translation>无法确认系统密钥库已删除配置 %2 的 %1，因此保留了该配置。</translation>
    </message>
    <message>
        <source>No profile named %1. There are no saved profiles yet.</source>
        <extracomment>%1 is the profile name that was asked for, in quotes.</extracomment>
        <translation>不存在名为 %1 的配置。当前还没有已保存的配置。</translation>
    </message>
    <message>
        <source>No profile named %1. Saved profiles: %2.</source>
        <extracomment>%1 is the profile name that was asked for, in quotes; %2 is the list of saved profile names, separated by &quot;, &quot;.</extracomment>
        <translation>不存在名为 %1 的配置。已保存的配置：%2。</translation>
    </message>
    <message>
        <source>A profile named %1 already exists; choose another name, or edit or remove that profile.</source>
        <extracomment>%1 is the profile name, in quotes.</extracomment>
        <translation>已存在名为 %1 的配置；请使用其他名称，或编辑或删除该配置。</translation>
    </message>
    <message>
        <source>An STS profile needs its security token: give the token along with the change of kind.</source>
        <translation>STS 配置需要 STS Token：更改类型时请同时提供 Token。</translation>
    </message>
    <message>
        <source>The keychain entries of profile %1 were deleted, but the profile could not be removed from %2; check that the file is writable and remove the profile again.</source>
        <extracomment>%1 is the profile name, in quotes; %2 is the path of the settings file.</extracomment>
        <translation>配置 %1 的系统密钥库条目已删除，但无法从 %2 中移除该配置；请检查该文件是否可写，然后再次删除该配置。</translation>
    </message>
</context>
<context>
    <name>hbr::Query</name>
    <message>
        <source>The quote at &quot;%1&quot; is not closed.</source>
        <translation>“%1”处的引号未闭合。</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; is missing a value.</source>
        <translation>条件“%1”缺少值。</translation>
    </message>
    <message>
        <source>A &quot;-&quot; must be followed by the term it negates.</source>
        <translation>“-”后面必须紧跟要排除的条件。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are %2.</source>
        <translation>未知字段“%1”；可用字段为 %2。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知字段“%1”；您是否要输入“%2”？</translation>
    </message>
    <message>
        <source>The heartbeat age is compared with &lt;, &lt;=, &gt; or &gt;=, as in hb&gt;6h, not with &quot;%1&quot;.</source>
        <translation>心跳时长只能使用 &lt;、&lt;=、&gt; 或 &gt;= 比较（如 hb&gt;6h），不能使用“%1”。</translation>
    </message>
    <message>
        <source>Unknown signal &quot;%1&quot;; the signals are %2.</source>
        <translation>未知信号“%1”；可用信号为 %2。</translation>
    </message>
    <message>
        <source>Unknown signal &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知信号“%1”；您是否要输入“%2”？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of https; write true or false.</source>
        <translation>“%1”不是 https 的有效值；请填写 true 或 false。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is missing its key before the &quot;=&quot;.</source>
        <translation>标签“%1”在“=”前缺少键。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version; write a version such as 2.13.0, a pattern such as 2.13.*, or outdated.</source>
        <translation>“%1”不是有效的版本；请填写版本号（如 2.13.0）、通配模式（如 2.13.*）或 outdated。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be compared with &quot;%2&quot;; write %1:VALUE.</source>
        <translation>字段“%1”不能使用“%2”比较；请写成 %1:VALUE。</translation>
    </message>
    <message>
        <source>The comparison &quot;%1&quot; is missing a value.</source>
        <translation>比较条件“%1”缺少值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version; write a version such as 2.13.0.</source>
        <translation>“%1”不是有效的版本；请填写版本号，如 2.13.0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a heartbeat age; write a number with a unit s, m, h or d, such as 6h.</source>
        <translation>“%1”不是有效的心跳时长；请填写数字加单位 s、m、h 或 d，如 6h。</translation>
    </message>
</context>
<context>
    <name>hbr::ResponseDecoder</name>
    <message>
        <source>The service reported a failure without a code or message.</source>
        <translation>服务返回了失败，但未提供错误码或错误信息。</translation>
    </message>
    <message>
        <source>empty body</source>
        <extracomment>Follows &quot;Malformed response:&quot;: the answer had no body.</extracomment>
        <translation>响应正文为空</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3</source>
        <extracomment>Follows &quot;Malformed response:&quot;. %1 is the JSON parser&apos;s description of the error; %2 is the byte offset where it was found, %3 the size of the answer in bytes.</extracomment>
        <translation>%1（第 %2 字节，共 %3 字节）</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <extracomment>Follows &quot;Malformed response:&quot;.</extracomment>
        <translation>响应正文不是 JSON 对象</translation>
    </message>
    <message>
        <source>the answer has neither Clients nor TotalCount</source>
        <translation>响应中既没有 Clients 也没有 TotalCount</translation>
    </message>
    <message>
        <source>&quot;Clients&quot; is neither a list nor {&quot;Client&quot;: [...]}</source>
        <extracomment>Follows &quot;Malformed response:&quot;. &quot;Clients&quot; and &quot;Client&quot; are names in the API&apos;s answer: keep them (and the JSON) as they are.</extracomment>
        <translation>&quot;Clients&quot; 既不是列表，也不是 {&quot;Client&quot;: [...]}</translation>
    </message>
    <message>
        <source>element %1 of &quot;Clients&quot; is not an object</source>
        <extracomment>Follows &quot;Malformed response:&quot;. %1 is the position in the list, counted from 0; &quot;Clients&quot; is a name in the API&apos;s answer: keep it as it is.</extracomment>
        <translation>&quot;Clients&quot; 中索引为 %1 的元素不是对象</translation>
    </message>
</context>
<context>
    <name>hbr::models::ClientTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>client type column</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <source>Backup</source>
        <comment>backup status column</comment>
        <translation>备份</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私网 IP</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no heartbeat received</comment>
        <translation>从未</translation>
    </message>
    <message>
        <source>Outdated: %1 is installed, %2 is available</source>
        <translation>版本过旧：已安装 %1，可用 %2</translation>
    </message>
    <message>
        <source>Up to date (latest %1)</source>
        <translation>已是最新版本（最新版本 %1）</translation>
    </message>
    <message>
        <source>No heartbeat has been received from this client</source>
        <translation>尚未收到此客户端的心跳</translation>
    </message>
    <message numerus="yes">
        <source>%1, stale: no heartbeat for longer than %n min</source>
        <translation>
            <numerusform>%1，心跳超时：超过 %n 分钟未收到心跳</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, outdated</source>
        <translation>%1，版本过旧</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1，心跳超时</translation>
    </message>
    <message>
        <source>%1 — filter with %2:</source>
        <translation>%1 — 使用 %2: 筛选</translation>
    </message>
    <message>
        <source>in the future</source>
        <comment>heartbeat time ahead of the clock</comment>
        <translation>未来时间</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>last heartbeat</comment>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>last heartbeat</comment>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>last heartbeat</comment>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <comment>last heartbeat</comment>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>client type</comment>
        <extracomment>ECS (Elastic Compute Service) is Alibaba Cloud&apos;s product name.</extracomment>
        <translation>ECS</translation>
    </message>
    <message>
        <source>Container</source>
        <comment>client type</comment>
        <translation>容器</translation>
    </message>
    <message>
        <source>Local</source>
        <comment>client type</comment>
        <extracomment>A client on an on-premises (not Alibaba Cloud) host.</extracomment>
        <translation>本地</translation>
    </message>
    <message>
        <source>Protected</source>
        <comment>backup status</comment>
        <translation>已保护</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <comment>backup status</comment>
        <translation>未保护</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>creation time column</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>last update time column</comment>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>hbr::models::FleetLoader</name>
    <message>
        <source>Choose at least one client type to load.</source>
        <translation>请至少选择一种要加载的客户端类型。</translation>
    </message>
    <message>
        <source>The demo fleet could not start: %1</source>
        <translation>无法启动演示客户端群：%1</translation>
    </message>
    <message>
        <source>No saved profiles are available.</source>
        <translation>没有可用的已保存配置。</translation>
    </message>
    <message>
        <source>Could not read the secret of profile &quot;%1&quot; from the keychain. %2</source>
        <translation>无法从系统密钥库读取配置“%1”的 AccessKey Secret。%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>配置“%1”：%2</translation>
    </message>
</context>
<context>
    <name>hbr::ui::DetailPane</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>客户端详情</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>客户端类型</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私网 IP</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>备份一体机</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装版本</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>备份状态</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Alert on partial completion</source>
        <translation>部分完成时告警</translation>
    </message>
    <message>
        <source>Data plane</source>
        <translation>数据面</translation>
    </message>
    <message>
        <source>Network type</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Proxy mode</source>
        <translation>代理模式</translation>
    </message>
    <message>
        <source>Proxy configuration</source>
        <translation>代理配置</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Select a client to see its settings, tags and proxy.</source>
        <translation>选择一个客户端，查看其设置、标签和代理。</translation>
    </message>
    <message>
        <source>(demo or environment)</source>
        <translation>（演示或环境变量）</translation>
    </message>
    <message>
        <source>unknown (the service did not say both versions)</source>
        <translation>未知（服务未同时返回两个版本）</translation>
    </message>
    <message>
        <source>due: %1 → %2. Upgrade the client from the Cloud Backup console.</source>
        <translation>需要升级：%1 → %2。请在云备份控制台升级客户端。</translation>
    </message>
    <message>
        <source>not needed: the latest version is installed</source>
        <translation>无需升级：已安装最新版本</translation>
    </message>
    <message>
        <source>never reported</source>
        <translation>从未上报</translation>
    </message>
    <message>
        <source>none: nothing needs attention</source>
        <translation>无：没有需要关注的问题</translation>
    </message>
    <message>
        <source> — backup data crosses the public network unencrypted</source>
        <translation> — 备份数据经公网明文传输</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 (set, hidden)</source>
        <translation>%1（已设置，已隐藏）</translation>
    </message>
</context>
<context>
    <name>hbr::ui::FilterBar</name>
    <message>
        <source>Filter: a word, status:unknown, version&lt;2.13, hb&gt;6h, tag:env=prod, is:stale (Ctrl+F)</source>
        <translation>筛选：关键词、status:unknown、version&lt;2.13、hb&gt;6h、tag:env=prod、is:stale（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Query: terms combine with AND, a leading minus negates a term</source>
        <translation>查询：多个条件以 AND 组合，条件前加减号表示取反</translation>
    </message>
    <message>
        <source>Not a valid filter (at column %1): %2. No rows are shown until it is fixed.</source>
        <translation>筛选条件无效（第 %1 个字符处）：%2。修正之前不显示任何行。</translation>
    </message>
</context>
<context>
    <name>hbr::ui::Gui</name>
    <message>
        <source>HBR Client Browser</source>
        <translation>HBR Client Browser</translation>
    </message>
    <message>
        <source>Browse the backup clients of Alibaba Cloud Cloud Backup.</source>
        <translation>浏览阿里云云备份（HBR）的备份客户端。</translation>
    </message>
    <message>
        <source>Open the built-in demo fleet.</source>
        <translation>打开内置的演示客户端群。</translation>
    </message>
    <message>
        <source>Size of the demo fleet (default 5000).</source>
        <translation>演示客户端群的规模（默认 5000）。</translation>
    </message>
    <message>
        <source>Open with this filter (the query language of the filter box).</source>
        <translation>启动时应用此筛选条件（使用筛选框的查询语言）。</translation>
    </message>
    <message>
        <source>Language of the window: en, zh_CN, or system (default: the saved choice, else the system&apos;s).</source>
        <translation>界面语言：en、zh_CN 或 system（默认：已保存的选择，若无则跟随系统）。</translation>
    </message>
    <message>
        <source>--demo-clients takes a number from 1 to 1000000.</source>
        <translation>--demo-clients 的取值须为 1 到 1000000 之间的数字。</translation>
    </message>
</context>
<context>
    <name>hbr::ui::InlineMessage</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>hbr::ui::MainWindow</name>
    <message>
        <source>ECS</source>
        <translation>ECS</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the fleet again (F5); rows are updated in place</source>
        <translation>重新获取客户端群（F5）；已有的行原位更新</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop every request in flight (Shift+F5); what arrived stays</source>
        <translation>停止所有进行中的请求（Shift+F5）；已获取的数据会保留</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation>导出可见行(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置列表(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit, remove, import and test saved profiles</source>
        <translation>添加、编辑、删除、导入和测试已保存的配置</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Include %1 clients</source>
        <translation>包含 %1 类型的客户端</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>客户端群(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>清除筛选条件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Query Language</source>
        <translation>查询语言(&amp;Q)</translation>
    </message>
    <message>
        <source>Query language</source>
        <translation>查询语言</translation>
    </message>
    <message>
        <source>word — any column contains it
field:value — status, type, backup, os, arch, zone, region, profile, id, instance, host, name, ip, net, proxy, proxyhost, https (* and ? wildcards, v1,v2 for either)
-term — not
version&lt;2.13, version:outdated
hb&gt;6h — heartbeat older than (s m h d)
tag:env=prod, tag:env
is:disconnected, failed, stopped, stuck, stale, outdated, unprotected, badproxy, plaintext, ignored</source>
        <translation>word — 任一列包含该词
field:value — 按字段匹配，字段为 status, type, backup, os, arch, zone, region, profile, id, instance, host, name, ip, net, proxy, proxyhost, https（支持 * 和 ? 通配符，v1,v2 表示匹配其中任一值）
-term — 排除（取反）
version&lt;2.13, version:outdated
hb&gt;6h — 最近心跳距今超过指定时长（单位：s m h d）
tag:env=prod, tag:env
is:disconnected, failed, stopped, stuck, stale, outdated, unprotected, badproxy, plaintext, ignored</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About HBR Client Browser</source>
        <translation>关于 HBR Client Browser</translation>
    </message>
    <message>
        <source>HBR Client Browser %1
The backup clients of Alibaba Cloud Cloud Backup, across regions and accounts.</source>
        <translation>HBR Client Browser %1
跨地域、跨账号查看阿里云云备份（HBR）的备份客户端。</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>客户端群</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>配置(&amp;F)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Types:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation>添加配置(&amp;A)…</translation>
    </message>
    <message>
        <source>Backup clients</source>
        <translation>备份客户端</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>演示客户端群</translation>
    </message>
    <message>
        <source>All of the profile&apos;s regions</source>
        <translation>该配置的全部地域</translation>
    </message>
    <message>
        <source>More regions</source>
        <translation>更多地域</translation>
    </message>
    <message>
        <source>Regions: all (%1)</source>
        <translation>地域：全部（%1）</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>地域：%1</translation>
    </message>
    <message>
        <source>Regions: %1 chosen</source>
        <translation>地域：已选 %1 个</translation>
    </message>
    <message>
        <source>You are looking at the built-in demo fleet: made-up clients served by a loopback server on this computer. Add a profile to see your own fleet.</source>
        <translation>当前显示的是内置的演示客户端群：由本机回环服务器提供的虚构客户端。添加配置即可查看您自己的客户端群。</translation>
    </message>
    <message>
        <source>You are looking at the built-in demo fleet: made-up clients served by a loopback server on this computer. Choose a profile to see your own fleet.</source>
        <translation>当前显示的是内置的演示客户端群：由本机回环服务器提供的虚构客户端。选择配置即可查看您自己的客户端群。</translation>
    </message>
    <message>
        <source>demo fleet</source>
        <translation>演示客户端群</translation>
    </message>
    <message>
        <source>%1 — HBR Client Browser</source>
        <translation>%1 — HBR Client Browser</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed or came back incomplete; the rows of the others are shown.</source>
        <translation>
            <numerusform>%n 个数据源获取失败或返回的数据不完整；已显示其余数据源的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is not valid: no rows shown of %1</source>
        <translation>筛选条件无效：%1 行均未显示</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 个客户端</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 / %2 个客户端</translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation>正在读取凭据…</translation>
    </message>
    <message>
        <source>Loading: %1 of %2 sources done, %3 of %4 pages</source>
        <translation>加载中：已完成 %1/%2 个数据源，%3/%4 页</translation>
    </message>
    <message>
        <source>Data as of %1 (%2)</source>
        <translation>数据截至 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>已复制 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Client &amp;ID</source>
        <translation>复制客户端 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy I&amp;nstance ID</source>
        <translation>复制实例 ID(&amp;N)</translation>
    </message>
    <message>
        <source>Copy Client &amp;JSON</source>
        <translation>复制客户端 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>显示所有列</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Visible Rows</source>
        <translation>导出可见行</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time HBR Client Browser starts.</source>
        <translation>语言将在下次启动 HBR Client Browser 时生效。</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>source state</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>loading</source>
        <comment>source state</comment>
        <translation>加载中</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>source state</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>source state</comment>
        <translation>不完整</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>source state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>source state</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1: %2/%3 pages, %4 clients, %5</source>
        <extracomment>%1 is a source (profile, region, client type), %2/%3 pages, %4 clients, %5 its state</extracomment>
        <translation>%1：%2/%3 页，%4 个客户端，%5</translation>
    </message>
</context>
<context>
    <name>hbr::ui::ProfileEditor</name>
    <message>
        <source>Add Profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation>添加配置(&amp;A)</translation>
    </message>
    <message>
        <source>Required; kept in the system keychain</source>
        <translation>必填；保存在系统密钥库中</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>留空则保留已存储的 AccessKey Secret</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Same account (SELF_ACCOUNT)</source>
        <translation>同账号（SELF_ACCOUNT）</translation>
    </message>
    <message>
        <source>Another account (CROSS_ACCOUNT)</source>
        <translation>其他账号（CROSS_ACCOUNT）</translation>
    </message>
    <message>
        <source>Edit Profile &quot;%1&quot;</source>
        <translation>编辑配置“%1”</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>留空则保留已存储的 STS Token</translation>
    </message>
    <message>
        <source>Required for STS credentials</source>
        <translation>使用 STS 凭据时必填</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>名为“%1”的配置已存在，请使用其他名称。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Enter the STS token.</source>
        <translation>请输入 STS Token。</translation>
    </message>
</context>
<context>
    <name>hbr::ui::ProfilesDialog</name>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>AccessKey + STS token</source>
        <translation>AccessKey + STS Token</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Public (hbr.&lt;region&gt;.aliyuncs.com)</source>
        <translation>公网（hbr.&lt;region&gt;.aliyuncs.com）</translation>
    </message>
    <message>
        <source>VPC (hbr-vpc.&lt;region&gt;.aliyuncs.com)</source>
        <translation>VPC（hbr-vpc.&lt;region&gt;.aliyuncs.com）</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>自定义：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1（%2）：%3</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Details of &quot;%1&quot;</source>
        <translation>“%1”的详情</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1 (HMAC-SHA1)</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3 (ACS3-HMAC-SHA256)</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>正在检查系统密钥库…</translation>
    </message>
    <message>
        <source>unknown (the keychain did not answer)</source>
        <translation>未知（系统密钥库无响应）</translation>
    </message>
    <message>
        <source>Could not check the keychain for &quot;%1&quot;: %2</source>
        <translation>无法在系统密钥库中检查“%1”：%2</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>not set (edit the profile to enter it)</source>
        <translation>未设置（请编辑配置以输入）</translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation>正在保存到系统密钥库…</translation>
    </message>
    <message>
        <source>Adding profile &quot;%1&quot;…</source>
        <translation>正在添加配置“%1”…</translation>
    </message>
    <message>
        <source>Saving profile &quot;%1&quot;…</source>
        <translation>正在保存配置“%1”…</translation>
    </message>
    <message>
        <source>The profile was not added. %1</source>
        <translation>未添加配置。%1</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>更改未保存。%1</translation>
    </message>
    <message>
        <source>Enter the secret again to retry.</source>
        <translation>请重新输入 AccessKey Secret 后重试。</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation>已添加配置“%1”。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>已保存配置“%1”。</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>删除配置“%1”？</translation>
    </message>
    <message>
        <source>Its AccessKey secret (and STS token, if any) will be deleted from the system keychain. The AccessKey itself stays valid in Alibaba Cloud.</source>
        <translation>其 AccessKey Secret（以及 STS Token，如有）将从系统密钥库中删除。该 AccessKey 本身在阿里云中仍然有效。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Removing profile &quot;%1&quot;…</source>
        <translation>正在删除配置“%1”…</translation>
    </message>
    <message>
        <source>Could not remove the profile &quot;%1&quot;. %2</source>
        <translation>无法删除配置“%1”。%2</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot; and its keychain entries.</source>
        <translation>已删除配置“%1”及其系统密钥库条目。</translation>
    </message>
    <message>
        <source>Import from aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>aliyun CLI configuration (config.json)</source>
        <translation>aliyun CLI 配置文件 (config.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Wait for the current operation to finish, then import.</source>
        <translation>请等待当前操作完成后再导入。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be an aliyun CLI configuration.</source>
        <translation>%1 文件过大，不是有效的 aliyun CLI 配置文件。</translation>
    </message>
    <message>
        <source>Could not import from %1. %2</source>
        <translation>无法从 %1 导入。%2</translation>
    </message>
    <message>
        <source>Nothing to import from %1.</source>
        <translation>%1 中没有可导入的配置。</translation>
    </message>
    <message>
        <source> It has no profiles.</source>
        <translation>该文件中没有任何配置。</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>To import: %1.</source>
        <translation>待导入：%1。</translation>
    </message>
    <message>
        <source>Secrets and STS tokens go to the system keychain.</source>
        <translation>AccessKey Secret 和 STS Token 将保存到系统密钥库。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s) from %1?</source>
        <translation>
            <numerusform>从 %1 导入 %n 个配置？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n profile(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个配置…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1: %2.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个配置：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>Importing &quot;%1&quot; (%2 of %3)…</source>
        <translation>正在导入“%1”（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>Cannot test the profile &quot;%1&quot;. %2</source>
        <translation>无法测试配置“%1”。%2</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot; in %2…</source>
        <translation>正在测试“%1”（地域：%2）…</translation>
    </message>
    <message>
        <source>Could not read the credentials of &quot;%1&quot;. %2</source>
        <translation>无法读取“%1”的凭据。%2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n ECS client(s) in %1 (RequestId %2).</source>
        <translation>
            <numerusform>连接成功：%1 中共有 %n 个 ECS 客户端（RequestId %2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hbr::ui::SummaryBar</name>
    <message>
        <source>Fleet summary</source>
        <translation>客户端群汇总</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>全部：%1</translation>
    </message>
    <message>
        <source>Show every client (clears the filter)</source>
        <translation>显示所有客户端（清除筛选条件）</translation>
    </message>
    <message>
        <source>All clients: %1</source>
        <translation>全部客户端：%1</translation>
    </message>
    <message>
        <source>Click to filter: %1</source>
        <translation>单击以筛选：%1</translation>
    </message>
    <message>
        <source>%1: %2 clients</source>
        <translation>%1：%2 个客户端</translation>
    </message>
    <message>
        <source>Status %1: %2 clients</source>
        <translation>状态 %1：%2 个客户端</translation>
    </message>
</context>
</TS>
