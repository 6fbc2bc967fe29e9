#include "casefile/open_problem.h"

#include "io/storage_problem.h"

#include <QFileInfo>
#include <algorithm>

namespace sp {

namespace {

// SQLite's primary result codes; QSQLITE may report an extended code, whose low byte is that.
bool isOneOf(const QSqlError& error, std::initializer_list<int> codes) {
    bool isNumber = false;
    const int primary = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    return isNumber && std::find(codes.begin(), codes.end(), primary) != codes.end();
}

bool cannotWriteBeside(const QSqlError& error) {
    // 8 SQLITE_READONLY, 10 SQLITE_IOERR, 13 SQLITE_FULL, 14 SQLITE_CANTOPEN
    return isOneOf(error, {8, 10, 13, 14});
}

QString folderOf(const QString& path) {
    return QFileInfo(path).absolutePath();
}

bool besideExists(const QString& path, const char* suffix) {
    return QFileInfo::exists(path + QLatin1String(suffix));
}

// SQLite creates an empty -wal when it opens a file; only one with content holds changes.
bool walHoldsChanges(const QString& path) {
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

bool locationIsReadOnly(const QString& path) {
    return !folderIsWritable(folderOf(path)) || !QFileInfo(path).isWritable();
}

Error leftBeside(const QString& path, const QString& leftover) {
    return Error(ErrorKind::Failure,
                 Problem::of(QT_TRANSLATE_NOOP(
                                 "sp::Problem",
                                 "%1 cannot be read as it is: the file %2 beside it was left by a "
                                 "program that stopped while writing, and holds changes (or their "
                                 "undoing) not yet in the case file. Open the case file once "
                                 "where it can be written to (in Selection Panel, or with "
                                 "selection-panel upgrade), which recovers it; or, if it is an "
                                 "unfinished copy, delete both files and copy again"),
                             path, leftover));
}

} // namespace

std::optional<Error> openProblem(const QString& path, const QSqlError& error, bool readOnly) {
    if (!cannotWriteBeside(error))
        return std::nullopt;
    const bool readOnlyHere = locationIsReadOnly(path);
    if (besideExists(path, "-journal") && (readOnly || readOnlyHere))
        return leftBeside(path, path + QStringLiteral("-journal"));
    if (isOneOf(error, {13}) || diskIsFull(folderOf(path)))
        return Error(
            ErrorKind::Failure,
            Problem::of(readOnly
                            ? QT_TRANSLATE_NOOP("sp::Problem",
                                                "%1 cannot be read: the disk is full (reading "
                                                "needs a little room beside the case file); free "
                                                "some space and try again")
                            : QT_TRANSLATE_NOOP("sp::Problem",
                                                "%1 cannot be opened for writing: the disk is "
                                                "full; free some space, or open it read-only"),
                        path));
    if (walHoldsChanges(path) && readOnlyHere)
        return leftBeside(path, path + QStringLiteral("-wal"));
    if (readOnlyHere || isReadOnlyFileSystem(folderOf(path)))
        return Error(
            ErrorKind::Failure,
            Problem::of(readOnly
                            ? QT_TRANSLATE_NOOP("sp::Problem",
                                                "%1 cannot be read in its read-only folder or "
                                                "file system: copy it to a folder you can write to")
                            : QT_TRANSLATE_NOOP("sp::Problem",
                                                "%1 is read-only (a read-only file, folder or "
                                                "file system): it can be opened read-only"),
                        path));
    return std::nullopt;
}

bool readableAsItIs(const QString& path, const QSqlError& error) {
    return cannotWriteBeside(error) && !walHoldsChanges(path) && !besideExists(path, "-journal");
}

} // namespace sp
