#include "casefile/case_file.h"
#include "casefile/schema.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"
#include "support/case_fixtures.h"
#include "support/older_case_files.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;

namespace {

ErrorKind errorKindOf(const std::function<void()>& action, QString* message = nullptr) {
    try {
        action();
    } catch (const Error& e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    ADD_FAILURE() << "no sp::Error was thrown";
    return ErrorKind::Failure;
}

// Runs raw SQL on a file, as another program (or an older Selection Panel) would.
void rawSql(const QString& path, const QStringList& statements) {
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const auto& s : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST(CaseFile, CreatesAFileAtTheCurrentSchemaVersionHoldingTheVacancy) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    {
        auto created = CaseFile::create(path, builtinExampleVacancy());
        EXPECT_EQ(created->schemaVersion(), CaseFile::currentSchemaVersion());
    }
    auto reopened = CaseFile::open(path);
    EXPECT_EQ(reopened->vacancy().reference, QStringLiteral("CLIMA/COM/2025/814"));
    EXPECT_EQ(reopened->vacancy().criteria.size(), builtinExampleVacancy().criteria.size());
    EXPECT_TRUE(reopened->applications().candidates().empty());
    EXPECT_TRUE(reopened->verify().ok());
}

TEST(CaseFile, IsCreatedWithOwnerOnlyPermissions) {
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    auto caseFile = CaseFile::create(path, builtinExampleVacancy());
    const auto perms = QFileInfo(path).permissions();
    EXPECT_TRUE(perms & QFile::ReadOwner);
    EXPECT_FALSE(perms &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
#else
    GTEST_SKIP() << "Unix permissions only";
#endif
}

TEST(CaseFile, RefusesToOverwriteAnExistingFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    QFile existing(path);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    QString message;
    EXPECT_EQ(errorKindOf([&] { CaseFile::create(path, builtinExampleVacancy()); }, &message),
              ErrorKind::BadInput);
    EXPECT_TRUE(message.contains("already exists"));
    QFile again(path);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), QByteArray("precious"));
}

TEST(CaseFile, MigratesAVersionOneFileKeepingItsCandidates) {
    QTemporaryDir dir;
    const QString path = dir.filePath("old.selpanel");
    {
        auto caseFile = CaseFile::create(path, builtinExampleVacancy());
        test::importSample(*caseFile, dir.path(), 2);
    }
    // Take the file back to what version 1 wrote.
    test::downgradeToVersion6(path);
    rawSql(path,
           {"DROP TABLE record", "DROP TABLE setting", "DROP TABLE recommendation",
            "DROP TABLE shortlist_decision", "DROP TABLE consensus", "DROP TABLE mark",
            "DROP TABLE mark_sheet", "DROP TABLE grid_reopening", "DROP TABLE grid_state",
            "DROP TABLE conflict", "DROP TABLE panel_member", "DROP TABLE duplicate_resolution",
            "DROP TABLE declaration_tick", "DROP TABLE eligibility_decision",
            "DROP TABLE duplicate_flag", "ALTER TABLE candidate DROP COLUMN import_batch_id",
            "DROP TABLE import_batch", "PRAGMA user_version = 1"});

    auto migrated = CaseFile::open(path);
    EXPECT_EQ(migrated->schemaVersion(), CaseFile::currentSchemaVersion());
    ASSERT_EQ(migrated->applications().candidates().size(), 2u);
    EXPECT_EQ(migrated->applications().candidates()[0].application.surname,
              QStringLiteral("Müller"));
    EXPECT_TRUE(migrated->verify().ok());
    EXPECT_TRUE(migrated->applications().duplicates().empty());
    EXPECT_TRUE(migrated->panel().members().empty());
    EXPECT_EQ(migrated->panel().gridState(), GridState::Draft);
}

TEST(CaseFile, MigratesAVersionFiveFileKeepingEveryMark) {
    QTemporaryDir dir;
    const QString path = dir.filePath("v5.selpanel");
    std::vector<RankedCandidate> before;
    QStringList references;
    {
        auto caseFile = CaseFile::create(path, builtinExampleVacancy());
        references = test::importSample(*caseFile, dir.path(), 3);
        for (const auto& reference : references)
            caseFile->screening().decideEligibility(reference, true, {}, QStringLiteral("chair"));
        caseFile->panel().addMember({"chair", "Clara Chair", Role::Chair});
        caseFile->panel().addMember({"anna", "Anna Member", Role::Member});
        caseFile->panel().freezeGrid(QStringLiteral("chair"));
        std::vector<MarkSheet> sheets;
        int mark = 1;
        for (const auto& reference : references)
            for (const QString member : {"chair", "anna"}) {
                MarkSheet sheet{member, reference, Stage::Preselection, {}, {}, true};
                for (const auto& c : criteriaOf(caseFile->vacancy().criteria, sheet.stage))
                    sheet.marks[c.id] = mark++ % 4;
                sheets.push_back(sheet);
            }
        caseFile->marking().saveMarkSheets(sheets);
        before = caseFile->results().ranking(Stage::Preselection);
    }
    // Version 5 kept marks in a rowid table with a separate key, and had no index by candidate.
    test::downgradeToVersion6(path);
    rawSql(path,
           {"CREATE TABLE mark_v5 (member_id TEXT NOT NULL, candidate_id INTEGER NOT NULL, "
            "stage TEXT NOT NULL, criterion_id TEXT NOT NULL, mark INTEGER NOT NULL CHECK (mark "
            ">= 0), PRIMARY KEY (member_id, candidate_id, stage, criterion_id), FOREIGN KEY "
            "(member_id, candidate_id, stage) REFERENCES mark_sheet(member_id, candidate_id, "
            "stage) ON DELETE CASCADE)",
            "INSERT INTO mark_v5 SELECT * FROM mark", "DROP TABLE mark",
            "ALTER TABLE mark_v5 RENAME TO mark", "DROP INDEX mark_sheet_candidate",
            "PRAGMA user_version = 5"});

    auto migrated = CaseFile::open(path);
    EXPECT_EQ(migrated->schemaVersion(), CaseFile::currentSchemaVersion());
    EXPECT_TRUE(migrated->verify().ok());
    // Version 7 seals every row as found, so a mark changed after the upgrade shows (version 8
    // then notes where signed acts begin, in an entry of its own).
    const auto record = migrated->record().entries();
    const auto sealed = std::find_if(record.rbegin(), record.rend(), [](const RecordEntry& e) {
        return e.action == QStringLiteral("state_sealed");
    });
    ASSERT_NE(sealed, record.rend());
    EXPECT_TRUE(sealed->seal.contains("sheet/anna/preselection"));
    EXPECT_EQ(record.back().action, QStringLiteral("signing_started"));
    const auto after = migrated->results().ranking(Stage::Preselection);
    ASSERT_EQ(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].candidate, before[i].candidate);
        EXPECT_EQ(after[i].total, before[i].total);
    }
    const auto own = migrated->marking().ownSheet(references[1], Stage::Preselection, "anna");
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(own->marks.size(),
              criteriaOf(migrated->vacancy().criteria, Stage::Preselection).size());
    migrated.reset();
    rawSql(path, {"UPDATE mark SET mark = 0 WHERE member_id = 'anna'"});
    EXPECT_FALSE(CaseFile::open(path, CaseFile::Access::ReadOnly)->verify().ok());
}

