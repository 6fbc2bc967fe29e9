// Data protection (Regulation 2018/1725): erasing a candidate's personal data keeps the
// procedure's anonymous statistics and a verifiable file; a candidate's access request gets
// everything held on them.

#include "casefile/candidate_dossier.h"
#include "casefile/case_file.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"
#include "io/csv_reader.h"
#include "marking_fixture.h"
#include "support/app_runner.h"
#include "support/case_fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void ok(const QStringList& args) {
    const auto result = runApp(args);
    ASSERT_EQ(result.exitCode, 0) << args.join(' ').toStdString() << "\n"
                                  << result.errText().toStdString();
}

QStringList backupsIn(const QString& dir) {
    return QDir(dir).entryList({"*.before-erase-*"}, QDir::Files);
}

} // namespace

TEST(Erasure, RemovesThePdfAndNamesKeepsStatisticsAndWritesABackupFirst) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    auto caseFile = CaseFile::create(path, builtinExampleVacancy());
    const QStringList refs = importSample(*caseFile, dir.path(), 3);
    caseFile->screening().decideEligibility(refs[0], false, "the diploma names Ms Müller's school",
                                            "chair");
    const Candidate before = *caseFile->applications().candidate(refs[0]);
    const ScreenedCandidate screenedBefore = caseFile->screening().all().front();

    const QString backup =
        caseFile->dataProtection().eraseCandidate(refs[0], "sec", "retention period over");

    // The backup: beside the case file, named by the time, owner-only, holding the data.
    EXPECT_EQ(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    EXPECT_TRUE(QRegularExpression(R"(^case\.before-erase-\d{8}T\d{6}Z\.selpanel$)")
                    .match(QFileInfo(backup).fileName())
                    .hasMatch())
        << backup.toStdString();
#ifdef Q_OS_UNIX
    EXPECT_FALSE(QFileInfo(backup).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
#endif
    {
        auto copy = CaseFile::open(backup, CaseFile::Access::ReadOnly);
        EXPECT_TRUE(copy->verify().ok());
        EXPECT_EQ(copy->applications().candidate(refs[0])->application.surname,
                  before.application.surname);
        EXPECT_FALSE(copy->applications().pdf(before.id).isEmpty());
    }

    const Candidate after = *caseFile->applications().candidate(refs[0]);
    EXPECT_EQ(after.application.surname, "erased");
    EXPECT_EQ(after.application.givenNames, "");
    EXPECT_EQ(after.application.email, "");
    EXPECT_TRUE(after.application.nationalities.isEmpty());
    EXPECT_TRUE(caseFile->applications().pdf(after.id).isEmpty());
    EXPECT_TRUE(caseFile->dataProtection().isErased(refs[0]));
    // The statistics stay: category, received day, screening status, tier.
    EXPECT_EQ(after.application.category, before.application.category);
    EXPECT_EQ(after.application.receivedAt.date(), before.application.receivedAt.date());
    const ScreenedCandidate screenedAfter = caseFile->screening().all().front();
    EXPECT_EQ(screenedAfter.screening.status, screenedBefore.screening.status);
    EXPECT_EQ(screenedAfter.screening.tierLabel, screenedBefore.screening.tierLabel);
    EXPECT_FALSE(screenedAfter.screening.decision->reason.contains("Müller"));
    EXPECT_EQ(caseFile->applications().candidates().size(), 3u);
    // The others are untouched.
    EXPECT_FALSE(caseFile->dataProtection().isErased(refs[1]));
    EXPECT_FALSE(
        caseFile->applications().pdf(caseFile->applications().candidate(refs[1])->id).isEmpty());

    const auto entries = caseFile->record().entries(refs[0]);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, "candidate_erased");
    EXPECT_EQ(entries.back().actor, "sec");
    EXPECT_TRUE(entries.back().after.contains("retention period over"));

    const VerifyReport report = caseFile->verify();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.pdfsChecked, 2);
}

