#include "casefile/case_file.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>

using namespace sp;

// A process killed while creating its lock leaves an empty lock file: it must not lock the case
// file for good.
TEST(WriterLock, AnEmptyLockFileLeftByACrashIsTakenOver) {
    QTemporaryDir dir;
    const QString path = dir.filePath("c.selpanel");
    CaseFile::create(path, builtinExampleVacancy()).reset();
    QFile lock(path + ".lock");
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.close();
    ASSERT_TRUE(QFile::exists(path + ".lock"));
    std::unique_ptr<CaseFile> opened;
    ASSERT_NO_THROW(opened = CaseFile::open(path));
    EXPECT_FALSE(opened->isReadOnly());
    EXPECT_THROW(CaseFile::open(path), Error) << "the lock is held again";
}

namespace {

QString createdCase(const QTemporaryDir& dir) {
    const QString path = dir.filePath("c.selpanel");
    CaseFile::create(path, builtinExampleVacancy()).reset();
    return path;
}

QString openingError(const QString& path) {
    try {
        CaseFile::open(path);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

void expectTakenOver(const QString& path, const std::function<void(const QString&)>& plantDebris) {
    plantDebris(path + ".lock");
    std::unique_ptr<CaseFile> opened;
    ASSERT_NO_THROW(opened = CaseFile::open(path));
    EXPECT_FALSE(opened->isReadOnly());
    EXPECT_TRUE(QFileInfo(path + ".lock").isFile());
    EXPECT_TRUE(openingError(path).contains("is open for writing by process"))
        << "the lock is held again, naming its holder: " << openingError(path).toStdString();
}

} // namespace

// What a crash or a stray tool leaves at the lock's name holds no lock of the operating system's:
// the writer takes the lock.
TEST(WriterLock, GarbageInTheLockFileIsTakenOver) {
    QTemporaryDir dir;
    expectTakenOver(createdCase(dir), [](const QString& lock) {
        QFile file(lock);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("\x01\xff not a lock\n\n\n");
    });
}

TEST(WriterLock, AnEmptyFolderAtTheLocksNameIsTakenOver) {
    QTemporaryDir dir;
    expectTakenOver(createdCase(dir), [](const QString& lock) { ASSERT_TRUE(QDir().mkdir(lock)); });
}

TEST(WriterLock, ADanglingSymlinkAtTheLocksNameIsTakenOver) {
    QTemporaryDir dir;
    expectTakenOver(createdCase(dir), [&](const QString& lock) {
        ASSERT_TRUE(QFile::link(dir.filePath("gone"), lock));
    });
}

// A live writer whose lock file has been made unreadable keeps its lock; the second writer is
// told the holder cannot be named and how to clear a lock nobody holds.
TEST(WriterLock, AHeldLockWhoseFileNamesNobodyIsNotTakenAndTheMessageSaysWhatToDo) {
    QTemporaryDir dir;
    const QString path = createdCase(dir);
    auto writer = CaseFile::open(path);
    {
        QFile file(path + ".lock");
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
    }
    const QString message = openingError(path);
    EXPECT_TRUE(message.contains("names no holder that can be found")) << message.toStdString();
    EXPECT_TRUE(message.contains("delete " + path + ".lock")) << message.toStdString();
    EXPECT_TRUE(message.contains("If nobody has the case file open")) << message.toStdString();
    EXPECT_NO_THROW(writer->record().noteAction("chair", "note", "still the writer"));
}

TEST(WriterLock, AFolderWithFilesAtTheLocksNameIsNamedWithHowToClearIt) {
    QTemporaryDir dir;
    const QString path = createdCase(dir);
    ASSERT_TRUE(QDir().mkpath(path + ".lock/inside"));
    const QString message = openingError(path);
    EXPECT_TRUE(message.contains("delete " + path + ".lock")) << message.toStdString();
    EXPECT_FALSE(message.contains("in another process")) << message.toStdString();
    EXPECT_NO_THROW(CaseFile::open(path, CaseFile::Access::ReadOnly));
}