TEST(CaseFile, MigrationStepsAreOrderedAndEndAtTheCurrentVersion) {
    const auto& steps = schema::migrations();
    for (size_t i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps[i].toVersion, static_cast<int>(i) + 1);
    EXPECT_EQ(schema::currentVersion(), steps.back().toVersion);
}

TEST(CaseFile, RefusesAFileWrittenByANewerVersion) {
    QTemporaryDir dir;
    const QString path = dir.filePath("future.selpanel");
    CaseFile::create(path, builtinExampleVacancy()).reset();
    rawSql(path,
           {QStringLiteral("PRAGMA user_version = %1").arg(CaseFile::currentSchemaVersion() + 1)});
    QString message;
    EXPECT_EQ(errorKindOf([&] { CaseFile::open(path); }, &message), ErrorKind::NewerVersion);
    EXPECT_TRUE(message.contains("newer version")) << message.toStdString();
}

TEST(CaseFile, ASecondWriterIsToldWhoHoldsTheFileAndMayOpenItReadOnly) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    auto writer = CaseFile::create(path, builtinExampleVacancy());

    QString message;
    EXPECT_EQ(errorKindOf([&] { CaseFile::open(path); }, &message), ErrorKind::Locked);
    EXPECT_TRUE(message.contains(QString::number(QCoreApplication::applicationPid())))
        << message.toStdString();
    EXPECT_TRUE(message.contains("read-only")) << message.toStdString();
    const auto holder = CaseFile::currentWriter(path);
    ASSERT_TRUE(holder.has_value());
    EXPECT_EQ(holder->pid, QCoreApplication::applicationPid());
    EXPECT_FALSE(holder->host.isEmpty());
    EXPECT_LE(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())), 60);

    auto reader = CaseFile::open(path, CaseFile::Access::ReadOnly);
    EXPECT_TRUE(reader->isReadOnly());
    EXPECT_EQ(reader->vacancy().reference, QStringLiteral("CLIMA/COM/2025/814"));

    writer.reset();
    EXPECT_FALSE(CaseFile::currentWriter(path).has_value());
    EXPECT_NO_THROW(CaseFile::open(path));
}

