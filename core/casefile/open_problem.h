#pragma once

#include "domain/error.h"

#include <QSqlError>
#include <QString>
#include <optional>

namespace sp {

// Why SQLite could not open or read a case file, in the user's words, when the cause is beside
// the file rather than in it: a full disk, a read-only folder or file system, a journal left by a
// program that stopped while writing. nullopt when none of these explains the error.
std::optional<Error> openProblem(const QString& path, const QSqlError& error, bool readOnly);

// A reader that SQLite refuses because it cannot create its shared-memory file beside the case
// file (a read-only folder or file system, a full disk) may read the file as it is, provided
// nothing beside it holds changes still to be recovered or being written (no -journal, no -wal
// with content).
bool readableAsItIs(const QString& path, const QSqlError& error);

} // namespace sp
