#include "io/application_import.h"
#include "support/test_paths.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <utility>
#include <vector>

namespace {

// The three applications of tests/data/import/applications.csv, with PDFs a fake checker accepts.
class ImportProgress : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        for (const char* name : {"papadopoulou.pdf", "ivanova.pdf", "muller.pdf"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4 fake");
        }
    }

    sp::ImportPlan run(const sp::ImportProgress& progress) {
        return sp::prepareImport(sp::test::dataDir() + QStringLiteral("/import/applications.csv"),
                                 dir.path(), {}, checker, progress);
    }

    int pdfsChecked = 0;
    sp::PdfChecker checker = [this](const QByteArray&) -> std::variant<int, QString> {
        ++pdfsChecked;
        return 1;
    };
    QTemporaryDir dir;
};

TEST_F(ImportProgress, ReportsEveryRowUpToTheTotal) {
    std::vector<std::pair<int, int>> reports;
    const sp::ImportPlan plan = run([&](int done, int total) {
        reports.emplace_back(done, total);
        return true;
    });
    EXPECT_FALSE(plan.cancelled);
    EXPECT_EQ(plan.valid.size(), 3u);
    const std::vector<std::pair<int, int>> expected{{0, 3}, {1, 3}, {2, 3}, {3, 3}};
    EXPECT_EQ(reports, expected);
}

TEST_F(ImportProgress, CancelledCheckStopsAndPreparesNothing) {
    const sp::ImportPlan plan = run([](int done, int) { return done < 1; });
    EXPECT_TRUE(plan.cancelled);
    EXPECT_TRUE(plan.valid.empty());
    EXPECT_EQ(pdfsChecked, 1); // the rows after the cancel are not read
}

TEST_F(ImportProgress, WithoutCallbackTheImportIsPreparedAsBefore) {
    const sp::ImportPlan plan = run({});
    EXPECT_FALSE(plan.cancelled);
    EXPECT_EQ(plan.valid.size(), 3u);
    EXPECT_EQ(pdfsChecked, 3);
}

} // namespace
