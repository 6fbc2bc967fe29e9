#include "casefile/case_file.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"
#include "support/app_runner.h"
#include "support/case_fixtures.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;

TEST(Backup, IsACompleteOwnerOnlyCaseFileThatVerifies) {
    QTemporaryDir dir;
    const QString path = dir.filePath("c.selpanel");
    const QString copy = dir.filePath("copy.selpanel");
    auto caseFile = CaseFile::create(path, builtinExampleVacancy());
    const QStringList refs = test::importSample(*caseFile, dir.path(), 3);
    caseFile->screening().decideEligibility(refs[0], true, QString(), "Chair");

    // Taken while the case file is open for writing in this process.
    caseFile->backupTo(copy);
#ifdef Q_OS_UNIX
    EXPECT_FALSE(QFileInfo(copy).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
#endif
    auto restored = CaseFile::open(copy);
    EXPECT_EQ(restored->applications().candidates().size(), 3u);
    EXPECT_TRUE(restored->verify().ok());
    EXPECT_EQ(restored->screening().all().front().screening.status, ScreeningStatus::Eligible);
    EXPECT_EQ(restored->applications().pdf(restored->applications().candidates()[1].id),
              caseFile->applications().pdf(caseFile->applications().candidates()[1].id));

    EXPECT_THROW(caseFile->backupTo(copy), Error); // never overwrites
}

TEST(Backup, TheCommandCopiesAFileHeldByAnotherWriter) {
    QTemporaryDir dir;
    const QString path = dir.filePath("c.selpanel");
    auto writer = CaseFile::create(path, builtinExampleVacancy());
    test::importSample(*writer, dir.path(), 2);
    const auto result = test::runApp({"backup", path, dir.filePath("b.selpanel")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(test::runApp({"verify", dir.filePath("b.selpanel")}).exitCode, 0);
    EXPECT_EQ(test::runApp({"backup", path, dir.filePath("b.selpanel")}).exitCode, 2);
}
