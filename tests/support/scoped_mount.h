#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#endif

namespace sp::test {

// A file system mounted on a folder for one test, unmounted when destroyed: a small tmpfs (to
// fill the disk) or a read-only view of a folder (root ignores permission bits, so a 0555 folder
// cannot stand for "read-only" in tests run as root). nullptr where mounting is not allowed; the
// test then skips, saying why. Header-only, so no test build needs to list it.
class ScopedMount {
public:
    static std::unique_ptr<ScopedMount> smallTmpfs(const QString& folder, int kilobytes);
    static std::unique_ptr<ScopedMount> readOnlyView(const QString& source, const QString& folder);
    ~ScopedMount();
    ScopedMount(const ScopedMount&) = delete;
    ScopedMount& operator=(const ScopedMount&) = delete;

private:
    explicit ScopedMount(QString folder) : folder_(std::move(folder)) {}
    QString folder_;
};

// Fills the file system holding FOLDER until not one more byte fits.
void fillDisk(const QString& folder);

inline std::unique_ptr<ScopedMount> ScopedMount::smallTmpfs(const QString& folder, int kilobytes) {
#ifdef Q_OS_LINUX
    QDir().mkpath(folder);
    const QByteArray options = QStringLiteral("size=%1k,mode=0700").arg(kilobytes).toUtf8();
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData()) ==
        0)
        return std::unique_ptr<ScopedMount>(new ScopedMount(folder));
#else
    Q_UNUSED(folder);
    Q_UNUSED(kilobytes);
#endif
    return nullptr;
}

inline std::unique_ptr<ScopedMount> ScopedMount::readOnlyView(const QString& source,
                                                              const QString& folder) {
#ifdef Q_OS_LINUX
    QDir().mkpath(folder);
    const QByteArray target = QFile::encodeName(folder);
    if (::mount(QFile::encodeName(source).constData(), target.constData(), nullptr, MS_BIND,
                nullptr) != 0)
        return nullptr;
    auto mounted = std::unique_ptr<ScopedMount>(new ScopedMount(folder));
    if (::mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) !=
        0)
        return nullptr;
    return mounted;
#else
    Q_UNUSED(source);
    Q_UNUSED(folder);
    return nullptr;
#endif
}

inline ScopedMount::~ScopedMount() {
#ifdef Q_OS_LINUX
    ::umount2(QFile::encodeName(folder_).constData(), MNT_DETACH);
#endif
}

inline void fillDisk(const QString& folder) {
    QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    for (const QByteArray byte("x"); filler.write(byte) == 1 && filler.flush();) {
    }
}

} // namespace sp::test
