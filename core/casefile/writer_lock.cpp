#include "casefile/writer_lock.h"

#include "domain/error.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QTimeZone>

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

// A process killed between creating the lock file and writing its holder into it leaves an empty
// file that QLockFile never takes for stale. A live holder fills it within microseconds, so a
// file still empty after a moment is debris of a crash and is removed.
bool removeAbandonedEmptyLock(const QString& lockPath) {
    for (int waited = 0; waited < 1500; waited += 50) {
        const QFileInfo info(lockPath);
        if (!info.exists() || info.size() > 0)
            return false;
        QThread::msleep(50);
    }
    return QFile::remove(lockPath);
}

} // namespace

std::unique_ptr<WriterLock> WriterLock::acquire(const QString& caseFilePath) {
    std::unique_ptr<WriterLock> lock(new WriterLock(lockPathFor(caseFilePath)));
    if (!lock->lock_.tryLock(0) && removeAbandonedEmptyLock(lockPathFor(caseFilePath)))
        lock->lock_.tryLock(0);
    if (lock->lock_.isLocked()) {
        QFile::setPermissions(lockPathFor(caseFilePath), QFile::ReadOwner | QFile::WriteOwner);
        return lock;
    }
    if (lock->lock_.error() == QLockFile::PermissionError)
        throw Error(ErrorKind::Failure,
                    QStringLiteral("%1: cannot create the lock file %2 (permission denied)")
                        .arg(caseFilePath, lockPathFor(caseFilePath)));
    const auto info = holder(caseFilePath);
    if (!info)
        throw Error(ErrorKind::Locked,
                    QStringLiteral("%1 is open for writing in another process").arg(caseFilePath));
    throw Error(ErrorKind::Locked,
                QStringLiteral("%1 is open for writing by process %2 on %3 since %4 UTC; "
                               "it can be opened read-only")
                    .arg(caseFilePath)
                    .arg(info->pid)
                    .arg(info->host, info->since.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

} // namespace sp
