// A case file in a read-only folder or file system, or a copy with a journal left beside it:
// readers read, writers say "read-only", and a leftover journal is named in words, never as
// SQLite's "attempt to write a readonly database" nor "damaged".

#include "support/app_runner.h"
#include "support/scoped_mount.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp::test;

namespace {

QString demoCase(const QString& folder) {
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath("c.selpanel");
    const AppResult result =
        runApp({"demo", path, "--candidates", "6", "--members", "3", "--marked", "--minimal-pdfs"});
    EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    // As a case file closed cleanly and copied leaves it: nothing beside it.
    QFile::remove(path + "-wal");
    QFile::remove(path + "-shm");
    return path;
}

// A rollback journal as SQLite leaves it when killed in a transaction: its header (no pages to
// put back, the file's own size), which makes the journal "hot" until someone rolls it back.
void leaveJournalBeside(const QString& path) {
    constexpr quint32 PageSize = 4096;
    const quint32 pages = static_cast<quint32>(QFileInfo(path).size() / PageSize);
    QFile journal(path + "-journal");
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    QDataStream out(&journal); // big-endian, as SQLite writes it
    out.writeRawData("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    out << quint32(0) << quint32(0x5eed) << pages << quint32(512) << PageSize;
    journal.write(QByteArray(512 - 28, '\0'));
}

} // namespace

TEST(ReadOnlyPlaces, InAReadOnlyFileSystemReadersReadAndWritersSaySo) {
    QTemporaryDir dir;
    demoCase(dir.filePath("source"));
    const QString view = dir.filePath("read-only");
    const auto mount = ScopedMount::readOnlyView(dir.filePath("source"), view);
    if (!mount)
        GTEST_SKIP() << "cannot mount a read-only view here (needs root or CAP_SYS_ADMIN); "
                        "root ignores a 0555 folder, so there is no other way to test it";
    const QString path = QDir(view).filePath("c.selpanel");
    const QList<QStringList> readers = {
        {"verify", path},
        {"candidates", path},
        {"export-shortlist", path, "--stage", "preselection", "--out", dir.filePath("hr.csv")},
        {"backup", path, dir.filePath("copy.selpanel")},
    };
    for (const QStringList& reading : readers) {
        const AppResult result = runApp(reading);
        EXPECT_EQ(result.exitCode, 0)
            << reading.join(' ').toStdString() << ": " << result.errText().toStdString();
    }
    EXPECT_EQ(runApp({"verify", dir.filePath("copy.selpanel")}).exitCode, 0);

    const AppResult writing = runApp(
        {"decide", path, "APP-0001", "--eligible", "yes", "--by", "chair", "--reason", "checked"});
    EXPECT_EQ(writing.exitCode, 1);
    EXPECT_TRUE(writing.errText().contains("read-only")) << writing.errText().toStdString();
    EXPECT_TRUE(writing.errText().contains("it can be opened read-only"));
    EXPECT_FALSE(writing.errText().contains("damaged"));
    EXPECT_FALSE(writing.errText().contains("another process"));
}

TEST(ReadOnlyPlaces, ALeftoverJournalIsNamedAndOpeningForWritingRecoversTheFile) {
    QTemporaryDir dir;
    const QString path = demoCase(dir.filePath("copy"));
    leaveJournalBeside(path);
    const AppResult verify = runApp({"verify", path});
    EXPECT_EQ(verify.exitCode, 1);
    const QString message = verify.errText();
    EXPECT_TRUE(message.contains(path + "-journal")) << message.toStdString();
    EXPECT_TRUE(message.contains("left by a program that stopped while writing"));
    EXPECT_TRUE(message.contains("where it can be written to"));
    EXPECT_FALSE(message.contains("attempt to write a readonly database"));
    EXPECT_FALSE(message.contains("damaged"));

    // As the message says: opened once for writing, SQLite puts the journal back; then it reads.
    const AppResult upgrade = runApp({"upgrade", path});
    EXPECT_EQ(upgrade.exitCode, 0) << upgrade.errText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path + "-journal"));
    EXPECT_EQ(runApp({"verify", path}).exitCode, 0);
}
