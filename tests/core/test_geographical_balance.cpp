// The geographical balance: the share of nationals of the vacancy's under-represented Member
// States at each stage, reported only, never feeding a mark, rank, shortlist or recommendation.

#include "domain/geographical_balance.h"
#include "marking_fixture.h"
#include "support/test_paths.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sp;
using namespace sp::test;

namespace {

ScreenedCandidate screenedAs(const QString& reference, const QStringList& nationalities,
                             ScreeningStatus status) {
    ScreenedCandidate c;
    c.candidate.application.reference = reference;
    c.candidate.application.nationalities = nationalities;
    c.screening.status = status;
    return c;
}

const StageBalance& stageOf(const GeographicalBalance& balance, BalanceStage stage) {
    return balance.stages.at(static_cast<size_t>(stage));
}

// Sets every candidate's nationalities, as another tool would, with the file closed.
void setNationalities(const QString& path, const QString& nationalities) {
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.prepare(QStringLiteral("UPDATE candidate SET nationalities = ?")));
        q.bindValue(0, nationalities);
        ASSERT_TRUE(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
}

} // namespace

TEST(GeographicalBalance, CountsEachStageAndADualNationalOnce) {
    const QStringList under{"MT", "LU"};
    const std::vector<ScreenedCandidate> screened = {
        screenedAs("A", {"MT"}, ScreeningStatus::Eligible),
        screenedAs("B", {"FR", "LU"}, ScreeningStatus::Eligible), // dual: counts, once
        screenedAs("C", {"MT", "LU"}, ScreeningStatus::Eligible), // both under-represented: once
        screenedAs("D", {"FR"}, ScreeningStatus::Eligible),
        screenedAs("E", {"MT"}, ScreeningStatus::NotEligible),
        screenedAs("F", {"MT"}, ScreeningStatus::Inadmissible),
        screenedAs("G", {"MT"}, ScreeningStatus::Superseded), // a duplicate: not counted at all
        screenedAs("H", {"DE"}, ScreeningStatus::Pending),
    };
    const BalanceResults results{{"A", "B", "D"}, {"B", "D"}, "D"};
    const GeographicalBalance balance = geographicalBalance(screened, results, under);

    ASSERT_EQ(balance.stages.size(), 6u);
    EXPECT_EQ(balance.underRepresented, under);
    auto expect = [&](BalanceStage stage, int candidates, int nationals) {
        const StageBalance& s = stageOf(balance, stage);
        EXPECT_EQ(s.stage, stage);
        EXPECT_EQ(s.candidates, candidates) << balanceStageKey(stage).toStdString();
        EXPECT_EQ(s.underRepresented, nationals) << balanceStageKey(stage).toStdString();
    };
    expect(BalanceStage::Applied, 7, 5);
    expect(BalanceStage::Admissible, 6, 4);
    expect(BalanceStage::Eligible, 4, 3);
    expect(BalanceStage::Shortlisted, 3, 2);
    expect(BalanceStage::Suitable, 2, 1);
    expect(BalanceStage::Recommended, 1, 0);
    EXPECT_DOUBLE_EQ(stageOf(balance, BalanceStage::Eligible).share(), 0.75);
    EXPECT_DOUBLE_EQ(stageOf(balance, BalanceStage::Recommended).share(), 0.0);
}

TEST(GeographicalBalance, GreeceAsGrAndLowerCaseCodesAreTheSameState) {
    EXPECT_TRUE(fromUnderRepresented(
        screenedAs("A", {"gr"}, ScreeningStatus::Eligible).candidate.application,
        QStringList{"EL"}));
    const auto balance =
        geographicalBalance({screenedAs("A", {"EL"}, ScreeningStatus::Eligible)}, {}, {"gr"});
    EXPECT_EQ(stageOf(balance, BalanceStage::Applied).underRepresented, 1);
}

TEST(GeographicalBalance, NobodyAtAStageIsAShareOfZero) {
    const auto balance = geographicalBalance({}, {}, {"MT"});
    for (const auto& stage : balance.stages) {
        EXPECT_EQ(stage.candidates, 0);
        EXPECT_DOUBLE_EQ(stage.share(), 0.0);
    }
}

