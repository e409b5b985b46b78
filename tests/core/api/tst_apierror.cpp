#include "api/apierror.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::api;

Q_DECLARE_METATYPE(hbr::api::ApiError::Kind)

namespace {

ApiError make(ApiError::Kind kind, int status, const QString &code = QString())
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.code = code;
    return e;
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryable_data();
    void retryable();
    void credentialErrors_data();
    void credentialErrors();
    void summaries_data();
    void summaries();
    void hints_data();
    void hints();
    void constructors();
};

void TestApiError::retryable_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");

    using K = ApiError::Kind;
    // Worth another attempt.
    QTest::newRow("Throttling") << K::Service << 400 << u"Throttling"_s << true;
    QTest::newRow("Throttling.User") << K::Service << 400 << u"Throttling.User"_s << true;
    QTest::newRow("Throttling.Api") << K::Service << 400 << u"Throttling.Api"_s << true;
    QTest::newRow("Throttling.User at 200 (Success false)")
        << K::Service << 200 << u"Throttling.User"_s << true;
    QTest::newRow("ServiceUnavailable 503") << K::Service << 503 << u"ServiceUnavailable"_s << true;
    QTest::newRow("ServiceUnavailable 200") << K::Service << 200 << u"ServiceUnavailable"_s << true;
    for (int status : {500, 502, 503, 504}) {
        QTest::addRow("HTTP %d", status) << K::Http << status << QString() << true;
        QTest::addRow("Service %d InternalError", status)
            << K::Service << status << u"InternalError"_s << true;
        QTest::addRow("Service %d without code", status) << K::Service << status << QString() << true;
    }
    QTest::newRow("HTTP 429") << K::Http << 429 << QString() << true;
    QTest::newRow("Service 429") << K::Service << 429 << u"TooManyRequests"_s << true;
    QTest::newRow("Transport") << K::Transport << 0 << QString() << true;
    QTest::newRow("Timeout") << K::Timeout << 0 << QString() << true;
    QTest::newRow("Malformed") << K::Malformed << 200 << QString() << true;

    // Not worth it: another attempt gets the same answer.
    QTest::newRow("SignatureDoesNotMatch") << K::Service << 400 << u"SignatureDoesNotMatch"_s << false;
    QTest::newRow("IncompleteSignature") << K::Service << 400 << u"IncompleteSignature"_s << false;
    QTest::newRow("InvalidAccessKeyId.NotFound")
        << K::Service << 404 << u"InvalidAccessKeyId.NotFound"_s << false;
    QTest::newRow("InvalidAccessKeyId.Inactive")
        << K::Service << 400 << u"InvalidAccessKeyId.Inactive"_s << false;
    QTest::newRow("InvalidTimeStamp.Expired") << K::Service << 400 << u"InvalidTimeStamp.Expired"_s << false;
    QTest::newRow("SignatureNonceUsed") << K::Service << 400 << u"SignatureNonceUsed"_s << false;
    QTest::newRow("MissingParameter") << K::Service << 400 << u"MissingParameter"_s << false;
    QTest::newRow("InvalidParameter") << K::Service << 400 << u"InvalidParameter"_s << false;
    QTest::newRow("Forbidden.RAM") << K::Service << 403 << u"Forbidden.RAM"_s << false;
    QTest::newRow("InvalidSecurityToken.Expired")
        << K::Service << 400 << u"InvalidSecurityToken.Expired"_s << false;
    QTest::newRow("InvalidSecurityToken.MismatchWithAccessKey")
        << K::Service << 400 << u"InvalidSecurityToken.MismatchWithAccessKey"_s << false;
    QTest::newRow("InvalidSecurityToken.Malformed")
        << K::Service << 400 << u"InvalidSecurityToken.Malformed"_s << false;
    QTest::newRow("SignatureDoesNotMatch even at 500")
        << K::Service << 500 << u"SignatureDoesNotMatch"_s << false;
    QTest::newRow("NoPermission") << K::Service << 403 << u"NoPermission"_s << false;
    QTest::newRow("Canceled") << K::Canceled << 0 << QString() << false;
    QTest::newRow("None") << K::None << 200 << QString() << false;
    QTest::newRow("HTTP 400") << K::Http << 400 << QString() << false;
    QTest::newRow("HTTP 403") << K::Http << 403 << QString() << false;
    QTest::newRow("HTTP 404") << K::Http << 404 << QString() << false;
}

void TestApiError::retryable()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    QCOMPARE(make(kind, status, code).isRetryable(), retryable);
}

void TestApiError::credentialErrors_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("credential");
    using K = ApiError::Kind;
    for (const QString &code :
         {u"SignatureDoesNotMatch"_s, u"IncompleteSignature"_s, u"InvalidAccessKeyId.NotFound"_s,
          u"InvalidTimeStamp.Expired"_s, u"IllegalTimestamp"_s, u"SignatureNonceUsed"_s,
          u"InvalidSecurityToken.Expired"_s, u"Forbidden.RAM"_s, u"NoPermission"_s})
        QTest::newRow(qPrintable(code)) << K::Service << code << true;
    for (const QString &code : {u"Throttling"_s, u"InvalidParameter"_s, u"MissingParameter"_s,
                                u"InternalError"_s, u"ServiceUnavailable"_s})
        QTest::newRow(qPrintable(code)) << K::Service << code << false;
    QTest::newRow("not a service error") << K::Http << u"SignatureDoesNotMatch"_s << false;
}

