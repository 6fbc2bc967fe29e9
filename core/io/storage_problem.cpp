#include "io/storage_problem.h"

#include <QFile>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace sp {

bool diskIsFull(const QString& folder) {
#ifdef Q_OS_UNIX
    struct statvfs stats {};
    if (::statvfs(QFile::encodeName(folder).constData(), &stats) != 0)
        return false;
    // Blocks reserved for root are not the user's room.
    return stats.f_bavail == 0 || stats.f_favail == 0;
#else
    Q_UNUSED(folder);
    return false;
#endif
}

bool isReadOnlyFileSystem(const QString& folder) {
#ifdef Q_OS_UNIX
    struct statvfs stats {};
    return ::statvfs(QFile::encodeName(folder).constData(), &stats) == 0 &&
           (stats.f_flag & ST_RDONLY);
#else
    Q_UNUSED(folder);
    return false;
#endif
}

bool folderIsWritable(const QString& folder) {
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(folder).constData(), W_OK) == 0 &&
           !isReadOnlyFileSystem(folder);
#else
    Q_UNUSED(folder);
    return true;
#endif
}

Problem storageProblem(int errorNumber) {
    switch (errorNumber) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return {QT_TRANSLATE_NOOP("sp::Problem", "the disk is full")};
    case EROFS:
        return {QT_TRANSLATE_NOOP("sp::Problem", "the file system is read-only")};
    case EACCES:
    case EPERM:
        return {QT_TRANSLATE_NOOP("sp::Problem",
                                  "the folder cannot be written to (permission denied)")};
    default:
        return Problem::verbatim(qt_error_string(errorNumber));
    }
}

} // namespace sp
