#include "domain/error.h"
#include "domain/ranking.h"

#include <cmath>
#include <gtest/gtest.h>

namespace {

using sp::Category;
using sp::PriorityOrder;

sp::RankingInput complete(const char* candidate, Category category, double total) {
    return {candidate, category, total, true};
}

sp::RankingInput incomplete(const char* candidate, Category category) {
    return {candidate, category, std::nullopt, false};
}

// What the panel reads in a ranking row: "reference rank tier total", rank "-" when none, a "="
// after a tied rank.
QStringList rows(const std::vector<sp::RankedCandidate>& ranking) {
    QStringList lines;
    for (const auto& c : ranking)
        lines << QStringLiteral("%1 %2%3 %4 %5")
                     .arg(c.candidate, c.rank ? QString::number(*c.rank) : QStringLiteral("-"),
                          c.tied ? QStringLiteral("=") : QString(), c.tierLabel,
                          sp::totalText(c.total));
    return lines;
}

TEST(Ranking, TierFirstThenTotalInStrictAndGroupedOrder) {
    const std::vector<sp::RankingInput> inputs = {
        complete("EXT-1", Category::External, 40),
        complete("LAU-1", Category::Laureate, 20),
        complete("COM-1", Category::CommissionOfficial, 10),
        complete("INS-1", Category::InstitutionOfficial, 30),
        complete("LAU-2", Category::Laureate, 35),
    };
    struct Case {
        PriorityOrder order;
        QStringList rows;
    };
    const Case cases[] = {
        {PriorityOrder::Strict,
         {"COM-1 1 1 Commission official 10", "INS-1 2 2 Official of another institution 30",
          "LAU-2 3 3 Laureate 35", "LAU-1 4 3 Laureate 20", "EXT-1 5 4 External 40"}},
        // Grouped: the three priority categories compete on their totals; the external with the
        // highest total of all still comes after them.
        {PriorityOrder::Grouped,
         {"LAU-2 1 1 Priority group 35", "INS-1 2 1 Priority group 30",
          "LAU-1 3 1 Priority group 20", "COM-1 4 1 Priority group 10", "EXT-1 5 2 External 40"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.order == PriorityOrder::Strict ? "strict" : "grouped");
        EXPECT_EQ(rows(sp::rank(inputs, c.order)), c.rows);
    }
}

TEST(Ranking, EqualTotalsShareTheRankAndAreShownAsTied) {
    const std::vector<sp::RankingInput> inputs = {
        complete("C-4", Category::External, 25), complete("C-2", Category::External, 28),
        complete("C-3", Category::External, 30), complete("C-1", Category::External, 28),
        complete("C-5", Category::External, 20),
    };
    EXPECT_EQ(rows(sp::rank(inputs, PriorityOrder::Strict)),
              QStringList({"C-3 1 4 External 30", "C-1 2= 4 External 28", "C-2 2= 4 External 28",
                           "C-4 4 4 External 25", "C-5 5 4 External 20"}));
}

TEST(Ranking, TotalsEqualUpToRoundingAreTied) {
    // A sum of means may differ from the same total computed otherwise in its last bit; 28.33
    // against 28.333... is a real difference.
    const double a = 85.0 / 3;
    const double b = std::nextafter(a, 100.0);
    ASSERT_NE(a, b);
    const auto ranking =
        sp::rank({complete("B", Category::External, b), complete("A", Category::External, a),
                  complete("C", Category::External, 28.33)},
                 PriorityOrder::Strict);
    EXPECT_EQ(rows(ranking), QStringList({"A 1= 4 External 28.33", "B 1= 4 External 28.33",
                                          "C 3 4 External 28.33"}));
}

TEST(Ranking, TiesAreOnlyWithinATier) {
    const std::vector<sp::RankingInput> inputs = {
        complete("LAU-1", Category::Laureate, 30),
        complete("COM-1", Category::CommissionOfficial, 30),
    };
    EXPECT_EQ(rows(sp::rank(inputs, PriorityOrder::Strict)),
              QStringList({"COM-1 1 1 Commission official 30", "LAU-1 2 3 Laureate 30"}));
    EXPECT_EQ(rows(sp::rank(inputs, PriorityOrder::Grouped)),
              QStringList({"COM-1 1= 1 Priority group 30", "LAU-1 1= 1 Priority group 30"}));
}

TEST(Ranking, IncompleteCandidatesFollowTheirTierWithoutARank) {
    const std::vector<sp::RankingInput> inputs = {
        complete("EXT-1", Category::External, 0), // a real total of zero is ranked
        incomplete("EXT-2", Category::External),
        incomplete("LAU-1", Category::Laureate),
        complete("LAU-2", Category::Laureate, 12),
        {"LAU-3", Category::Laureate, 31.5, false}, // a total without completeness is not ranked
        complete("EXT-3", Category::External, 33),
    };
    const auto ranking = sp::rank(inputs, PriorityOrder::Strict);
    EXPECT_EQ(rows(ranking), QStringList({"LAU-2 1 3 Laureate 12", "LAU-1 - 3 Laureate no total",
                                          "LAU-3 - 3 Laureate 31.5", "EXT-3 2 4 External 33",
                                          "EXT-1 3 4 External 0", "EXT-2 - 4 External no total"}));
    EXPECT_FALSE(ranking[1].complete);
    EXPECT_FALSE(ranking[1].tied);
}

TEST(Ranking, ACandidateAppearingTwiceIsRefused) {
    try {
        sp::rank({complete("C-1", Category::External, 3), complete("C-1", Category::Laureate, 4)},
                 PriorityOrder::Strict);
        FAIL() << "no error";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
        EXPECT_EQ(e.message().toStdString(), "candidate C-1 appears twice in the ranking");
    }
}

TEST(Ranking, InputFromAConsolidatedCandidate) {
    sp::ConsolidatedCandidate consolidated;
    consolidated.candidate = "C-9";
    consolidated.complete = true;
    consolidated.weightedTotal = 27.5;
    const sp::RankingInput input = sp::rankingInput(consolidated, Category::Laureate);
    EXPECT_EQ(input.candidate.toStdString(), "C-9");
    EXPECT_EQ(input.category, Category::Laureate);
    EXPECT_EQ(input.total, 27.5);
    EXPECT_TRUE(input.complete);
}

TEST(Ranking, TotalText) {
    struct Case {
        std::optional<double> total;
        const char* text;
    };
    const Case cases[] = {{30, "30"},        {28.5, "28.5"}, {85.0 / 3, "28.33"},
                          {0, "0"},          {24.999, "25"}, {std::nullopt, "no total"},
                          {4.0 / 3 * 3, "4"}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(sp::totalText(c.total).toStdString(), c.text);
    }
}

} // namespace
