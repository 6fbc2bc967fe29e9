#include "casefile/case_file.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"

#include <QFile>
#include <QTemporaryDir>
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
