#pragma once

#include <QByteArray>
#include <QString>

namespace hbr::test {

/// Reads a file from tests/data (the source tree), failing loudly when it is missing.
QByteArray readTestData(const QString &relativePath);

} // namespace hbr::test
