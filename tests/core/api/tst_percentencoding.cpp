#include "api/percentencoding.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::api;

class TestPercentEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void everyAsciiByte();
    void decode_data();
    void decode();
    void roundTrip_data();
    void roundTrip();
};

void TestPercentEncoding::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("unreserved kept") << u"AZaz09-_.~"_s << QByteArray("AZaz09-_.~");
    QTest::newRow("space is %20, not +") << u"a b"_s << QByteArray("a%20b");
    QTest::newRow("star") << u"*"_s << QByteArray("%2A");
    QTest::newRow("plus") << u"+"_s << QByteArray("%2B");
    QTest::newRow("slash") << u"/"_s << QByteArray("%2F");
    QTest::newRow("tilde kept") << u"~"_s << QByteArray("~");
    QTest::newRow("encodeURIComponent extras") << u"!'()"_s << QByteArray("%21%27%28%29");
    QTest::newRow("reserved") << u":/?#[]@$&,;="_s << QByteArray("%3A%2F%3F%23%5B%5D%40%24%26%2C%3B%3D");
    QTest::newRow("percent itself") << u"100%"_s << QByteArray("100%25");
    QTest::newRow("JSON array") << u"[\"c-000abc\"]"_s << QByteArray("%5B%22c-000abc%22%5D");
    QTest::newRow("Chinese, UTF-8, upper-case hex") << u"部门"_s << QByteArray("%E9%83%A8%E9%97%A8");
    QTest::newRow("four-byte UTF-8") << u"😀"_s << QByteArray("%F0%9F%98%80");
    QTest::newRow("timestamp") << u"2025-01-02T03:04:05Z"_s << QByteArray("2025-01-02T03%3A04%3A05Z");
    QTest::newRow("control characters") << u"\t\n"_s << QByteArray("%09%0A");
}

void TestPercentEncoding::encode()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(percentEncode(text), expected);
    QCOMPARE(percentEncode(text.toUtf8()), expected);
}

void TestPercentEncoding::everyAsciiByte()
{
    // encodeURIComponent plus !'()*: exactly A-Z a-z 0-9 - _ . ~ survive.
    for (int c = 0; c < 128; ++c) {
        const char ch = static_cast<char>(c);
        const bool unreserved = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                                (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.' || ch == '~';
        const QByteArray encoded = percentEncode(QByteArray(1, ch));
        const QByteArray expected =
            unreserved ? QByteArray(1, ch) : '%' + QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
        QVERIFY2(encoded == expected,
                 qPrintable(u"byte %1 -> %2"_s.arg(c).arg(QString::fromLatin1(encoded))));
    }
}

void TestPercentEncoding::decode_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("plusIsSpace");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("abc") << false << u"abc"_s;
    QTest::newRow("%20") << QByteArray("a%20b") << false << u"a b"_s;
    QTest::newRow("+ kept in a query") << QByteArray("a+b") << false << u"a+b"_s;
    QTest::newRow("+ is a space in a form") << QByteArray("a+b") << true << u"a b"_s;
    QTest::newRow("%2B stays a plus in a form") << QByteArray("a%2Bb") << true << u"a+b"_s;
    QTest::newRow("lower-case hex") << QByteArray("%e9%83%a8") << false << u"部"_s;
    QTest::newRow("Chinese") << QByteArray("%E9%83%A8%E9%97%A8") << false << u"部门"_s;
    QTest::newRow("empty") << QByteArray() << false << QString();
}

void TestPercentEncoding::decode()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, plusIsSpace);
    QFETCH(QString, expected);
    QCOMPARE(percentDecode(encoded, plusIsSpace), expected);
}

void TestPercentEncoding::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mixed") << u"财务部 a*b~c+d/e=f&g%h!'()"_s;
    QTest::newRow("emoji") << u"x😀y"_s;
    QTest::newRow("spaces") << u"   "_s;
}

void TestPercentEncoding::roundTrip()
{
    QFETCH(QString, text);
    const QByteArray encoded = percentEncode(text);
    QCOMPARE(percentDecode(encoded, false), text);
    QCOMPARE(percentDecode(encoded, true), text);
}

QTEST_GUILESS_MAIN(TestPercentEncoding)
#include "tst_percentencoding.moc"
