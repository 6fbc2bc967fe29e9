#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace sp::schema {

// Marks a SQLite file as a Selection Panel case file (PRAGMA application_id, "SPNL").
constexpr int ApplicationId = 0x53504E4C;

// One migration: the statements that take a case file from version (index) to version (index+1).
struct Migration {
    int toVersion;
    const char* purpose;
    QStringList statements;
    // Run after the statements, in the same transaction: what SQL alone cannot do.
    void (*after)(QSqlDatabase& db) = nullptr;
};

const std::vector<Migration>& migrations();
int currentVersion();

int readVersion(QSqlDatabase& db);
// Applies every step above the file's version up to targetVersion, each in its own transaction
// that also sets PRAGMA user_version, so a crash leaves the file at a whole version.
void migrate(QSqlDatabase& db, int targetVersion);

} // namespace sp::schema
