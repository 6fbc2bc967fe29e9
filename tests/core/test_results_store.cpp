// Consolidation, ranking, shortlist and recommendation as the case file computes and records them.

#include "marking_fixture.h"

#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

const Stage pre = Stage::Preselection;
const Stage interview = Stage::Interview;

const RankedCandidate& ranked(const std::vector<RankedCandidate>& ranking, const QString& ref) {
    for (const auto& c : ranking)
        if (c.candidate == ref)
            return c;
    throw std::runtime_error("not ranked");
}

} // namespace

TEST(ResultsStore, ConsolidationCountsSubmittedSheetsOnlyAndIncompleteIsNeverZero) {
    MarkingCase c(fivePeople());
    c.markAll(c.refs[0], pre, 4, 2, 3); // mean 3 on every criterion, weights sum to 12
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "chair", c.refs[1], pre, 4, true),
                                      sheetOf(*c.file, "anna", c.refs[1], pre, 4, false)});

    const auto views = c.file->results().consolidated(pre, "chair");
    ASSERT_EQ(views.size(), 5u);
    const ConsolidatedCandidate& first = *views[0].result;
    EXPECT_TRUE(first.complete);
    EXPECT_DOUBLE_EQ(*first.weightedTotal, 36.0);
    EXPECT_EQ(first.criterion("technologies")->spread, 2);
    EXPECT_TRUE(first.needsDiscussion);

    const ConsolidatedCandidate& second = *views[1].result;
    EXPECT_FALSE(second.complete);
    EXPECT_FALSE(second.weightedTotal);
    EXPECT_TRUE(second.missing.contains("anna: no submitted sheet"));

    const auto ranking = c.file->results().ranking(pre);
    EXPECT_EQ(ranked(ranking, c.refs[0]).rank, 1);
    EXPECT_FALSE(ranked(ranking, c.refs[1]).rank) << "incomplete: no rank, not a zero";

    // One candidate's result is the same as in the whole stage's.
    const ConsolidatedView one = c.file->results().consolidated(c.refs[0], pre, "chair");
    ASSERT_TRUE(one.access.allowed);
    EXPECT_DOUBLE_EQ(*one.result->weightedTotal, 36.0);
    EXPECT_FALSE(c.file->results().consolidated(c.refs[1], pre, "chair").result->complete);
    // The incomplete candidate is not invited to interview: refused, saying why.
    const ConsolidatedView notInvited =
        c.file->results().consolidated(c.refs[1], Stage::Interview, "chair");
    EXPECT_FALSE(notInvited.access.allowed);
    EXPECT_TRUE(notInvited.access.reason.contains("not invited"))
        << notInvited.access.reason.toStdString();
    EXPECT_FALSE(notInvited.result);
}

TEST(ResultsStore, TheMedianOptionAndTheSecretarySeesResultsOnlyWhenAllSubmitted) {
    MarkingCase c(fivePeople(), false);
    c.file->panel().setAggregation(Aggregation::Median, "chair");
    c.file->panel().freezeGrid("chair");
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "chair", c.refs[0], pre, 4, true),
                                      sheetOf(*c.file, "anna", c.refs[0], pre, 0, true)});
    EXPECT_FALSE(c.file->results().consolidated(pre, "sec")[0].access.allowed);
    c.file->marking().saveMarkSheets({sheetOf(*c.file, "bruno", c.refs[0], pre, 1, true)});
    const auto view = c.file->results().consolidated(pre, "sec")[0];
    ASSERT_TRUE(view.access.allowed);
    EXPECT_DOUBLE_EQ(*view.result->weightedTotal, 12.0); // median 1 on every criterion
}

TEST(ResultsStore, TiesAreVisibleAndTheTierComesFirst) {
    MarkingCase c({{"Alpha", "A"}, {"Beta", "B"}, {"Gamma", "G", "commission_official"}});
    c.markAll(c.refs[0], pre, 3, 3, 3);
    c.markAll(c.refs[1], pre, 3, 3, 3);
    c.markAll(c.refs[2], pre, 1, 1, 1);
    const auto ranking = c.file->results().ranking(pre);
    ASSERT_EQ(ranking.size(), 3u);
    EXPECT_EQ(ranking[0].candidate, c.refs[2]) << "Article 29: the Commission official first";
    EXPECT_EQ(ranking[1].rank, 2);
    EXPECT_EQ(ranking[2].rank, 2);
    EXPECT_TRUE(ranking[1].tied && ranking[2].tied);
}

