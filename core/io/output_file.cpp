#include "io/output_file.h"

#include "domain/error.h"
#include "io/storage_problem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSysInfo>
#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sp {

namespace {

constexpr int LongestNameKept = 120; // the temporary name stays within NAME_MAX
constexpr int Attempts = 100;

QByteArray encoded(const QString& path) {
    return QFile::encodeName(path);
}

// `what`: marked for translation ("cannot write").
[[noreturn]] void fail(const QString& path, const char* what, int errorNumber) {
    throw Error(ErrorKind::Failure, Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1: %2: %3"),
                                            {path},
                                            {},
                                            {Problem{what}, storageProblem(errorNumber)}});
}

[[noreturn]] void refuseExisting(const QString& path) {
    throw Error(
        ErrorKind::BadInput,
        Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 already exists; choose another name"),
                    path));
}

QString thisHost() {
    QString host = QSysInfo::machineHostName().left(32);
    for (QChar& c : host)
        if (c.unicode() >= 128 || !c.isLetterOrNumber())
            c = QLatin1Char('_');
    return host.isEmpty() ? QStringLiteral("host") : host;
}

// ".NAME.tmp-": every temporary file of TARGET starts so; hidden, never taken for a result.
QString temporaryPrefix(const QString& target) {
    return QLatin1Char('.') + QFileInfo(target).fileName().left(LongestNameKept) +
           QStringLiteral(".tmp-");
}

QString freshTemporaryPath(const QString& target) {
    const QString name = QStringLiteral("%1%2-%3-%4")
                             .arg(temporaryPrefix(target), thisHost())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return QFileInfo(target).absoluteDir().filePath(name);
}

#ifdef Q_OS_UNIX

// Creates a temporary file that did not exist (so never a planted symlink), owner-only whatever
// the umask; returns its descriptor and sets PATH.
int createTemporary(const QString& target, QString& path) {
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        path = freshTemporaryPath(target);
        const int fd = ::open(encoded(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::fchmod(fd, 0600);
            return fd;
        }
        if (errno != EEXIST)
            fail(target, QT_TRANSLATE_NOOP("sp::Problem", "cannot write"), errno);
    }
    fail(target, QT_TRANSLATE_NOOP("sp::Problem", "cannot write"), EEXIST);
}

