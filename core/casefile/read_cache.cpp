#include "casefile/read_cache.h"

#include "casefile/sql.h"

#include <QSqlQuery>

namespace sp {

FileVersion currentVersion(QSqlDatabase& db) {
    FileVersion version;
    QSqlQuery data = sql::exec(db, QStringLiteral("PRAGMA data_version"));
    if (data.next())
        version.dataVersion = data.value(0).toLongLong();
    QSqlQuery changes = sql::exec(db, QStringLiteral("SELECT total_changes()"));
    if (changes.next())
        version.ownChanges = changes.value(0).toLongLong();
    return version;
}

void ReadCache::validate(QSqlDatabase& db) {
    const FileVersion now = currentVersion(db);
    if (now == version)
        return;
    *this = ReadCache{};
    version = now;
}

} // namespace sp
