#include "domain/consolidation.h"

#include <gtest/gtest.h>

namespace {

using sp::Aggregation;
using sp::Stage;

// Two pre-selection criteria (weights 2 and 3, marks 0-4) and one interview criterion.
std::vector<sp::Criterion> criteria() {
    return {{Stage::Preselection, "certs", "Certifications", 2, 4},
            {Stage::Preselection, "experience", "Experience", 3, 4},
            {Stage::Interview, "depth", "Technical depth", 1, 4}};
}

sp::MarkSheet submitted(const char* member, int certs, int experience) {
    return {member, "C-1", Stage::Preselection, {{"certs", certs}, {"experience", experience}},
            {},     true};
}

const QStringList threeMarkers = {"clara", "marek", "mona"};

sp::ConsolidatedCandidate consolidate(const std::vector<sp::MarkSheet>& sheets,
                                      Aggregation aggregation = Aggregation::Mean,
                                      const std::vector<sp::ConsensusMark>& consensus = {},
                                      const QStringList& expected = threeMarkers) {
    return sp::consolidate("C-1", Stage::Preselection, criteria(), sheets, expected, consensus,
                           aggregation, 2);
}

TEST(Consolidation, AggregateSpreadAndWeightedTotal) {
    struct Case {
        const char* name;
        Aggregation aggregation;
        std::vector<sp::MarkSheet> sheets;
        QStringList expected;
        double certs, experience; // aggregated marks
        int certsSpread, experienceSpread;
        bool certsFlagged, experienceFlagged;
        double total;
    };
    const Case cases[] = {
        // certs 2,3,4: mean 3, x2 = 6; experience 1,1,2: mean 4/3, x3 = 4.
        {"mean",
         Aggregation::Mean,
         {submitted("clara", 2, 1), submitted("marek", 3, 1), submitted("mona", 4, 2)},
         threeMarkers,
         3,
         4.0 / 3,
         2,
         1,
         true,
         false,
         10},
        // certs 2,3,4: median 3; experience 1,1,4: median 1 (the mean would be 2).
        {"median",
         Aggregation::Median,
         {submitted("clara", 2, 1), submitted("marek", 3, 1), submitted("mona", 4, 4)},
         threeMarkers,
         3,
         1,
         2,
         3,
         true,
         true,
         9},
        // An even count: the median is the mean of the two middle marks.
        {"median of two",
         Aggregation::Median,
         {submitted("clara", 1, 4), submitted("marek", 4, 3)},
         {"clara", "marek"},
         2.5,
         3.5,
         3,
         1,
         true,
         false,
         15.5},
        {"one marker",
         Aggregation::Mean,
         {submitted("clara", 4, 0)},
         {"clara"},
         4,
         0,
         0,
         0,
         false,
         false,
         8},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const auto result = consolidate(c.sheets, c.aggregation, {}, c.expected);
        ASSERT_TRUE(result.complete);
        ASSERT_EQ(result.criteria.size(), 2u);
        const sp::CriterionResult& certs = result.criteria[0];
        const sp::CriterionResult& experience = result.criteria[1];
        EXPECT_EQ(certs.id.toStdString(), "certs");
        EXPECT_DOUBLE_EQ(certs.value.value(), c.certs);
        EXPECT_DOUBLE_EQ(certs.aggregate.value(), c.certs);
        EXPECT_DOUBLE_EQ(experience.value.value(), c.experience);
        EXPECT_EQ(certs.spread, c.certsSpread);
        EXPECT_EQ(experience.spread, c.experienceSpread);
        EXPECT_EQ(certs.flagged, c.certsFlagged);
        EXPECT_EQ(experience.flagged, c.experienceFlagged);
        EXPECT_EQ(certs.markCount, static_cast<int>(c.sheets.size()));
        EXPECT_DOUBLE_EQ(result.weightedTotal.value(), c.total);
        EXPECT_EQ(result.anyFlagged, c.certsFlagged || c.experienceFlagged);
        EXPECT_EQ(result.needsDiscussion, result.anyFlagged);
        EXPECT_TRUE(result.missing.isEmpty());
    }
}

TEST(Consolidation, SpreadIsFlaggedAtTheThresholdNotBelow) {
    struct Case {
        int low, high;
        double threshold;
        bool flagged;
    };
    const Case cases[] = {{2, 4, 2, true},    {3, 4, 2, false},  {0, 4, 2, true},
                          {1, 3, 2.5, false}, {1, 4, 2.5, true}, {2, 2, 2, false}};
    for (const auto& c : cases) {
        SCOPED_TRACE(std::to_string(c.low) + ".." + std::to_string(c.high));
        const auto result =
            sp::consolidate("C-1", Stage::Preselection, criteria(),
                            {submitted("clara", c.low, 0), submitted("marek", c.high, 0)},
                            {"clara", "marek"}, {}, Aggregation::Mean, c.threshold);
        EXPECT_EQ(result.criteria[0].spread, c.high - c.low);
        EXPECT_EQ(result.criteria[0].flagged, c.flagged);
    }
}

TEST(Consolidation, ConsensusReplacesTheAggregate) {
    const std::vector<sp::MarkSheet> sheets = {submitted("clara", 2, 1), submitted("marek", 3, 1),
                                               submitted("mona", 4, 2)};
    const std::vector<sp::ConsensusMark> consensus = {
        {"C-1", Stage::Preselection, "certs", 2, "first view"},
        {"C-1", Stage::Preselection, "certs", 4, "certificates checked in the annex"},
        {"C-2", Stage::Preselection, "experience", 0, "another candidate"},
        {"C-1", Stage::Interview, "experience", 0, "another stage"},
    };
    const auto result = consolidate(sheets, Aggregation::Mean, consensus);
    const sp::CriterionResult* certs = result.criterion("certs");
    ASSERT_NE(certs, nullptr);
    EXPECT_DOUBLE_EQ(certs->aggregate.value(), 3);
    EXPECT_EQ(certs->consensus, 4); // the last recorded
    EXPECT_EQ(certs->consensusReason.toStdString(), "certificates checked in the annex");
    EXPECT_DOUBLE_EQ(certs->value.value(), 4);
    EXPECT_TRUE(certs->flagged);
    EXPECT_FALSE(result.criterion("experience")->consensus.has_value());
    // 2 x 4 + 3 x 4/3
    EXPECT_DOUBLE_EQ(result.weightedTotal.value(), 12);
    EXPECT_TRUE(result.anyFlagged);
    EXPECT_FALSE(result.needsDiscussion);
}

TEST(Consolidation, AbstainingMembersMarksAreExcludedAndNotExpected) {
    // Mona abstains for C-1 (not an expected marker); her sheet, and the secretary's, are ignored.
    const std::vector<sp::MarkSheet> sheets = {submitted("clara", 2, 2), submitted("marek", 4, 2),
                                               submitted("mona", 0, 0), submitted("sam", 0, 0)};
    const auto result = consolidate(sheets, Aggregation::Mean, {}, {"clara", "marek"});
    EXPECT_TRUE(result.complete);
    EXPECT_EQ(result.criteria[0].markCount, 2);
    EXPECT_DOUBLE_EQ(result.criteria[0].value.value(), 3);
    EXPECT_DOUBLE_EQ(result.weightedTotal.value(), 2 * 3 + 3 * 2);
}

TEST(Consolidation, MissingMarksMakeACandidateIncompleteWithoutATotal) {
    struct Case {
        const char* name;
        std::vector<sp::MarkSheet> sheets;
        QStringList expected;
        QStringList missing;
    };
    sp::MarkSheet draft = submitted("mona", 4, 4);
    draft.submitted = false;
    sp::MarkSheet partial = submitted("mona", 4, 4);
    partial.marks.erase("experience");
    const Case cases[] = {
        {"no sheet",
         {submitted("clara", 2, 2), submitted("marek", 4, 2)},
         threeMarkers,
         {"mona: no submitted sheet"}},
        {"a draft only",
         {submitted("clara", 2, 2), submitted("marek", 4, 2), draft},
         threeMarkers,
         {"mona: no submitted sheet"}},
        {"a submitted sheet without a mark",
         {submitted("clara", 2, 2), submitted("marek", 4, 2), partial},
         threeMarkers,
         {"mona: no mark for experience"}},
        {"nobody may mark", {}, {}, {"no panel member may mark this candidate"}},
        {"nothing submitted",
         {},
         {"clara", "marek"},
         {"clara: no submitted sheet", "marek: no submitted sheet"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const auto result = consolidate(c.sheets, Aggregation::Mean, {}, c.expected);
        EXPECT_FALSE(result.complete);
        EXPECT_FALSE(result.weightedTotal.has_value()); // never a total of zero
        EXPECT_EQ(result.missing, c.missing);
    }
    // The marks given so far are still consolidated, for the members who may see them.
    const auto partialResult =
        consolidate({submitted("clara", 2, 2), submitted("marek", 4, 2)}, Aggregation::Mean);
    EXPECT_DOUBLE_EQ(partialResult.criteria[0].value.value(), 3);
    EXPECT_EQ(partialResult.criteria[0].markCount, 2);
}

TEST(Consolidation, AStageWithoutCriteriaIsNeverComplete) {
    const auto result = sp::consolidate("C-1", Stage::Interview, {criteria()[0]}, {}, {"clara"}, {},
                                        Aggregation::Mean, 2);
    EXPECT_FALSE(result.complete);
    EXPECT_EQ(result.missing,
              QStringList({"the grid has no interview criterion", "clara: no submitted sheet"}));
}

TEST(Consolidation, ConsensusValidation) {
    struct Case {
        sp::ConsensusMark consensus;
        QStringList problems;
    };
    const Case cases[] = {
        {{"C-1", Stage::Preselection, "certs", 4, "discussed"}, {}},
        {{"C-1", Stage::Preselection, "certs", 5, "discussed"},
         {"certs: consensus mark 5 is outside 0..4"}},
        {{"C-1", Stage::Preselection, "depth", 2, "discussed"},
         {"'depth' is not a pre-selection criterion"}},
        {{"C-1", Stage::Interview, "depth", 0, " "},
         {"a consensus mark needs a reason: it goes into the record"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.consensus.criterion.toStdString());
        EXPECT_EQ(sp::englishTexts(sp::consensusProblems(c.consensus, criteria())), c.problems);
    }
}

TEST(Consolidation, AggregationKeysAndHighestTotal) {
    EXPECT_EQ(sp::aggregationKey(Aggregation::Mean).toStdString(), "mean");
    EXPECT_EQ(sp::aggregationKey(Aggregation::Median).toStdString(), "median");
    EXPECT_EQ(sp::aggregationFromKey("median"), Aggregation::Median);
    EXPECT_FALSE(sp::aggregationFromKey("mode").has_value());
    EXPECT_EQ(sp::maxWeightedTotal(criteria(), Stage::Preselection), 20);
    EXPECT_EQ(sp::maxWeightedTotal(criteria(), Stage::Interview), 4);
}

} // namespace