TEST(Erasure, AnonymisingKeepsThePanelsReasonsAndAnUnknownCandidateChangesNothing) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    auto caseFile = CaseFile::create(path, builtinExampleVacancy());
    const QStringList refs = importSample(*caseFile, dir.path(), 2);
    caseFile->screening().decideEligibility(refs[1], false, "no diploma", "chair");

    EXPECT_THROW(caseFile->dataProtection().eraseCandidates({refs[0], "APP-9999"}, "sec", "old"),
                 Error);
    EXPECT_FALSE(caseFile->dataProtection().isErased(refs[0]));
    EXPECT_TRUE(backupsIn(dir.path()).isEmpty());
    EXPECT_THROW(caseFile->dataProtection().eraseCandidate(refs[0], "sec", ""),
                 Error); // a reason is required

    caseFile->dataProtection().anonymiseCandidate(refs[1], "sec", "old");
    EXPECT_TRUE(caseFile->dataProtection().isErased(refs[1]));
    EXPECT_EQ(caseFile->screening().all()[1].screening.decision->reason, "no diploma");
    EXPECT_EQ(caseFile->record().entries(refs[1]).back().action, "candidate_anonymised");
    EXPECT_TRUE(caseFile->verify().ok());
}

TEST(Erasure, FromTheCommandLineADryRunChangesNothingAndTheListShowsErased) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    ok({"demo", path, "--candidates", "3", "--seed", "2", "--folder", dir.filePath("f")});
    const QByteArray listBefore = runApp({"candidates", path, "--csv"}).out;
    const QByteArray recordBefore = runApp({"record", path, "--csv"}).out;

    const auto dry = runApp({"erase", path, "--older-than-days", "0", "--not-recruited", "--by",
                             "sec", "--reason", "retention", "--dry-run"});
    ASSERT_EQ(dry.exitCode, 0) << dry.errText().toStdString();
    EXPECT_TRUE(dry.outText().contains("APP-0001"));
    EXPECT_TRUE(dry.outText().contains("APP-0003"));
    EXPECT_TRUE(dry.outText().contains("would be erased"));
    EXPECT_EQ(runApp({"candidates", path, "--csv"}).out, listBefore);
    EXPECT_EQ(runApp({"record", path, "--csv"}).out, recordBefore);
    EXPECT_TRUE(backupsIn(dir.path()).isEmpty());

    // Received in 2025: none is older than a hundred years.
    const auto none = runApp({"erase", path, "--older-than-days", "36500", "--not-recruited",
                              "--by", "sec", "--reason", "retention", "--dry-run"});
    EXPECT_FALSE(none.outText().contains("APP-"));

    const auto missing = runApp({"erase", path, "APP-0001"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.errText().contains("--reason"));

    ok({"erase", path, "APP-0002", "--by", "sec", "--reason", "retention period over"});
    EXPECT_EQ(backupsIn(dir.path()).size(), 1);
    const auto list = runApp({"candidates", path});
    EXPECT_TRUE(list.outText().contains("erased"));
    ok({"verify", path});
    const auto record = runApp({"record", path, "--candidate", "APP-0002"});
    EXPECT_TRUE(record.outText().contains("candidate_erased"));
}

TEST(Erasure, ExportCandidateWritesTheApplicationThePdfAndTheRecord) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    auto caseFile = CaseFile::create(path, builtinExampleVacancy());
    const QStringList refs = importSample(*caseFile, dir.path(), 2);
    caseFile->screening().decideEligibility(refs[0], false, "no diploma in the documents", "chair");
    const Candidate candidate = *caseFile->applications().candidate(refs[0]);
    const QByteArray pdf = caseFile->applications().pdf(candidate.id);
    caseFile.reset();

    const QString out = dir.filePath("dsar");
    ok({"export-candidate", path, refs[0], "--out", out});
    QJsonParseError error;
    const QJsonObject json =
        QJsonDocument::fromJson(readAll(QDir(out).filePath("application.json")), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonObject application = json["application"].toObject();
    EXPECT_EQ(application["reference"].toString(), refs[0]);
    EXPECT_EQ(application["surname"].toString(), candidate.application.surname);
    EXPECT_EQ(application["email"].toString(), candidate.application.email);
    const QJsonObject screening = json["screening"].toObject();
    EXPECT_EQ(screening["panel_decision"].toObject()["reason"].toString(),
              "no diploma in the documents");
    EXPECT_FALSE(json.contains("marks")); // never the members' individual marks
    EXPECT_EQ(readAll(QDir(out).filePath("application.pdf")), pdf);

    const CsvTable record = readCsv(readAll(QDir(out).filePath("record.csv")), "record.csv");
    ASSERT_EQ(record.records.size(), 1u);
    const int candidateColumn = static_cast<int>(record.header.indexOf("candidate"));
    EXPECT_EQ(record.records.front().cells[candidateColumn], refs[0]);

    // Once erased, nothing personal is left to export.
    ok({"erase", path, refs[0], "--by", "sec", "--reason", "asked by the candidate"});
    const QString outAfter = dir.filePath("dsar-after");
    ok({"export-candidate", path, refs[0], "--out", outAfter});
    EXPECT_FALSE(QFile::exists(QDir(outAfter).filePath("application.pdf")));
    const QJsonObject erased =
        QJsonDocument::fromJson(readAll(QDir(outAfter).filePath("application.json"))).object();
    EXPECT_TRUE(erased["erased"].toBool());
    EXPECT_EQ(erased["application"].toObject()["surname"].toString(), "erased");
}