TEST(CaseFile, AReadOnlyCaseFileRefusesAnImport) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    CaseFile::create(path, builtinExampleVacancy()).reset();
    auto reader = CaseFile::open(path, CaseFile::Access::ReadOnly);
    EXPECT_THROW(test::importSample(*reader, dir.path(), 1), Error);
}

TEST(CaseFile, ADamagedPageIsFoundAtOpeningOrByTheLaterCheck) {
    QTemporaryDir dir;
    const QString path = dir.filePath("damaged.selpanel");
    {
        auto caseFile = CaseFile::create(path, builtinExampleVacancy());
        test::importSample(*caseFile, dir.path(), 3);
        EXPECT_FALSE(caseFile->integrityProblem().has_value());
    }
    // Scribble over the last page (part of the candidates' documents), not the header.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    ASSERT_GT(file.size(), 4 * pageSize);
    file.seek(file.size() - pageSize);
    file.write(QByteArray(pageSize, '\x5a'));
    file.close();

    QString message;
    EXPECT_EQ(errorKindOf([&] { CaseFile::open(path); }, &message), ErrorKind::Damaged);
    EXPECT_TRUE(message.contains(path)) << message.toStdString();
    auto later =
        CaseFile::open(path, CaseFile::Access::ReadOnly, CaseFile::Integrity::CheckedLater);
    const auto problem = later->integrityProblem();
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(problem->contains(path)) << problem->toStdString();
    EXPECT_TRUE(problem->contains("damaged")) << problem->toStdString();
}

TEST(CaseFile, ADamagedOrForeignFileGivesAClearError) {
    QTemporaryDir dir;
    struct Case {
        const char* name;
        QByteArray content;
    };
    QByteArray fakeHeader("SQLite format 3\0", 16);
    const Case cases[] = {
        {"garbage", QByteArray(8192, 'x')},
        {"truncated header", fakeHeader + QByteArray(100, '\xff')},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const QString path = dir.filePath(QString::fromLatin1(c.name) + ".selpanel");
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(c.content);
        f.close();
        QString message;
        EXPECT_EQ(errorKindOf([&] { CaseFile::open(path); }, &message), ErrorKind::Damaged);
        EXPECT_TRUE(message.contains(path)) << message.toStdString();
    }

    const QString foreign = dir.filePath("foreign.sqlite");
    rawSql(foreign, {"CREATE TABLE t (x)"});
    QString message;
    EXPECT_EQ(errorKindOf([&] { CaseFile::open(foreign); }, &message), ErrorKind::Damaged);
    EXPECT_TRUE(message.contains("not a Selection Panel case file")) << message.toStdString();
}

TEST(CaseFile, ACorruptedPageIsFoundAtOpen) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    {
        auto caseFile = CaseFile::create(path, builtinExampleVacancy());
        test::importSample(*caseFile, dir.path(), 3);
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 4096 * 3);
    f.seek(4096 * 2 + 10); // inside the second page: a b-tree page
    f.write(QByteArray(2000, '\x5a'));
    f.close();
    QString message;
    try {
        auto opened = CaseFile::open(path);
        const auto report = opened->verify();
        EXPECT_FALSE(report.ok());
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Damaged) << e.what();
    }
}

TEST(CaseFile, MissingFileIsNotFound) {
    EXPECT_EQ(errorKindOf([] { CaseFile::open(QStringLiteral("/nonexistent/x.selpanel")); }),
              ErrorKind::NotFound);
}