bool writeAll(int fd, const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n =
            ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// The rename is only durable once the folder's entry is on disk too.
void syncFolderOf(const QString& path) {
    const int fd = ::open(encoded(QFileInfo(path).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void syncFile(const QString& path) {
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        fail(path, QT_TRANSLATE_NOOP("sp::Problem", "cannot write"), errno);
    const bool synced = ::fsync(fd) == 0;
    const int syncError = errno;
    ::close(fd);
    if (!synced)
        fail(path, QT_TRANSLATE_NOOP("sp::Problem", "cannot write"), syncError);
}

// Renames TEMPORARY to TARGET; Existing::Refuse never replaces what is there, even if it appeared
// a moment ago.
void moveIntoPlace(const QString& temporary, const QString& target,
                   OutputInProgress::Existing existing) {
    const QByteArray from = encoded(temporary);
    const QByteArray to = encoded(target);
    if (existing == OutputInProgress::Existing::Replace) {
        if (::rename(from.constData(), to.constData()) != 0)
            fail(target, QT_TRANSLATE_NOOP("sp::Problem", "cannot replace"), errno);
    } else if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(),
                           RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST)
            refuseExisting(target);
        if (errno != EINVAL && errno != ENOSYS)
            fail(target, QT_TRANSLATE_NOOP("sp::Problem", "cannot write"), errno);
        // A file system without RENAME_NOREPLACE: a hard link refuses an existing name too.
        if (::link(from.constData(), to.constData()) != 0) {
            if (errno == EEXIST)
                refuseExisting(target);
            fail(target, QT_TRANSLATE_NOOP("sp::Problem", "cannot write"), errno);
        }
        ::unlink(from.constData());
    }
    syncFolderOf(target);
}

bool processIsGone(qint64 pid) {
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

#endif

} // namespace

#ifdef Q_OS_UNIX

void writeFileReplacing(const QString& path, const QByteArray& bytes) {
    removeStaleTemporaries(path);
    QString temporary;
    const int fd = createTemporary(path, temporary);
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int writeError = errno;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        ::unlink(encoded(temporary).constData());
        fail(path, QT_TRANSLATE_NOOP("sp::Problem", "cannot write"), written ? errno : writeError);
    }
    try {
        moveIntoPlace(temporary, path, OutputInProgress::Existing::Replace);
    } catch (...) {
        ::unlink(encoded(temporary).constData());
        throw;
    }
}

OutputInProgress::OutputInProgress(const QString& target, Existing existing)
    : target_(target), existing_(existing) {
    removeStaleTemporaries(target);
    ::close(createTemporary(target, temporary_));
}

OutputInProgress::~OutputInProgress() {
    if (published_)
        return;
    ::unlink(encoded(temporary_).constData());
    ::unlink(encoded(temporary_ + QStringLiteral("-journal")).constData());
}

void OutputInProgress::publish() {
    // Whatever filled it may have replaced the file: it must still be ours, owner-only.
    ::chmod(encoded(temporary_).constData(), 0600);
    syncFile(temporary_);
    moveIntoPlace(temporary_, target_, existing_);
    published_ = true;
}

void makeOwnerOnlyFolder(const QString& dir) {
    const QFileInfo info(dir);
    if (info.exists()) {
        if (!info.isDir())
            throw Error(
                ErrorKind::Failure,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 exists and is not a folder"),
                            dir));
        return;
    }
    QStringList missing;
    for (QFileInfo at(info.absoluteFilePath()); !at.exists() && !at.isSymLink();
         at = QFileInfo(at.absolutePath())) {
        missing.prepend(at.absoluteFilePath());
        if (at.isRoot())
            break;
    }
    for (const QString& folder : missing) {
        if (::mkdir(encoded(folder).constData(), 0700) != 0 && errno != EEXIST)
            fail(folder, QT_TRANSLATE_NOOP("sp::Problem", "cannot create the folder"), errno);
        ::chmod(encoded(folder).constData(), 0700);
    }
}

void removeStaleTemporaries(const QString& target) {
    const QString folder = QFileInfo(target).absolutePath();
    const QString prefix = temporaryPrefix(target) + thisHost() + QLatin1Char('-');
    DIR* listing = ::opendir(encoded(folder).constData());
    if (!listing)
        return;
    QStringList stale;
    while (const dirent* entry = ::readdir(listing)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (!name.startsWith(prefix))
            continue;
        bool isNumber = false;
        const qint64 pid =
            name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&isNumber);
        if (isNumber && processIsGone(pid))
            stale << QDir(folder).filePath(name);
    }
    ::closedir(listing);
    for (const QString& path : stale) {
        struct stat status {};
        if (::lstat(encoded(path).constData(), &status) == 0 && status.st_uid == ::getuid())
            ::unlink(encoded(path).constData());
    }
}

#else

void writeFileReplacing(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot write: %2"), path,
                                file.errorString()));
}

OutputInProgress::OutputInProgress(const QString& target, Existing existing)
    : target_(target), temporary_(freshTemporaryPath(target)), existing_(existing) {
    QFile file(temporary_);
    if (!file.open(QIODevice::NewOnly))
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot write: %2"), target,
                                file.errorString()));
}

OutputInProgress::~OutputInProgress() {
    if (!published_)
        QFile::remove(temporary_);
}

void OutputInProgress::publish() {
    if (existing_ == Existing::Refuse && QFileInfo::exists(target_))
        refuseExisting(target_);
    if (existing_ == Existing::Replace)
        QFile::remove(target_);
    if (!QFile::rename(temporary_, target_))
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot write"), target_));
    published_ = true;
}

void makeOwnerOnlyFolder(const QString& dir) {
    if (!QDir().mkpath(dir))
        throw Error(
            ErrorKind::Failure,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot create the folder"), dir));
}

void removeStaleTemporaries(const QString&) {}

#endif

} // namespace sp
