#include "testsupport.h"

#include <QFile>
#include <QtTest>

namespace hbr::test {

QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(HBR_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace hbr::test
