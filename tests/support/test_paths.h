#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sp::test {

inline QString sourceDir() {
    return QStringLiteral(SP_SOURCE_DIR);
}
inline QString dataDir() {
    return QStringLiteral(SP_TEST_DATA_DIR);
}
inline QString appBinary() {
    return QStringLiteral(SP_APP_BINARY);
}
inline QString exampleVacancy() {
    return sourceDir() + QStringLiteral("/resources/vacancies/CLIMA-COM-2025-814.json");
}

} // namespace sp::test
