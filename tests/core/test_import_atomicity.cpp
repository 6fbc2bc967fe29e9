#include "casefile/case_file.h"
#include "support/app_runner.h"
#include "support/test_paths.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

// An import killed at any moment leaves all of it or none of it, and a file that verifies.
TEST(ImportAtomicity, AnImportKilledHalfWayLeavesAllOrNothing) {
    QTemporaryDir dir;
    const QString folder = dir.filePath("in");
    ASSERT_EQ(
        runApp({"demo", dir.filePath("source.selpanel"), "--candidates", "40", "--folder", folder})
            .exitCode,
        0);
    QRandomGenerator random(20250430);
    int complete = 0, empty = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        SCOPED_TRACE(attempt);
        const QString target = dir.filePath(QStringLiteral("target-%1.selpanel").arg(attempt));
        ASSERT_EQ(runApp({"new", target, "--vacancy", exampleVacancy()}).exitCode, 0);
        QProcess import;
        import.start(appBinary(), {"import", target, folder + "/applications.csv", "--pdf-dir",
                                   folder + "/pdfs"});
        ASSERT_TRUE(import.waitForStarted());
        QThread::msleep(random.bounded(50, 900));
        import.kill();
        import.waitForFinished();

        auto caseFile = CaseFile::open(target);
        const size_t count = caseFile->applications().candidates().size();
        EXPECT_TRUE(count == 0 || count == 40) << count << " candidates after the kill";
        (count == 0 ? empty : complete)++;
        EXPECT_TRUE(caseFile->verify().ok());
    }
    RecordProperty("complete", complete);
    RecordProperty("empty", empty);
}