// The same procedure with every nationality changed: the same marks' totals, ranking, shortlist,
// final ranking and recommendation; only the balance differs.
TEST(GeographicalBalance, NationalitiesChangeNoRankShortlistOrRecommendation) {
    auto c = std::make_unique<MarkingCase>(std::vector<Person>{
        {"Official", "O", "commission_official"}, {"External", "E"}, {"Other", "X"}});
    c->markAll(c->refs[0], Stage::Preselection, 3, 3, 3);
    c->markAll(c->refs[1], Stage::Preselection, 4, 4, 4);
    c->markAll(c->refs[2], Stage::Preselection, 2, 3, 2);
    for (const auto& ref : c->file->results().shortlist().invited())
        c->markAll(ref, Stage::Interview, 4, 3, 4);
    c->file->results().recommend(c->refs[0], "chair", "");

    auto snapshot = [](CaseFile& file) {
        QStringList lines;
        for (const auto& r : file.results().ranking(Stage::Preselection))
            lines << QStringLiteral("pre %1 %2 %3 %4")
                         .arg(r.candidate, totalText(r.total), r.tierLabel)
                         .arg(r.rank.value_or(0));
        for (const auto& entry : file.results().shortlist().entries)
            lines << QStringLiteral("shortlist %1 %2 %3")
                         .arg(entry.candidate)
                         .arg(entry.invited)
                         .arg(entry.reason);
        for (const auto& f : file.results().finalRanking())
            lines << QStringLiteral("final %1 %2 %3 %4")
                         .arg(f.ranked.candidate, totalText(f.ranked.total))
                         .arg(f.ranked.rank.value_or(0))
                         .arg(f.suitable);
        const auto recommendation = file.results().recommendation();
        lines << QStringLiteral("proposed %1").arg(recommendation.proposed.candidates.join(','));
        lines << QStringLiteral("recorded %1").arg(recommendation.recorded->candidate);
        return lines;
    };
    const QStringList before = snapshot(*c->file);
    const auto balanceBefore = c->file->results().geographicalBalance();
    // importPeople makes everyone German; Germany is under-represented in the example vacancy.
    EXPECT_EQ(stageOf(balanceBefore, BalanceStage::Applied).underRepresented, 3);
    EXPECT_EQ(stageOf(balanceBefore, BalanceStage::Recommended).underRepresented, 1);

    const QString path = c->file->path();
    c->file.reset();
    setNationalities(path, QStringLiteral("FR;BE"));
    auto reopened = CaseFile::open(path);
    EXPECT_EQ(snapshot(*reopened), before);
    const auto balanceAfter = reopened->results().geographicalBalance();
    EXPECT_EQ(stageOf(balanceAfter, BalanceStage::Applied).candidates, 3);
    EXPECT_EQ(stageOf(balanceAfter, BalanceStage::Applied).underRepresented, 0);
    EXPECT_EQ(stageOf(balanceAfter, BalanceStage::Recommended).underRepresented, 0);
}

// What the ranking, shortlist and recommendation are computed from holds no nationality: their
// sources never read one.
TEST(GeographicalBalance, TheMeritRulesNeverReadANationality) {
    for (const char* file :
         {"core/domain/ranking.h", "core/domain/ranking.cpp", "core/domain/consolidation.h",
          "core/domain/consolidation.cpp", "core/domain/shortlist.h", "core/domain/shortlist.cpp",
          "core/domain/recommendation.h", "core/domain/recommendation.cpp", "core/domain/tier.h",
          "core/domain/tier.cpp"}) {
        QFile source(QStringLiteral(SP_SOURCE_DIR "/") + QLatin1String(file));
        ASSERT_TRUE(source.open(QIODevice::ReadOnly)) << file;
        const QString text = QString::fromUtf8(source.readAll());
        EXPECT_FALSE(text.contains(QLatin1String("nationalit"), Qt::CaseInsensitive)) << file;
        EXPECT_FALSE(text.contains(QLatin1String("underRepresented"))) << file;
        EXPECT_FALSE(text.contains(QLatin1String("geographical"), Qt::CaseInsensitive)) << file;
    }
}
