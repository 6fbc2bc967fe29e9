// Every file written for the user (exports, sheets, a candidate's folder, backups) is owner-only
// whatever the umask, and never written through a symlink planted at its name or its temporary
// name.

#include "domain/error.h"
#include "io/output_file.h"
#include "support/app_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace sp;
using namespace sp::test;

namespace {

constexpr QFile::Permissions GroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

void ok(const QStringList& arguments) {
    const AppResult result = runApp(arguments);
    ASSERT_EQ(result.exitCode, 0) << arguments.join(' ').toStdString() << ": "
                                  << result.errText().toStdString();
}

// A marked demo case: a shortlist to export, sheets, candidates with PDFs.
QString demoCase(const QTemporaryDir& dir) {
    const QString path = dir.filePath("c.selpanel");
    ok({"demo", path, "--candidates", "12", "--members", "3", "--marked", "--minimal-pdfs"});
    return path;
}

QByteArray contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class UmaskZero {
public:
    UmaskZero() : before_(::umask(0)) {}
    ~UmaskZero() { ::umask(before_); }

private:
    mode_t before_;
};

} // namespace

TEST(OutputFiles, EveryFileWrittenForTheUserIsOwnerOnlyUnderUmaskZero) {
    QTemporaryDir dir;
    const QString path = demoCase(dir);
    const UmaskZero umaskZero; // the program started below inherits it
    ok({"export-shortlist", path, "--stage", "preselection", "--out", dir.filePath("hr.csv")});
    ok({"export-sheet", path, "--member", "chair", "--stage", "preselection", "--out",
        dir.filePath("sheet.csv")});
    ok({"export-candidate", path, "APP-0001", "--out", dir.filePath("request/APP-0001")});
    ok({"backup", path, dir.filePath("copy.selpanel")});
    writeFileReplacing(dir.filePath("record.csv"), "seq\n"); // the window's record export

    QStringList files = {"hr.csv",
                         "sheet.csv",
                         "copy.selpanel",
                         "record.csv",
                         "request/APP-0001/application.json",
                         "request/APP-0001/application.pdf",
                         "request/APP-0001/record.csv"};
    for (const QString& file : files) {
        const QFileInfo info(dir.filePath(file));
        ASSERT_TRUE(info.isFile()) << file.toStdString();
        EXPECT_EQ(info.permissions() & GroupOrOther, 0) << file.toStdString();
    }
    for (const char* folder : {"request", "request/APP-0001"}) {
        const QFileInfo info(dir.filePath(folder));
        ASSERT_TRUE(info.isDir()) << folder;
        EXPECT_EQ(info.permissions() & GroupOrOther, 0) << folder;
    }
    EXPECT_TRUE(QDir(dir.path()).entryList({".*.tmp-*"}, QDir::Files | QDir::Hidden).isEmpty())
        << "no temporary file is left behind";
}

TEST(OutputFiles, ASymlinkPlantedAtTheOldTemporaryNameIsNeverWrittenThrough) {
    QTemporaryDir dir;
    const QString path = demoCase(dir);
    const QString victim = dir.filePath("victim.txt");
    writeFileReplacing(victim, "untouched");
    ASSERT_TRUE(QFile::link(victim, dir.filePath("hr.csv.tmp")));
    ok({"export-shortlist", path, "--stage", "preselection", "--out", dir.filePath("hr.csv")});
    EXPECT_EQ(contentOf(victim), "untouched");
    EXPECT_TRUE(contentOf(dir.filePath("hr.csv")).contains("reference"));
}

TEST(OutputFiles, ASymlinkAtTheTargetIsReplacedNotWrittenThrough) {
    QTemporaryDir dir;
    const QString path = demoCase(dir);
    const QString victim = dir.filePath("victim.txt");
    writeFileReplacing(victim, "untouched");
    for (const char* name : {"hr.csv", "sheet.csv"})
        ASSERT_TRUE(QFile::link(victim, dir.filePath(name)));
    ok({"export-shortlist", path, "--stage", "preselection", "--out", dir.filePath("hr.csv")});
    ok({"export-sheet", path, "--member", "chair", "--stage", "preselection", "--out",
        dir.filePath("sheet.csv")});
    EXPECT_EQ(contentOf(victim), "untouched");
    for (const char* name : {"hr.csv", "sheet.csv"}) {
        EXPECT_FALSE(QFileInfo(dir.filePath(name)).isSymLink()) << name;
        EXPECT_TRUE(QFileInfo(dir.filePath(name)).isFile()) << name;
    }
}

TEST(OutputFiles, ABackupNeverReplacesNorFollowsWhatIsAtItsName) {
    QTemporaryDir dir;
    const QString path = demoCase(dir);
    const QString victim = dir.filePath("victim.txt");
    writeFileReplacing(victim, "untouched");
    ASSERT_TRUE(QFile::link(victim, dir.filePath("copy.selpanel")));
    ASSERT_TRUE(QFile::link(dir.filePath("gone"), dir.filePath("dangling.selpanel")));
    for (const char* name : {"copy.selpanel", "dangling.selpanel"}) {
        const AppResult result = runApp({"backup", path, dir.filePath(name)});
        EXPECT_EQ(result.exitCode, 2) << name;
        EXPECT_TRUE(result.errText().contains("already exists")) << result.errText().toStdString();
    }
    EXPECT_EQ(contentOf(victim), "untouched");
    EXPECT_FALSE(QFileInfo::exists(dir.filePath("gone")));
}

TEST(OutputFiles, AFailedWriteLeavesThePreviousFileAndNoTemporaryFile) {
    QTemporaryDir dir;
    const QString target = dir.filePath("out.csv");
    writeFileReplacing(target, "first");
    ASSERT_TRUE(QDir().mkdir(dir.filePath("folder.csv")));
    EXPECT_THROW(writeFileReplacing(dir.filePath("folder.csv"), "x"), Error);
    EXPECT_EQ(contentOf(target), "first");
    EXPECT_TRUE(QDir(dir.path()).entryList({".*.tmp-*"}, QDir::Files | QDir::Hidden).isEmpty());
}
