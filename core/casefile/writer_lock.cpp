#include "casefile/writer_lock.h"

#include "domain/error.h"
#include "io/storage_problem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace sp {

QString WriterLock::lockPathFor(const QString& caseFilePath) {
    return caseFilePath + QStringLiteral(".lock");
}

WriterLock::WriterLock(const QString& lockPath) : lock_(lockPath) {
    // Age alone never makes a lock stale: a panel member may keep a case open for days.
    lock_.setStaleLockTime(0);
}

std::optional<WriterInfo> WriterLock::holder(const QString& caseFilePath) {
    const QString path = lockPathFor(caseFilePath);
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return std::nullopt;
    }
    WriterInfo info;
    QString host, app;
    if (!probe.getLockInfo(&info.pid, &host, &app))
        return std::nullopt;
    info.host = host;
    info.application = app;
    info.since = QFileInfo(path).lastModified().toUTC();
    return info;
}

namespace {

#ifdef Q_OS_UNIX
// A live holder keeps the operating system's lock (flock) on its lock file from before it writes
// its name into it until it ends; the lock is released when it dies.
bool osLockIsFree(const QString& lockPath) {
    const int fd = ::open(QFile::encodeName(lockPath).constData(),
                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}
#else
bool osLockIsFree(const QString&) {
    return false;
}
#endif

bool namesAHolder(const QString& lockPath) {
    QLockFile probe(lockPath);
    qint64 pid = 0;
    QString host, app;
    return probe.getLockInfo(&pid, &host, &app) && pid > 0;
}

// What a crash or a stray tool may leave at the lock's name, which QLockFile never takes for
// stale: a file empty or holding garbage, a folder, a symlink. None of them is a lock anyone holds
// if the operating system's lock on it is free (a symlink is never one of ours). Returns whether
// something was removed.
bool removeLockDebris(const QString& lockPath) {
    const QFileInfo info(lockPath);
    if (info.isSymLink())
        return QFile::remove(lockPath);
    if (!info.exists())
        return false;
    if (info.isDir())
        return osLockIsFree(lockPath) && QDir().rmdir(lockPath);
    if (namesAHolder(lockPath) || !osLockIsFree(lockPath))
        return false;
    // A holder that has just created its file takes the OS lock within microseconds: look again
    // after a moment before removing.
    QThread::msleep(100);
    return !namesAHolder(lockPath) && osLockIsFree(lockPath) && QFile::remove(lockPath);
}

QString folderOf(const QString& path) {
    return QFileInfo(path).absolutePath();
}

[[noreturn]] void failToCreate(const QString& caseFilePath, const QString& lockPath) {
    const QString folder = folderOf(caseFilePath);
    if (!QFileInfo::exists(lockPath) && diskIsFull(folder))
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1 cannot be opened for writing: the disk is full (the lock "
                                    "file %2 cannot be written); free some space, or open it "
                                    "read-only"),
                                caseFilePath, lockPath));
    if (isReadOnlyFileSystem(folder))
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1 cannot be opened for writing: it is on a read-only file "
                                    "system; it can be opened read-only"),
                                caseFilePath));
    if (!folderIsWritable(folder))
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1 cannot be opened for writing: its folder %2 is read-only "
                                    "for you (the lock file %3 cannot be created); it can be "
                                    "opened read-only"),
                                caseFilePath, folder, lockPath));
    throw Error(ErrorKind::Failure,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot create the lock file %2"),
                            caseFilePath, lockPath));
}

} // namespace

std::unique_ptr<WriterLock> WriterLock::acquire(const QString& caseFilePath) {
    const QString lockPath = lockPathFor(caseFilePath);
    std::unique_ptr<WriterLock> lock(new WriterLock(lockPath));
    if (!lock->lock_.tryLock(0) && lock->lock_.error() == QLockFile::LockFailedError &&
        removeLockDebris(lockPath))
        lock->lock_.tryLock(0);
    if (lock->lock_.isLocked()) {
        QFile::setPermissions(lockPath, QFile::ReadOwner | QFile::WriteOwner);
        return lock;
    }
    if (lock->lock_.error() != QLockFile::LockFailedError)
        failToCreate(caseFilePath, lockPath);
    const auto info = holder(caseFilePath);
    if (!info)
        throw Error(
            ErrorKind::Locked,
            Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem",
                                  "%1 cannot be opened for writing: its lock file %2 is there but "
                                  "names no holder that can be found. If nobody has the case file "
                                  "open (check the other computers and programs that may use "
                                  "it), delete %2 and try again; it can be opened read-only"),
                caseFilePath, lockPath));
    throw Error(
        ErrorKind::Locked,
        Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                      "%1 is open for writing by process %2 on %3 since %4 UTC; "
                                      "it can be opened read-only"),
                    caseFilePath, info->pid, info->host,
                    info->since.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

} // namespace sp