TEST(Erasure, TheRecommendedAndReserveListCandidatesNeedForceAndTheDossierHasResultsOnly) {
    // Interview pass mark 24: 3 everywhere is 30 (suitable, on the reserve list), 2 is 20.
    MarkingCase c({{"Official", "O", "commission_official"}, {"External", "E"}, {"Weak", "W"}});
    const Stage pre = Stage::Preselection;
    const Stage interview = Stage::Interview;
    c.markAll(c.refs[0], pre, 4, 4, 4);
    c.markAll(c.refs[1], pre, 3, 3, 3);
    c.markAll(c.refs[2], pre, 2, 3, 4);
    c.markAll(c.refs[0], interview, 4, 4, 4);
    c.markAll(c.refs[1], interview, 3, 3, 3);
    c.markAll(c.refs[2], interview, 2, 2, 2);
    c.file->results().recommend(c.refs[0], "chair", "");

    // The dossier: consolidated marks per criterion, never a member's own.
    const QJsonObject dossier =
        QJsonDocument::fromJson(candidateDossierJson(*c.file, c.refs[2])).object();
    const QJsonArray results = dossier["results"].toArray();
    ASSERT_EQ(results.size(), 2);
    const QJsonObject preselection = results[0].toObject();
    EXPECT_EQ(preselection["stage"].toString(), "preselection");
    ASSERT_TRUE(preselection["available"].toBool());
    EXPECT_EQ(preselection["criteria"].toArray()[0].toObject()["mark"].toDouble(), 3.0); // mean
    const QString text = QString::fromUtf8(candidateDossierJson(*c.file, c.refs[2]));
    EXPECT_FALSE(text.contains("anna"));
    EXPECT_FALSE(text.contains("bruno"));

    EXPECT_TRUE(refusal([&] {
                    c.file->dataProtection().eraseCandidate(c.refs[0], "sec", "old");
                }).contains("recommended"));
    EXPECT_TRUE(refusal([&] {
                    c.file->dataProtection().eraseCandidate(c.refs[1], "sec", "old");
                }).contains("reserve list"));
    EXPECT_FALSE(c.file->dataProtection().isErased(c.refs[0]));
    EXPECT_FALSE(c.file->dataProtection().isErased(c.refs[1]));
    EXPECT_EQ(c.file->dataProtection().erasableOlderThan(0, QDateTime::currentDateTimeUtc()),
              QStringList({c.refs[1], c.refs[2]}));

    c.file->dataProtection().eraseCandidate(c.refs[2], "sec", "not selected, retention over");
    c.file->dataProtection().eraseCandidate(c.refs[1], "sec", "reserve list expired", true);
    EXPECT_TRUE(c.file->dataProtection().isErased(c.refs[1]));
    EXPECT_TRUE(c.file->dataProtection().isErased(c.refs[2]));
    // The totals stay: computed from the marks, which stay.
    const auto final = c.file->results().finalRanking();
    ASSERT_EQ(final.size(), 3u);
    EXPECT_EQ(*final[2].ranked.total, 20.0);
    EXPECT_EQ(c.file->results().recommendation().recorded->candidate, c.refs[0]);
    EXPECT_TRUE(c.file->verify().ok());
}

// An erasure failing part-way (here SQLite refuses the change) leaves no extra copy of the
// personal data behind, and the candidate as they were.
TEST(Erasure, AFailedErasureLeavesNoBackup) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    QStringList refs;
    {
        auto caseFile = CaseFile::create(path, builtinExampleVacancy());
        refs = importSample(*caseFile, dir.path(), 3);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "refusing");
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec("CREATE TRIGGER refuse BEFORE UPDATE ON candidate "
                           "BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    }
    QSqlDatabase::removeDatabase("refusing");
    auto caseFile = CaseFile::open(path);
    EXPECT_THROW(caseFile->dataProtection().eraseCandidates(refs, "sec", "retention period over"),
                 Error);
    EXPECT_TRUE(backupsIn(dir.path()).isEmpty()) << backupsIn(dir.path()).join(' ').toStdString();
    EXPECT_FALSE(caseFile->dataProtection().isErased(refs[0]));
}
