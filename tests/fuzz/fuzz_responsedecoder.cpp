// libFuzzer target: a DescribeBackupClients response body, as any server (or anything between us and it)
// may send it. The body is decoded as the answer to HTTP 200 and to one error status, then every decoded
// client goes through the lossless export: toJson() must give back exactly the object that came in (the
// documented contract of BackupClient), with and without a StringPool, and the command line's writers must
// take it in every format.
#include "api/responsedecoder.h"
#include "fleet/clientwriter.h"
#include "fleet/stringpool.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using hbr::BackupClient;
using hbr::api::ApiError;
using hbr::api::DecodedPage;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

[[noreturn]] void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz_responsedecoder: %s\n%s\n", what, detail.constData());
    std::abort();
}

// The client objects of a successful answer, found the way the decoder finds them.
QJsonArray inputClients(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QJsonValue clients = o.value("Clients"_L1);
    if (clients.isObject())
        clients = clients.toObject().value("Client"_L1);
    return clients.toArray();
}

void checkError(const ApiError &e, int status)
{
    if (!e.isError())
        fail("an error page decoded without an error", QByteArray::number(status));
    // What the command line and the window show; it must never be empty.
    if (e.summary().isEmpty())
        fail("an error without a summary", QByteArray::number(status));
}

void exportAll(const QList<BackupClient> &clients)
{
    const hbr::OutputFormat formats[] = {hbr::OutputFormat::Json, hbr::OutputFormat::Jsonl,
                                         hbr::OutputFormat::Csv, hbr::OutputFormat::Table};
    for (const hbr::OutputFormat format : formats) {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        if (!hbr::writeClients(buffer, format, clients, hbr::FetchReport{}))
            fail("a writer failed on a memory buffer", QByteArray::number(int(format)));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_responsedecoder";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    // Errors: the body of a 4xx/5xx answer is an Alibaba error body, a proxy's page or nothing at all.
    constexpr int kErrorStatuses[] = {400, 403, 404, 429, 500, 502, 503};
    const int errorStatus = kErrorStatuses[size % std::size(kErrorStatuses)];
    const DecodedPage failed = hbr::api::decodeDescribeBackupClients(errorStatus, body, nullptr);
    checkError(failed.error, errorStatus);
    if (!failed.page.clients.isEmpty())
        fail("an error page came with clients", body);
    checkError(hbr::api::decodeErrorBody(errorStatus, body), errorStatus);
    (void)hbr::api::decodeErrorBody(200, body).summary();

    hbr::StringPool pool;
    const DecodedPage pooled = hbr::api::decodeDescribeBackupClients(200, body, &pool);
    const DecodedPage plain = hbr::api::decodeDescribeBackupClients(200, body, nullptr);
    if (pooled.error.isError()) {
        (void)pooled.error.summary();
        if (!pooled.page.clients.isEmpty())
            fail("a failed page came with clients", body);
        return 0;
    }
    const QList<BackupClient> &clients = pooled.page.clients;
    if (plain.page.clients.size() != clients.size())
        fail("the pool changed the number of clients", body);

    const QJsonArray input = inputClients(body);
    if (input.size() != clients.size())
        fail("not every element of Clients became a client", body);
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const BackupClient &c = clients.at(i);
        const QJsonObject original = input.at(i).toObject();
        const QJsonObject out = c.toJson();
        if (out != original)
            fail("toJson() is not the object that came in", compact(original) + "\n" + compact(out));
        if (plain.page.clients.at(i).toJson() != out)
            fail("the pool changed a client", compact(original));
        BackupClient located = c;
        located.regionId = u"cn-hangzhou"_s;
        located.profile = u"prod"_s;
        (void)compact(located.toExportJson());
        (void)c.tagsText();
        (void)c.useHttpsValue();
    }
    exportAll(clients);
    return 0;
}