void TestApiError::credentialErrors()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(bool, credential);
    QCOMPARE(make(kind, 400, code).isCredentialError(), credential);
}

void TestApiError::summaries_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QStringList>("contains");

    ApiError service = make(ApiError::Kind::Service, 404, u"InvalidAccessKeyId.NotFound"_s);
    service.message = u"Specified access key is not found."_s;
    service.requestId = u"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"_s;
    service.hostId = u"hbr.cn-hangzhou.aliyuncs.com"_s;
    QTest::newRow("service") << service
                             << QStringList{u"InvalidAccessKeyId.NotFound"_s,
                                            u"Specified access key is not found."_s,
                                            u"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"_s, u"HTTP 404"_s};
    ApiError throttled = make(ApiError::Kind::Service, 200, u"Throttling.User"_s);
    throttled.requestId = u"R-1"_s;
    QTest::newRow("service at 200") << throttled
                                    << QStringList{u"Throttling.User"_s, u"HTTP 200"_s, u"R-1"_s};
    ApiError http = make(ApiError::Kind::Http, 503);
    http.detail = u"<html>busy</html>"_s;
    QTest::newRow("http") << http << QStringList{u"HTTP 503"_s, u"<html>busy</html>"_s};
    ApiError malformed = make(ApiError::Kind::Malformed, 200);
    malformed.detail = u"unterminated string at byte 42 of 42"_s;
    QTest::newRow("malformed") << malformed << QStringList{u"HTTP 200"_s, u"byte 42"_s};
    QTest::newRow("transport") << transportError(u"Connection refused"_s)
                               << QStringList{u"Connection refused"_s};
    QTest::newRow("timeout") << timeoutError(30000) << QStringList{u"30 s"_s};
    QTest::newRow("canceled") << canceledError() << QStringList{u"Canceled"_s};
}

void TestApiError::summaries()
{
    QFETCH(ApiError, error);
    QFETCH(QStringList, contains);
    const QString summary = error.summary();
    QVERIFY(!summary.isEmpty());
    QVERIFY2(!summary.contains(u'\n'), qPrintable(summary)); // one line
    for (const QString &part : contains)
        QVERIFY2(summary.contains(part), qPrintable(u"\"%1\" lacks \"%2\""_s.arg(summary, part)));
}

void TestApiError::hints_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("contains");
    QTest::newRow("signature") << make(ApiError::Kind::Service, 400, u"SignatureDoesNotMatch"_s)
                               << u"secret"_s;
    QTest::newRow("incomplete signature")
        << make(ApiError::Kind::Service, 400, u"IncompleteSignature"_s) << u"secret"_s;
    QTest::newRow("key id") << make(ApiError::Kind::Service, 404, u"InvalidAccessKeyId.NotFound"_s)
                            << u"AccessKey ID"_s;
    QTest::newRow("clock") << make(ApiError::Kind::Service, 400, u"InvalidTimeStamp.Expired"_s) << u"clock"_s;
    QTest::newRow("illegal timestamp")
        << make(ApiError::Kind::Service, 400, u"IllegalTimestamp"_s) << u"clock"_s;
    QTest::newRow("token") << make(ApiError::Kind::Service, 400, u"InvalidSecurityToken.Expired"_s)
                           << u"STS"_s;
    QTest::newRow("throttling") << make(ApiError::Kind::Service, 400, u"Throttling.User"_s) << u"--max-qps"_s;
    QTest::newRow("transport") << transportError(u"x"_s) << u"network"_s;
    QTest::newRow("unknown") << make(ApiError::Kind::Service, 400, u"InvalidParameter"_s) << QString();
    QTest::newRow("none") << ApiError() << QString();
}

void TestApiError::hints()
{
    QFETCH(ApiError, error);
    QFETCH(QString, contains);
    const QString hint = error.hint();
    if (contains.isEmpty())
        QVERIFY2(hint.isEmpty(), qPrintable(hint));
    else
        QVERIFY2(hint.contains(contains), qPrintable(hint));
}

void TestApiError::constructors()
{
    const ApiError none;
    QCOMPARE(none.kind, ApiError::Kind::None);
    QVERIFY(!none.isError());
    QVERIFY(none.summary().isEmpty());

    const ApiError t = transportError(u"Host not found"_s);
    QCOMPARE(t.kind, ApiError::Kind::Transport);
    QCOMPARE(t.detail, u"Host not found"_s);
    QVERIFY(t.isError());

    const ApiError timeout = timeoutError(1500);
    QCOMPARE(timeout.kind, ApiError::Kind::Timeout);
    QVERIFY2(timeout.detail.contains(u"1.5 s"_s), qPrintable(timeout.detail));

    const ApiError c = canceledError();
    QCOMPARE(c.kind, ApiError::Kind::Canceled);
    QVERIFY(c.isError());
    QVERIFY(!c.isRetryable());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
