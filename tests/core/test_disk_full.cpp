// A full disk (simulated with SQLite's max_page_count) during an import or marking: a clear
// error, nothing half-written, nothing lost, and the file verifies and goes on working.

#include "casefile/case_file_testing.h"
#include "marking_fixture.h"
#include "support/app_runner.h"
#include "support/scoped_mount.h"

#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

// SQLite never lowers the limit below the file's current size: 1 means "no room to grow".
constexpr int NoRoomToGrow = 1;
constexpr int NoLimit = 1073741823;

QString errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

struct Snapshot {
    size_t candidates = 0;
    size_t recordEntries = 0;
    QByteArray firstPdf;
    std::optional<MarkSheet> firstSheet;
};

Snapshot snapshot(const CaseFile& caseFile, const QString& first) {
    return {caseFile.applications().candidates().size(), caseFile.record().entries().size(),
            caseFile.applications().pdf(caseFile.applications().candidate(first)->id),
            caseFile.marking().ownSheet(first, Stage::Preselection, QStringLiteral("anna"))};
}

void expectUnchanged(const CaseFile& caseFile, const QString& first, const Snapshot& before) {
    const Snapshot now = snapshot(caseFile, first);
    EXPECT_EQ(now.candidates, before.candidates);
    EXPECT_EQ(now.recordEntries, before.recordEntries);
    EXPECT_EQ(now.firstPdf, before.firstPdf);
    ASSERT_EQ(now.firstSheet.has_value(), before.firstSheet.has_value());
    if (before.firstSheet) {
        EXPECT_EQ(now.firstSheet->marks, before.firstSheet->marks);
    }
    EXPECT_TRUE(caseFile.verify().ok());
}

std::vector<Person> people(int count) {
    std::vector<Person> all;
    for (int i = 0; i < count; ++i)
        all.push_back({QStringLiteral("Person%1").arg(i), QStringLiteral("Given")});
    return all;
}

} // namespace

TEST(DiskFull, AnImportIsRefusedClearlyAndTheFileKeepsWhatItHad) {
    MarkingCase setup(people(3));
    CaseFile& caseFile = *setup.file;
    caseFile.marking().saveMarkSheets(
        {sheetOf(caseFile, "anna", setup.refs[0], Stage::Preselection, 3, false)});
    const Snapshot before = snapshot(caseFile, setup.refs[0]);

    CaseFileTesting::limitPages(caseFile, NoRoomToGrow);
    const QString message =
        errorOf([&] { importSample(caseFile, setup.dir.filePath("more"), 10); });
    EXPECT_TRUE(message.contains("the disk is full; nothing was changed")) << message.toStdString();
    expectUnchanged(caseFile, setup.refs[0], before);

    // Room again (space freed): the same import goes through, and the file reopens intact.
    CaseFileTesting::limitPages(caseFile, NoLimit);
    EXPECT_EQ(importSample(caseFile, setup.dir.filePath("again"), 10).size(), 10);
    const QString path = caseFile.path();
    setup.file.reset();
    auto reopened = CaseFile::open(path);
    EXPECT_EQ(reopened->applications().candidates().size(), before.candidates + 10);
    EXPECT_TRUE(reopened->verify().ok());
}

TEST(DiskFull, MarkingIsRefusedClearlyAndTheSavedMarksStay) {
    MarkingCase setup(people(12));
    CaseFile& caseFile = *setup.file;
    caseFile.marking().saveMarkSheets(
        {sheetOf(caseFile, "anna", setup.refs[0], Stage::Preselection, 2, true)});
    const Snapshot before = snapshot(caseFile, setup.refs[0]);

    CaseFileTesting::limitPages(caseFile, NoRoomToGrow);
    // Every member's sheets for every candidate at once: more than the free room in any page.
    std::vector<MarkSheet> sheets;
    for (const auto& ref : setup.refs.mid(1))
        for (const char* member : {"chair", "anna", "bruno"})
            sheets.push_back(sheetOf(caseFile, member, ref, Stage::Preselection, 3, false));
    const QString message = errorOf([&] { caseFile.marking().saveMarkSheets(sheets); });
    EXPECT_TRUE(message.contains("the disk is full; nothing was changed")) << message.toStdString();
    expectUnchanged(caseFile, setup.refs[0], before);
    for (const auto& ref : setup.refs.mid(1))
        EXPECT_FALSE(caseFile.marking().ownSheet(ref, Stage::Preselection, "anna"))
            << ref.toStdString();

    CaseFileTesting::limitPages(caseFile, NoLimit);
    caseFile.marking().saveMarkSheets(sheets);
    EXPECT_EQ(caseFile.marking()
                  .ownSheet(setup.refs[1], Stage::Preselection, "bruno")
                  ->marks.begin()
                  ->second,
              3);
    EXPECT_TRUE(caseFile.verify().ok());
}

// On a disk with not one byte free (a small tmpfs, filled): readers still read; writers, exports
// and backups say the disk is full, never "another process" or "damaged", and leave nothing.
TEST(DiskFull, OnAFullDiskReadersReadAndWritersSayTheDiskIsFull) {
    QTemporaryDir dir;
    const QString source = dir.filePath("c.selpanel");
    ASSERT_EQ(runApp({"demo", source, "--candidates", "6", "--members", "3", "--marked",
                      "--minimal-pdfs"})
                  .exitCode,
              0);
    const QString folder = dir.filePath("full");
    const auto mount = ScopedMount::smallTmpfs(folder, 1024);
    if (!mount)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN)";
    const QString path = QDir(folder).filePath("c.selpanel");
    ASSERT_TRUE(QFile::copy(source, path));
    fillDisk(folder);

    for (const QStringList& reading :
         {QStringList{"verify", path}, QStringList{"candidates", path}}) {
        const AppResult result = runApp(reading);
        EXPECT_EQ(result.exitCode, 0)
            << reading.join(' ').toStdString() << ": " << result.errText().toStdString();
    }
    const QList<QStringList> writers = {
        {"decide", path, "APP-0001", "--eligible", "yes", "--by", "chair"},
        {"export-shortlist", path, "--stage", "preselection", "--out",
         QDir(folder).filePath("hr.csv")},
        {"backup", path, QDir(folder).filePath("copy.selpanel")},
    };
    for (const QStringList& writing : writers) {
        const AppResult result = runApp(writing);
        EXPECT_EQ(result.exitCode, 1) << writing.join(' ').toStdString();
        EXPECT_TRUE(result.errText().contains("the disk is full"))
            << result.errText().toStdString();
        EXPECT_FALSE(result.errText().contains("another process"));
        EXPECT_FALSE(result.errText().contains("damaged"));
    }
    EXPECT_FALSE(QFileInfo::exists(QDir(folder).filePath("hr.csv")));
    EXPECT_FALSE(QFileInfo::exists(QDir(folder).filePath("copy.selpanel")));
    EXPECT_TRUE(QDir(folder).entryList({".*.tmp-*"}, QDir::Files | QDir::Hidden).isEmpty())
        << "no temporary file is left on the full disk";
}
