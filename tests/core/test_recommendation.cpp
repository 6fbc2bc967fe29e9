#include "domain/recommendation.h"

#include <gtest/gtest.h>

namespace {

using sp::Category;
using sp::PriorityOrder;

constexpr double passMark = 24;

struct Row {
    const char* candidate;
    Category category;
    std::optional<double> interviewTotal; // none: incomplete
};

std::vector<sp::FinalCandidate> finalRanking(const std::vector<Row>& rows,
                                             PriorityOrder order = PriorityOrder::Strict) {
    std::vector<sp::RankingInput> inputs;
    for (const auto& r : rows)
        inputs.push_back({r.candidate, r.category, r.interviewTotal, r.interviewTotal.has_value()});
    return sp::finalRanking(sp::rank(inputs, order), passMark);
}

// A Commission official below the pass mark, a suitable laureate, a better external.
const std::vector<Row> mixed = {{"COM-1", Category::CommissionOfficial, 22},
                                {"LAU-1", Category::Laureate, 25},
                                {"LAU-2", Category::Laureate, 31},
                                {"EXT-1", Category::External, 38}};

TEST(Recommendation, SuitabilityFollowsThePassMark) {
    const auto ranking = finalRanking({{"A", Category::External, 24},
                                       {"B", Category::External, 23.5},
                                       {"C", Category::External, std::nullopt}});
    ASSERT_EQ(ranking.size(), 3u);
    EXPECT_TRUE(ranking[0].suitable);
    EXPECT_FALSE(ranking[1].suitable);
    EXPECT_FALSE(ranking[2].suitable);
}

TEST(Recommendation, BestSuitableCandidateOfTheHighestTierThatHasOne) {
    struct Case {
        const char* name;
        std::vector<Row> rows;
        PriorityOrder order;
        QStringList candidates;
        const char* reason;
    };
    const Case cases[] = {
        {"the external with the best total is not recommended",
         mixed,
         PriorityOrder::Strict,
         {"LAU-2"},
         "best suitable candidate of tier 3 Laureate, total 31"},
        {"strict: a Commission official comes before a better laureate",
         {{"COM-1", Category::CommissionOfficial, 25}, {"LAU-1", Category::Laureate, 30}},
         PriorityOrder::Strict,
         {"COM-1"},
         "best suitable candidate of tier 1 Commission official, total 25"},
        {"grouped: the better laureate",
         {{"COM-1", Category::CommissionOfficial, 25}, {"LAU-1", Category::Laureate, 30}},
         PriorityOrder::Grouped,
         {"LAU-1"},
         "best suitable candidate of tier 1 Priority group, total 30"},
        {"no suitable priority candidate: the best external",
         {{"COM-1", Category::CommissionOfficial, 20},
          {"EXT-1", Category::External, 26},
          {"EXT-2", Category::External, 30}},
         PriorityOrder::Strict,
         {"EXT-2"},
         "best suitable candidate of tier 4 External, total 30"},
        {"a tie at the top: the panel chooses",
         {{"LAU-1", Category::Laureate, 30},
          {"LAU-2", Category::Laureate, 30},
          {"LAU-3", Category::Laureate, 29}},
         PriorityOrder::Strict,
         {"LAU-1", "LAU-2"},
         "2 suitable candidates of tier 3 Laureate tie at total 30: the panel chooses"},
        {"nobody suitable",
         {{"EXT-1", Category::External, 10}, {"EXT-2", Category::External, std::nullopt}},
         PriorityOrder::Strict,
         {},
         "no interviewed candidate is suitable"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const sp::Recommendation r = sp::recommended(finalRanking(c.rows, c.order));
        EXPECT_EQ(r.candidates, c.candidates);
        EXPECT_EQ(r.reason.toStdString(), c.reason);
        EXPECT_EQ(r.needsPanelChoice(), c.candidates.size() > 1);
    }
}

TEST(Recommendation, ChoosingAnotherCandidateNeedsAWrittenJustification) {
    const auto ranking = finalRanking(mixed);
    struct Case {
        const char* chosen;
        const char* justification;
        bool required;
        QStringList problems;
    };
    const Case cases[] = {
        {"LAU-2", "", false, {}},
        {"EXT-1",
         "",
         true,
         {"recommending EXT-1 over LAU-2 (3 Laureate, rank 2), LAU-1 (3 Laureate, rank 3) needs a "
          "written justification of why the suitable higher-tier candidates do not best fit the "
          "post (Article 29)"}},
        {"EXT-1", "LAU-2 and LAU-1 lack the AWS experience the post needs from day one", true, {}},
        {"LAU-1",
         "",
         true,
         {"recommending LAU-1 over LAU-2 (3 Laureate, rank 2) needs a written justification of "
          "why the better-ranked suitable candidates do not best fit the post"}},
        {"LAU-1", "better motivated", true, {}},
        {"COM-1",
         "the service asked for her",
         false,
         {"COM-1 is not suitable (interview total 22 below the pass mark): they cannot be "
          "recommended"}},
        {"ZZZ-9", "", false, {"ZZZ-9 is not in the final ranking of interviewed candidates"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.chosen) + " '" + c.justification + "'");
        EXPECT_EQ(sp::justificationRequired(c.chosen, ranking), c.required);
        EXPECT_EQ(sp::englishTexts(sp::recommendationProblems(c.chosen, ranking, c.justification)),
                  c.problems);
    }
}

TEST(Recommendation, EitherOfATieAtTheTopNeedsNoJustification) {
    const auto ranking = finalRanking({{"LAU-1", Category::Laureate, 30},
                                       {"LAU-2", Category::Laureate, 30},
                                       {"EXT-1", Category::External, 35}});
    for (const char* chosen : {"LAU-1", "LAU-2"}) {
        SCOPED_TRACE(chosen);
        EXPECT_FALSE(sp::justificationRequired(chosen, ranking));
        EXPECT_EQ(sp::englishTexts(sp::recommendationProblems(chosen, ranking, "")), QStringList());
    }
    EXPECT_TRUE(sp::justificationRequired("EXT-1", ranking));
}

TEST(Recommendation, AnIncompleteCandidateCannotBeRecommended) {
    const auto ranking = finalRanking(
        {{"LAU-1", Category::Laureate, std::nullopt}, {"EXT-1", Category::External, 30}});
    EXPECT_EQ(sp::englishTexts(sp::recommendationProblems("LAU-1", ranking, "strong candidate")),
              QStringList({"LAU-1 has no complete interview total: they cannot be recommended"}));
    // An incomplete priority candidate is not a suitable higher-tier one.
    EXPECT_EQ(sp::recommended(ranking).candidates, QStringList({"EXT-1"}));
    EXPECT_EQ(sp::englishTexts(sp::recommendationProblems("EXT-1", ranking, "")), QStringList());
}

} // namespace
