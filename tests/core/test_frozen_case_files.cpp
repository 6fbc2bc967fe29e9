// Case files written by the programs of earlier versions (tests/data/case-files, made by
// scripts/freeze-case-file), opened by today's: the upgrade keeps what their users saw, as the
// old program's own answers at freeze time (beside each file) show it.

#include "casefile/case_file.h"
#include "domain/error.h"
#include "io/csv_reader.h"
#include "support/app_runner.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace sp;

namespace {

using Row = QHash<QString, QString>;

// The versions whose program could screen, mark, and keep a record: older files hold none of it.
constexpr int screeningSince = 3;
constexpr int markingSince = 4;
constexpr int recordSince = 5;

QString frozenDir() {
    return test::dataDir() + QStringLiteral("/case-files");
}

std::vector<int> frozenVersions() {
    std::vector<int> versions;
    static const QRegularExpression name(QStringLiteral("^version-(\\d+)\\.selpanel$"));
    for (const QString& file : QDir(frozenDir()).entryList(QDir::Files)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            versions.push_back(match.captured(1).toInt());
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

QString frozenFile(int version) {
    return frozenDir() + QStringLiteral("/version-%1.selpanel").arg(version);
}

// What the old program answered at freeze time (version-N/NAME).
QString answerPath(int version, const QString& name) {
    return frozenDir() + QStringLiteral("/version-%1/%2").arg(version).arg(name);
}

QString answerText(int version, const QString& name) {
    QFile file(answerPath(version, name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return QString::fromUtf8(file.readAll());
}

// The rows of one of the old program's CSV answers, each cell by its column's name.
std::vector<Row> answerRows(int version, const QString& name) {
    QFile file(answerPath(version, name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const CsvTable table = readCsv(file.readAll(), file.fileName());
    EXPECT_TRUE(table.ok()) << file.fileName().toStdString();
    std::vector<Row> rows;
    for (const auto& record : table.records) {
        Row row;
        for (qsizetype i = 0; i < table.header.size(); ++i)
            row[table.header[i]] = record.cells.value(i);
        rows.push_back(row);
    }
    return rows;
}

QString total(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 2) : QString();
}

std::string str(const QString& text) {
    return text.toStdString();
}

void setUserVersion(const QString& path, int version) {
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("frozen"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("frozen"));
}

// The record as the old program left it, read from the file itself (before any upgrade): seq,
// action, candidate, after and hash of every entry, one string each.
QStringList rawRecord(const QString& path) {
    QStringList entries;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("frozen"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(QStringLiteral(
            "SELECT seq, action, candidate, after_text, hash FROM record ORDER BY seq")));
        while (query.next())
            entries << QStringList{query.value(0).toString(), query.value(1).toString(),
                                   query.value(2).toString(), query.value(3).toString(),
                                   query.value(4).toString()}
                           .join(QLatin1Char('|'));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("frozen"));
    return entries;
}

QByteArray contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Each test works on its own copy of the frozen file (the upgrade writes to it), on a computer
// of its own: copies of one case share its id, and the record's anchor on a computer that saw one
// copy upgraded would take another copy's upgrade (a new entry at another time) for a rewritten
// record, rightly.
class FrozenCaseFile : public testing::TestWithParam<int> {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("case.selpanel"));
        ASSERT_TRUE(QFile::copy(frozenFile(version()), path));
        ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        dataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data-home")).toLocal8Bit());
    }
    void TearDown() override { qputenv("XDG_DATA_HOME", dataHome); }
    int version() const { return GetParam(); }
    std::unique_ptr<CaseFile> upgraded() { return CaseFile::open(path); }

    QTemporaryDir dir;
    QString path;
    QByteArray dataHome;
};

TEST_P(FrozenCaseFile, IsUpgradedToTheCurrentVersionOnce) {
    int entries = 0;
    {
        auto caseFile = upgraded();
        EXPECT_EQ(caseFile->versionAtOpening(), version());
        EXPECT_EQ(caseFile->schemaVersion(), CaseFile::currentSchemaVersion());
        entries = static_cast<int>(caseFile->record().entries().size());
    }
    auto again = upgraded();
    EXPECT_EQ(again->versionAtOpening(), CaseFile::currentSchemaVersion());
    EXPECT_EQ(static_cast<int>(again->record().entries().size()), entries)
        << "the second opening wrote to the record";
}

TEST_P(FrozenCaseFile, PassesVerifyAfterTheUpgrade) {
    {
        const VerifyReport report = upgraded()->verify();
        EXPECT_TRUE(report.ok()) << str(report.problems().join(QStringLiteral("\n")));
        EXPECT_EQ(report.pdfsChecked, report.candidates);
        // The old record is kept whole (the upgrade may add its own entries after it), and every
        // act the old program signed still checks.
        const QString old = answerText(version(), QStringLiteral("verify.txt"));
        static const QRegularExpression entries(QStringLiteral("record: (\\d+) entries"));
        if (const auto match = entries.match(old); match.hasMatch()) {
            EXPECT_GE(report.recordEntries, match.captured(1).toInt());
        }
        static const QRegularExpression signedActs(QStringLiteral("signatures: (\\d+) act"));
        if (const auto match = signedActs.match(old); match.hasMatch()) {
            EXPECT_EQ(report.signedActs, match.captured(1).toInt());
        }
    }
    const auto result = test::runApp({QStringLiteral("verify"), path});
    EXPECT_EQ(result.exitCode, 0) << str(result.outText() + result.errText());
}

// From version 5 on: every entry the old program wrote, unchanged and in its place, hash and all.
TEST_P(FrozenCaseFile, KeepsTheOldRecordEntryForEntry) {
    if (version() < recordSince)
        GTEST_SKIP() << "version " << version() << " had no record";
    const QStringList old = rawRecord(path);
    ASSERT_FALSE(old.isEmpty());
    const auto record = upgraded()->record().entries();
    ASSERT_GE(record.size(), static_cast<size_t>(old.size()));
    for (qsizetype i = 0; i < old.size(); ++i) {
        const RecordEntry& e = record[static_cast<size_t>(i)];
        EXPECT_EQ(QStringList({QString::number(e.seq), e.action, e.candidate, e.after,
                               QString::fromLatin1(e.hash)})
                      .join(QLatin1Char('|')),
                  old[i]);
    }
}

TEST_P(FrozenCaseFile, KeepsEveryCandidateWithTheirApplication) {
    const auto expected = answerRows(version(), QStringLiteral("candidates.csv"));
    auto caseFile = upgraded();
    const auto candidates = caseFile->applications().candidates();
    ASSERT_EQ(candidates.size(), expected.size());
    for (size_t i = 0; i < candidates.size(); ++i) {
        const ApplicationData& a = candidates[i].application;
        EXPECT_EQ(a.reference, expected[i]["reference"]);
        EXPECT_EQ(a.surname, expected[i]["surname"]) << str(a.reference);
        EXPECT_EQ(a.givenNames, expected[i]["given_names"]) << str(a.reference);
        EXPECT_EQ(a.email, expected[i]["email"]) << str(a.reference);
        EXPECT_EQ(candidates[i].pdf.pageCount, expected[i]["pdf_pages"].toInt())
            << str(a.reference);
        EXPECT_FALSE(caseFile->applications().pdf(candidates[i].id).isEmpty()) << str(a.reference);
    }
}

TEST_P(FrozenCaseFile, KeepsTheScreeningDecisionsAndTheirReasons) {
    auto caseFile = upgraded();
    const auto screened = caseFile->screening().all();
    if (version() < screeningSince) {
        for (const auto& [candidate, screening] : screened)
            EXPECT_FALSE(screening.decision.has_value()) << str(candidate.application.reference);
        return;
    }
    const auto expected = answerRows(version(), QStringLiteral("screen.csv"));
    ASSERT_EQ(screened.size(), expected.size());
    for (size_t i = 0; i < screened.size(); ++i) {
        const auto& [candidate, screening] = screened[i];
        ASSERT_EQ(candidate.application.reference, expected[i]["reference"]);
        EXPECT_EQ(screeningStatusKey(screening.status), expected[i]["status"])
            << str(candidate.application.reference);
        EXPECT_EQ(screening.tierLabel, expected[i]["tier"]) << str(candidate.application.reference);
    }
    const auto decisions = answerRows(version(), QStringLiteral("decisions.csv"));
    ASSERT_FALSE(decisions.empty());
    for (const auto& decision : decisions) {
        const auto candidate = caseFile->screening().candidate(decision["reference"]);
        ASSERT_TRUE(candidate.has_value()) << str(decision["reference"]);
        const auto& recorded = candidate->screening.decision;
        ASSERT_TRUE(recorded.has_value()) << str(decision["reference"]);
        EXPECT_EQ(recorded->eligible, decision["eligible"] == QStringLiteral("yes"))
            << str(decision["reference"]);
        EXPECT_EQ(recorded->reason, decision["reason"]) << str(decision["reference"]);
        EXPECT_EQ(recorded->decidedBy, decision["by"]) << str(decision["reference"]);
    }
}

TEST_P(FrozenCaseFile, KeepsThePanelTheGridAndItsFreeze) {
    auto caseFile = upgraded();
    if (version() < markingSince) {
        EXPECT_TRUE(caseFile->panel().members().empty());
        EXPECT_EQ(caseFile->panel().gridState(), GridState::Draft);
        return;
    }
    const QString grid = answerText(version(), QStringLiteral("grid.txt"));
    EXPECT_EQ(caseFile->panel().gridState() == GridState::Frozen,
              grid.contains(QStringLiteral("frozen")));
    // The old program listed the criteria in grid order: today's grid has the same, in the same
    // order.
    qsizetype from = 0;
    const auto criteria = caseFile->panel().grid().criteria;
    EXPECT_FALSE(criteria.empty());
    for (const auto& criterion : criteria) {
        const qsizetype at = grid.indexOf(criterion.id, from);
        EXPECT_GE(at, 0) << str(criterion.id) << " is not in the old grid, or not in that order";
        from = std::max(from, at);
    }
    const QString panel = answerText(version(), QStringLiteral("panel.txt"));
    ASSERT_FALSE(caseFile->panel().members().empty());
    for (const auto& member : caseFile->panel().members()) {
        EXPECT_TRUE(panel.contains(member.id)) << str(member.id);
        EXPECT_TRUE(panel.contains(member.name)) << str(member.name);
    }
    ASSERT_EQ(caseFile->panel().conflicts().size(), 1u);
    EXPECT_TRUE(panel.contains(caseFile->panel().conflicts()[0].candidate));
}

// The ranking's totals are the consolidated results of the submitted marks (the consensus mark
// included): order, ranks, ties and totals as the old program ranked them.
TEST_P(FrozenCaseFile, KeepsTheConsolidatedResultsAndTheRanking) {
    auto caseFile = upgraded();
    if (version() < markingSince) { // eligible candidates without a mark: none is ranked
        for (const auto& r : caseFile->results().ranking(Stage::Preselection))
            EXPECT_FALSE(r.rank.has_value()) << str(r.candidate);
        return;
    }
    for (const auto& [stage, name] :
         {std::pair{Stage::Preselection, QStringLiteral("rank-preselection.csv")},
          std::pair{Stage::Interview, QStringLiteral("rank-interview.csv")}}) {
        const auto expected = answerRows(version(), name);
        const auto ranking = caseFile->results().ranking(stage);
        ASSERT_EQ(ranking.size(), expected.size()) << str(name);
        ASSERT_FALSE(ranking.empty()) << str(name);
        for (size_t i = 0; i < ranking.size(); ++i) {
            const auto& r = ranking[i];
            EXPECT_EQ(r.candidate, expected[i]["reference"]) << str(name) << " row " << i + 1;
            EXPECT_EQ(r.rank ? QString::number(*r.rank) : QString(), expected[i]["rank"])
                << str(r.candidate);
            EXPECT_EQ(r.tied, expected[i]["tied"] == QStringLiteral("yes")) << str(r.candidate);
            EXPECT_EQ(total(r.total), expected[i]["total"]) << str(r.candidate);
            const ConsolidatedView view =
                caseFile->results().consolidated(r.candidate, stage, "clara");
            if (view.result) // the chair abstains for none: every result is visible to her
                EXPECT_EQ(total(view.result->weightedTotal), expected[i]["total"])
                    << str(r.candidate);
            else
                ADD_FAILURE() << str(r.candidate) << ": " << str(view.access.reason);
        }
    }
    int consensus = 0;
    for (const auto& view : caseFile->results().consolidated(Stage::Preselection, "clara"))
        if (view.result)
            for (const auto& criterion : view.result->criteria)
                consensus += criterion.consensus.has_value();
    EXPECT_EQ(consensus, 1);
}

// One candidate's pre-selection marks as each marker saw them (`marks REF --stage preselection
// --member ID`): their own sheet and the others' submitted ones, mark by mark, and the result.
TEST_P(FrozenCaseFile, KeepsEveryMarkAsEachMemberSawIt) {
    static const QRegularExpression fileName(QStringLiteral("^marks-(.+)-([a-z]+)\\.txt$"));
    static const QRegularExpression sheetLine(QStringLiteral("^(\\w+) \\((submitted|draft)\\):$"));
    static const QRegularExpression markLine(QStringLiteral("^  ([a-z0-9_]+) +(\\d+)$"));
    static const QRegularExpression commentLine(QStringLiteral("^  comment: (.*)$"));
    static const QRegularExpression resultLine(QStringLiteral("^result: total ([0-9.]+)"));
    const QStringList files =
        QDir(answerPath(version(), QString())).entryList({QStringLiteral("marks-*.txt")});
    if (version() < markingSince)
        GTEST_SKIP() << "version " << version() << " had no marking";
    ASSERT_FALSE(files.isEmpty());
    auto caseFile = upgraded();
    for (const QString& file : files) {
        const auto name = fileName.match(file);
        ASSERT_TRUE(name.hasMatch()) << str(file);
        const QString reference = name.captured(1), viewer = name.captured(2);
        std::vector<MarkSheet> expected;
        std::optional<double> result;
        for (const QString& line : answerText(version(), file).split(QLatin1Char('\n'))) {
            if (const auto sheet = sheetLine.match(line); sheet.hasMatch())
                expected.push_back({sheet.captured(1),
                                    reference,
                                    Stage::Preselection,
                                    {},
                                    {},
                                    sheet.captured(2) == QStringLiteral("submitted")});
            else if (const auto mark = markLine.match(line); mark.hasMatch() && !expected.empty())
                expected.back().marks[mark.captured(1)] = mark.captured(2).toInt();
            else if (const auto comment = commentLine.match(line);
                     comment.hasMatch() && !expected.empty())
                expected.back().comment = comment.captured(1);
            else if (const auto total = resultLine.match(line); total.hasMatch())
                result = total.captured(1).toDouble();
        }
        ASSERT_FALSE(expected.empty()) << str(file);
        const auto seen =
            caseFile->marking().visibleMarks(reference, Stage::Preselection, viewer).sheets;
        ASSERT_EQ(seen.size(), expected.size()) << str(file);
        for (size_t i = 0; i < seen.size(); ++i) {
            EXPECT_EQ(seen[i].member, expected[i].member) << str(file);
            EXPECT_EQ(seen[i].submitted, expected[i].submitted) << str(file);
            EXPECT_TRUE(seen[i].marks == expected[i].marks)
                << str(file) << " " << str(seen[i].member);
            EXPECT_EQ(seen[i].comment, expected[i].comment) << str(file);
        }
        const auto view = caseFile->results().consolidated(reference, Stage::Preselection, viewer);
        ASSERT_TRUE(result.has_value()) << str(file);
        ASSERT_TRUE(view.result && view.result->weightedTotal) << str(file);
        EXPECT_NEAR(*view.result->weightedTotal, *result, 0.01) << str(file);
    }
}

TEST_P(FrozenCaseFile, KeepsTheShortlistAndTheRecommendation) {
    auto caseFile = upgraded();
    if (version() < markingSince) {
        EXPECT_TRUE(caseFile->results().shortlist().invited().isEmpty());
        EXPECT_FALSE(caseFile->results().recommendation().recorded.has_value());
        return;
    }
    QStringList invited;
    for (const auto& row : answerRows(version(), QStringLiteral("export-preselection.csv")))
        invited << row["reference"];
    EXPECT_EQ(caseFile->results().shortlist().invited(), invited);
    int changed = 0;
    for (const auto& entry : caseFile->results().shortlist().entries)
        changed += entry.changedByPanel || !entry.reason.isEmpty();
    EXPECT_GE(changed, 1);

    const auto finalRows = answerRows(version(), QStringLiteral("export-final.csv"));
    const auto recommended = std::find_if(finalRows.begin(), finalRows.end(), [](const Row& row) {
        return row["status"] == QStringLiteral("recommended");
    });
    ASSERT_NE(recommended, finalRows.end());
    const auto recorded = caseFile->results().recommendation().recorded;
    ASSERT_TRUE(recorded.has_value());
    EXPECT_EQ(recorded->candidate, (*recommended)["reference"]);
    EXPECT_EQ(recorded->by, QStringLiteral("clara"));
    EXPECT_FALSE(recorded->justification.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, FrozenCaseFile, testing::ValuesIn(frozenVersions()),
                         [](const testing::TestParamInfo<int>& info) {
                             return "Version" + std::to_string(info.param);
                         });

// No program ever wrote version 1: the first one already created version 2.
TEST(FrozenCaseFiles, OneForEveryVersionAProgramWrote) {
    std::vector<int> expected;
    for (int version = 2; version < CaseFile::currentSchemaVersion(); ++version)
        expected.push_back(version);
    EXPECT_EQ(frozenVersions(), expected)
        << "freeze the version before this one: scripts/freeze-case-file (see "
           "tests/data/case-files/README.md)";
}

TEST(FrozenCaseFiles, AFileOfANewerVersionIsRefusedAndLeftAsItIs) {
    ASSERT_FALSE(frozenVersions().empty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.selpanel"));
    ASSERT_TRUE(QFile::copy(frozenFile(frozenVersions().back()), path));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    setUserVersion(path, 99);
    const QByteArray before = contentOf(path);
    for (const auto access : {CaseFile::Access::ReadWrite, CaseFile::Access::ReadOnly}) {
        try {
            CaseFile::open(path, access);
            ADD_FAILURE() << "a version 99 file was opened";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::NewerVersion);
            EXPECT_TRUE(e.message().contains(QStringLiteral("newer version"))) << str(e.message());
            EXPECT_TRUE(e.message().contains(QStringLiteral("99"))) << str(e.message());
        }
    }
    EXPECT_EQ(contentOf(path), before);
    const auto result = test::runApp({QStringLiteral("verify"), path});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.errText().contains(QStringLiteral("newer version")))
        << str(result.errText());
}

} // namespace
