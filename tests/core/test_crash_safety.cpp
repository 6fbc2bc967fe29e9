// A process killed at any moment (power cut, SIGKILL) loses nothing it reported saved and
// leaves a case file that opens and verifies. Imports and marking commands run as the real
// binary and are killed at random moments; after each kill the file is checked.
// The file writers (backup, export-shortlist, export-sheet, export-candidate) are killed at moments
// spread over their measured duration: a kill leaves the whole file or none under its name, and
// never blocks the next attempt.
// SP_SOAK_KILLS=N runs the soak variants with N kills (scripts/soak).

#include "marking_fixture.h"
#include "support/app_runner.h"
#include "support/test_paths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <algorithm>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <set>

using namespace sp;
using namespace sp::test;

namespace {

constexpr int CandidatesPerImport = 10;
constexpr int NoSheet = -1;

// Writes batch N: CANDIDATES_PER_IMPORT applications with their own e-mails and PDFs.
QString writeBatch(const QString& dir, int batch) {
    const QString pdfDir = QDir(dir).filePath(QStringLiteral("batch-%1").arg(batch));
    QDir().mkpath(pdfDir);
    QStringList rows;
    for (int i = 0; i < CandidatesPerImport; ++i) {
        const QString file = QStringLiteral("b%1-%2.pdf").arg(batch).arg(i);
        QFile pdf(QDir(pdfDir).filePath(file));
        pdf.open(QIODevice::WriteOnly);
        pdf.write(makePdf(1, file));
        rows << QStringLiteral(",\"Surname%1x%2\",Given,b%1c%2@example.eu,DE,2025-04-20T10:00:00Z,"
                               "external,,post_secondary,4.5,en:C1 fr:B2,%3")
                    .arg(batch)
                    .arg(i)
                    .arg(file);
    }
    return writeCsv(pdfDir, QStringLiteral("applications.csv"), rows);
}

struct Run {
    bool killed = false;
    int exitCode = -1;
};

// Starts the command and kills it after `delayMs` unless it finished before.
Run runAndMaybeKill(const QStringList& arguments, int delayMs) {
    QProcess process;
    process.start(appBinary(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (process.waitForFinished(delayMs))
        return {false, process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1};
    process.kill(); // SIGKILL
    process.waitForFinished(10000);
    return {true, -1};
}

// How long a short command takes here. Under the sanitizers (scripts/test) or on a loaded
// machine the program is several times slower; the kill delays scale with it, so that commands
// are still both killed and left to finish.
int shortCommandMs(const QString& path) {
    QElapsedTimer timer;
    timer.start();
    runAndMaybeKill({"verify", path}, 60000);
    return static_cast<int>(timer.elapsed());
}

// What must be in the case file: each candidate's mark as last reported saved, and the marks
// a killed command may or may not have saved.
struct Expected {
    qsizetype candidatesAtLeast = 0;
    qsizetype candidatesAtMost = 0;
    std::map<QString, std::set<int>> possibleMark; // every criterion given the same mark
};

int markOf(const CaseFile& caseFile, const QString& reference) {
    const auto sheet =
        caseFile.marking().ownSheet(reference, Stage::Preselection, QStringLiteral("anna"));
    if (!sheet || sheet->marks.empty())
        return NoSheet;
    const int first = sheet->marks.begin()->second;
    for (const auto& [criterion, mark] : sheet->marks)
        if (mark != first)
            return -2; // a sheet half-written: never acceptable
    return first;
}

// Opens after the kill, verifies, compares with what was reported saved; then takes what it
// found as the new reported state.
void checkAfterKill(const QString& path, Expected& expected, int kill) {
    SCOPED_TRACE(QStringLiteral("after kill %1").arg(kill).toStdString());
    std::unique_ptr<CaseFile> caseFile;
    ASSERT_NO_THROW(caseFile = CaseFile::open(path));
    const VerifyReport report = caseFile->verify();
    ASSERT_TRUE(report.ok()) << report.integrityMessage.toStdString();
    const qsizetype count = static_cast<qsizetype>(caseFile->applications().candidates().size());
    EXPECT_GE(count, expected.candidatesAtLeast);
    EXPECT_LE(count, expected.candidatesAtMost);
    EXPECT_EQ(count % CandidatesPerImport, 0) << "an import was half-written";
    expected.candidatesAtLeast = expected.candidatesAtMost = count;
    for (auto& [reference, possible] : expected.possibleMark) {
        const int found = markOf(*caseFile, reference);
        EXPECT_TRUE(possible.count(found)) << reference.toStdString() << " holds mark " << found;
        possible = {found};
    }
}

void killRepeatedly(int kills, quint32 seed) {
    MarkingCase setup(std::vector<Person>(CandidatesPerImport, Person{"Crash", "Test"}));
    const QString path = setup.file->path();
    const QString dir = setup.dir.path();
    const QStringList refs = setup.refs;
    const auto criteria = criteriaOf(setup.file->vacancy().criteria, Stage::Preselection);
    int maxMark = 1000;
    for (const auto& c : criteria)
        maxMark = std::min(maxMark, c.maxMark);
    setup.file.reset(); // the children write

    Expected expected;
    expected.candidatesAtLeast = expected.candidatesAtMost = refs.size();
    for (const auto& ref : refs)
        expected.possibleMark[ref] = {NoSheet};

    QRandomGenerator random(seed);
    const int maxDelayMs = std::max(100, 2 * shortCommandMs(path));
    int killed = 0;
    int completed = 0;
    int batch = 0;
    for (int step = 0; killed < kills && step < kills * 4; ++step) {
        const int delayMs = static_cast<int>(random.bounded(2, maxDelayMs));
        if (step % 3 == 0) {
            const QString csv = writeBatch(dir, ++batch);
            expected.candidatesAtMost += CandidatesPerImport;
            const Run run = runAndMaybeKill(
                {"import", path, csv, "--pdf-dir", QFileInfo(csv).absolutePath()}, delayMs);
            if (!run.killed) {
                ASSERT_EQ(run.exitCode, 0) << "import of batch " << batch;
                expected.candidatesAtLeast += CandidatesPerImport;
            }
            killed += run.killed;
            completed += !run.killed;
        } else {
            const QString ref = refs[static_cast<int>(random.bounded(refs.size()))];
            const int mark = static_cast<int>(random.bounded(maxMark + 1));
            QStringList args = {"mark",
                                path,
                                ref,
                                "--stage",
                                "preselection",
                                "--member",
                                "anna",
                                "--passphrase-file",
                                passphraseFileFor("anna")};
            for (const auto& c : criteria)
                args << "--criterion" << QStringLiteral("%1=%2").arg(c.id).arg(mark);
            const Run run = runAndMaybeKill(args, delayMs);
            if (!run.killed) {
                ASSERT_EQ(run.exitCode, 0) << "mark " << ref.toStdString();
                expected.possibleMark[ref] = {mark};
            } else {
                expected.possibleMark[ref].insert(mark);
            }
            killed += run.killed;
            completed += !run.killed;
        }
        checkAfterKill(path, expected, killed);
        if (::testing::Test::HasFatalFailure())
            return;
    }
    EXPECT_GE(killed, kills) << "the commands finished before most kills: widen the delays";
    EXPECT_GT(completed, 0) << "no command finished: nothing reported saved was checked";
}

} // namespace

TEST(CrashSafety, KilledImportsAndMarkingLoseNothingReportedSaved) {
    killRepeatedly(50, 20251128);
}

namespace {

QByteArray contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int durationMs(const QStringList& arguments) {
    QElapsedTimer timer;
    timer.start();
    const Run run = runAndMaybeKill(arguments, 60000);
    EXPECT_EQ(run.exitCode, 0) << arguments.join(' ').toStdString();
    return static_cast<int>(timer.elapsed());
}

// A writer of files for the user, what it writes, and the files it must leave whole or not at all.
struct FileWriter {
    QString name;
    QStringList arguments;
    QStringList outputs;
    bool isCaseFile = false; // a backup: checked by verify, not compared byte for byte
};

QStringList leftoverTemporaries(const QString& dir) {
    QStringList found;
    QDirIterator it(dir, {".*.tmp-*"}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

void removeOutputs(const FileWriter& writer) {
    for (const QString& output : writer.outputs)
        QFile::remove(output);
}

void killWritersRepeatedly(int kills, quint32 seed) {
    QTemporaryDir dir;
    const QString path = dir.filePath("c.selpanel");
    const Run demo = runAndMaybeKill(
        {"demo", path, "--candidates", "200", "--members", "3", "--marked", "--minimal-pdfs"},
        120000);
    ASSERT_EQ(demo.exitCode, 0);
    const QString out = dir.filePath("out");
    QDir().mkpath(out);
    const QString dossier = QDir(out).filePath("APP-0001");
    const std::vector<FileWriter> writers = {
        {"backup",
         {"backup", path, QDir(out).filePath("copy.selpanel")},
         {QDir(out).filePath("copy.selpanel")},
         true},
        {"export-shortlist",
         {"export-shortlist", path, "--stage", "preselection", "--out",
          QDir(out).filePath("hr.csv")},
         {QDir(out).filePath("hr.csv")}},
        {"export-sheet",
         {"export-sheet", path, "--member", "chair", "--stage", "preselection", "--out",
          QDir(out).filePath("sheet.csv")},
         {QDir(out).filePath("sheet.csv")}},
        {"export-candidate",
         {"export-candidate", path, "APP-0001", "--out", dossier},
         {QDir(dossier).filePath("application.json"), QDir(dossier).filePath("application.pdf"),
          QDir(dossier).filePath("record.csv")}},
    };
    // What each writes when left to finish, and how long it takes here.
    std::vector<std::map<QString, QByteArray>> complete(writers.size());
    std::vector<int> duration(writers.size());
    for (size_t w = 0; w < writers.size(); ++w) {
        duration[w] = durationMs(writers[w].arguments);
        for (const QString& output : writers[w].outputs)
            complete[w][output] = contentOf(output);
        removeOutputs(writers[w]);
    }

    QRandomGenerator random(seed);
    std::vector<int> killed(writers.size()), finished(writers.size());
    for (int step = 0; step < kills; ++step) {
        const size_t w = step % writers.size();
        const FileWriter& writer = writers[w];
        SCOPED_TRACE(QStringLiteral("%1, step %2").arg(writer.name).arg(step).toStdString());
        // Spread evenly over the whole run, start-up included, and half as long again past it, so
        // that some runs finish.
        const double round =
            (static_cast<double>(step / writers.size()) + random.generateDouble()) /
            std::max<size_t>(1, kills / writers.size());
        const int delayMs = 1 + static_cast<int>(duration[w] * 1.5 * round);
        const Run run = runAndMaybeKill(writer.arguments, delayMs);
        if (run.killed)
            ++killed[w];
        else {
            ASSERT_EQ(run.exitCode, 0);
            ++finished[w];
        }
        for (const QString& output : writer.outputs) {
            if (!QFileInfo::exists(output)) {
                EXPECT_TRUE(run.killed) << output.toStdString() << " missing after success";
                continue;
            }
            if (writer.isCaseFile) {
                EXPECT_FALSE(QFileInfo::exists(output + "-journal")) << "a journal under its name";
                const Run verify = runAndMaybeKill({"verify", output}, 60000);
                EXPECT_EQ(verify.exitCode, 0) << output.toStdString() << " is not whole";
            } else {
                EXPECT_EQ(contentOf(output), complete[w][output])
                    << output.toStdString() << " is not whole";
            }
        }
        // The next attempt is never blocked: a backup needs its name free, so it is cleared.
        if (writer.isCaseFile)
            removeOutputs(writer);
        if (::testing::Test::HasFatalFailure())
            return;
    }
    // A finished run removes what killed runs left; none may remain once each has finished.
    for (size_t w = 0; w < writers.size(); ++w) {
        removeOutputs(writers[w]);
        EXPECT_EQ(runAndMaybeKill(writers[w].arguments, 60000).exitCode, 0);
    }
    EXPECT_TRUE(leftoverTemporaries(out).isEmpty())
        << leftoverTemporaries(out).join(' ').toStdString();
    for (size_t w = 0; w < writers.size(); ++w) {
        EXPECT_GT(killed[w], 0) << writers[w].name.toStdString() << " was never killed";
        EXPECT_GT(finished[w], 0) << writers[w].name.toStdString() << " never finished";
    }
}

} // namespace

TEST(CrashSafety, KilledFileWritersLeaveTheWholeFileOrNoneAndNeverBlockTheNext) {
    killWritersRepeatedly(48, 20251203);
}

TEST(CrashSafety, SoakOfTheFileWriters) {
    const int kills = qEnvironmentVariableIntValue("SP_SOAK_KILLS");
    if (kills <= 0)
        GTEST_SKIP() << "set SP_SOAK_KILLS=N to kill N times";
    killWritersRepeatedly(kills, QRandomGenerator::global()->generate());
}

TEST(CrashSafety, Soak) {
    const int kills = qEnvironmentVariableIntValue("SP_SOAK_KILLS");
    if (kills <= 0)
        GTEST_SKIP() << "set SP_SOAK_KILLS=N to kill N times";
    killRepeatedly(kills, QRandomGenerator::global()->generate());
}