TEST(ResultsStore, TheShortlistFollowsTheThresholdsAndAChangeNeedsAReason) {
    MarkingCase c(fivePeople(), true, [](Grid& g) { g.thresholds.interviewBestN = 2; });
    for (int i = 0; i < 5; ++i)
        c.markAll(c.refs[i], pre, 4 - i % 5, 4 - i % 5, 4 - i % 5);
    EXPECT_EQ(c.file->results().proposedShortlist().invited(), (QStringList{c.refs[0], c.refs[1]}));

    EXPECT_TRUE(refusal([&] {
                    c.file->results().decideShortlist({c.refs[2], true, ""}, "chair");
                }).contains("needs a reason"));
    EXPECT_TRUE(refusal([&] {
                    c.file->results().decideShortlist({c.refs[2], true, "rare profile"}, "anna");
                }).contains("only the chair"));
    c.file->results().decideShortlist({c.refs[2], true, "the only candidate with SSCP"}, "chair");
    const Shortlist shortlist = c.file->results().shortlist();
    EXPECT_EQ(shortlist.invited(), (QStringList{c.refs[0], c.refs[1], c.refs[2]}));
    EXPECT_TRUE(shortlist.entry(c.refs[2])->changedByPanel);
    EXPECT_TRUE(shortlist.entry(c.refs[2])->reason.contains("the only candidate with SSCP"));

    // Interview marks for the invited only.
    EXPECT_TRUE(c.file->marking().permission(c.refs[2], interview, "anna").allowed);
    EXPECT_TRUE(c.file->marking()
                    .permission(c.refs[3], interview, "anna")
                    .reason.contains("not invited to interview"));
}

TEST(ResultsStore, TheRecommendationOfALowerTierNeedsAJustification) {
    // Interview pass mark 24 of 40 (weights 3, 2, 2, 1, 2): 3 everywhere is 30, suitable.
    MarkingCase c({{"Official", "O", "commission_official"}, {"External", "E"}});
    c.markAll(c.refs[0], pre, 3, 3, 3);
    c.markAll(c.refs[1], pre, 4, 4, 4);
    c.markAll(c.refs[0], interview, 3, 3, 3);
    c.markAll(c.refs[1], interview, 4, 4, 4);

    const auto final = c.file->results().finalRanking();
    ASSERT_EQ(final.size(), 2u);
    EXPECT_TRUE(final[0].suitable && final[1].suitable);
    EXPECT_EQ(c.file->results().recommendation().proposed.candidates, QStringList{c.refs[0]});

    EXPECT_TRUE(refusal([&] {
                    c.file->results().recommend(c.refs[1], "chair", "");
                }).contains("needs a written justification"));
    EXPECT_FALSE(c.file->results().recommendation().recorded);
    c.file->results().recommend(c.refs[1], "chair", "the official withdrew their application");
    const auto recorded = c.file->results().recommendation().recorded;
    ASSERT_TRUE(recorded);
    EXPECT_EQ(recorded->candidate, c.refs[1]);
    EXPECT_EQ(recorded->justification, "the official withdrew their application");

    c.file->results().recommend(c.refs[0], "chair", "");
    EXPECT_EQ(c.file->results().recommendation().recorded->candidate, c.refs[0]);
}

TEST(ResultsStore, AnUnsuitableCandidateIsNotRecommended) {
    MarkingCase c(std::vector<Person>{{"Weak", "W"}});
    c.markAll(c.refs[0], pre, 3, 3, 3);
    c.markAll(c.refs[0], interview, 2, 2, 2); // 20 < 24
    EXPECT_FALSE(c.file->results().finalRanking()[0].suitable);
    EXPECT_TRUE(c.file->results().recommendation().proposed.candidates.isEmpty());
    EXPECT_TRUE(refusal([&] {
                    c.file->results().recommend(c.refs[0], "chair", "x");
                }).contains("not suitable"));
}
