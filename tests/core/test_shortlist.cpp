#include "domain/error.h"
#include "domain/shortlist.h"

#include <gtest/gtest.h>

namespace {

using sp::Category;
using sp::PriorityOrder;

struct Row {
    const char* candidate;
    Category category;
    std::optional<double> total; // none: incomplete
};

std::vector<sp::RankedCandidate> ranking(const std::vector<Row>& rows,
                                         PriorityOrder order = PriorityOrder::Strict) {
    std::vector<sp::RankingInput> inputs;
    for (const auto& r : rows)
        inputs.push_back({r.candidate, r.category, r.total, r.total.has_value()});
    return sp::rank(inputs, order);
}

sp::Thresholds thresholds(std::optional<int> bestN, std::optional<double> minTotal) {
    sp::Thresholds t;
    t.interviewBestN = bestN;
    t.interviewMinTotal = minTotal;
    return t;
}

// "C-1 invited: rank 1 of the best 3" / "C-4 not invited: rank 4, outside the best 3"
QStringList lines(const sp::Shortlist& shortlist) {
    QStringList result;
    for (const auto& e : shortlist.entries)
        result << QStringLiteral("%1 %2: %3")
                      .arg(e.candidate,
                           e.invited ? QStringLiteral("invited") : QStringLiteral("not invited"),
                           e.reason);
    return result;
}

TEST(Shortlist, BestN) {
    const auto proposal = sp::proposeInterviewShortlist(ranking({{"C-1", Category::External, 30},
                                                                 {"C-2", Category::External, 28},
                                                                 {"C-3", Category::External, 26},
                                                                 {"C-4", Category::External, 20}}),
                                                        thresholds(3, std::nullopt));
    EXPECT_EQ(lines(proposal),
              QStringList({"C-1 invited: rank 1 of the best 3", "C-2 invited: rank 2 of the best 3",
                           "C-3 invited: rank 3 of the best 3",
                           "C-4 not invited: rank 4, outside the best 3"}));
    EXPECT_EQ(proposal.invited(), QStringList({"C-1", "C-2", "C-3"}));
    EXPECT_TRUE(proposal.notes.isEmpty());
}

TEST(Shortlist, ATieAtTheCutIsInvitedWholeAndSaidSo) {
    const auto proposal = sp::proposeInterviewShortlist(ranking({{"C-1", Category::External, 30},
                                                                 {"C-2", Category::External, 28},
                                                                 {"C-3", Category::External, 26},
                                                                 {"C-4", Category::External, 26},
                                                                 {"C-5", Category::External, 20}}),
                                                        thresholds(3, std::nullopt));
    EXPECT_EQ(lines(proposal),
              QStringList({"C-1 invited: rank 1 of the best 3", "C-2 invited: rank 2 of the best 3",
                           "C-3 invited: rank 3 of the best 3, tied at the cut",
                           "C-4 invited: rank 3 of the best 3, tied at the cut",
                           "C-5 not invited: rank 5, outside the best 3"}));
    EXPECT_EQ(proposal.notes,
              QStringList({"tied at the cut: 2 candidates share place 3, so 4 are invited for "
                           "the best 3"}));
}

TEST(Shortlist, ATieInsideTheBestNIsNotATieAtTheCut) {
    const auto proposal = sp::proposeInterviewShortlist(ranking({{"C-1", Category::External, 28},
                                                                 {"C-2", Category::External, 28},
                                                                 {"C-3", Category::External, 26}}),
                                                        thresholds(3, std::nullopt));
    EXPECT_EQ(lines(proposal),
              QStringList({"C-1 invited: rank 1 of the best 3", "C-2 invited: rank 1 of the best 3",
                           "C-3 invited: rank 3 of the best 3"}));
    EXPECT_TRUE(proposal.notes.isEmpty());
}

TEST(Shortlist, BestNFollowsArticle29Order) {
    const std::vector<Row> rows = {{"EXT-1", Category::External, 30},
                                   {"EXT-2", Category::External, 28},
                                   {"LAU-1", Category::Laureate, 15},
                                   {"COM-1", Category::CommissionOfficial, 12}};
    struct Case {
        PriorityOrder order;
        int bestN;
        QStringList invited;
    };
    const Case cases[] = {
        {PriorityOrder::Strict, 2, {"COM-1", "LAU-1"}},
        {PriorityOrder::Strict, 3, {"COM-1", "LAU-1", "EXT-1"}},
        {PriorityOrder::Grouped, 1, {"LAU-1"}}, // within the priority group, on merit
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.bestN);
        EXPECT_EQ(
            sp::proposeInterviewShortlist(ranking(rows, c.order), thresholds(c.bestN, std::nullopt))
                .invited(),
            c.invited);
    }
}

TEST(Shortlist, MinimumTotal) {
    const auto proposal =
        sp::proposeInterviewShortlist(ranking({{"C-1", Category::External, 28.5},
                                               {"C-2", Category::External, 24},
                                               {"C-3", Category::External, 23.99},
                                               {"LAU-1", Category::Laureate, 20}}),
                                      thresholds(std::nullopt, 24));
    EXPECT_EQ(lines(proposal),
              QStringList({"LAU-1 not invited: total 20 < 24", "C-1 invited: total 28.5 >= 24",
                           "C-2 invited: total 24 >= 24", "C-3 not invited: total 23.99 < 24"}));
}

TEST(Shortlist, BestNAmongThoseReachingTheMinimum) {
    const auto proposal =
        sp::proposeInterviewShortlist(ranking({{"LAU-1", Category::Laureate, 20},
                                               {"EXT-1", Category::External, 30},
                                               {"EXT-2", Category::External, 28},
                                               {"EXT-3", Category::External, 26}}),
                                      thresholds(2, 24));
    EXPECT_EQ(lines(proposal),
              QStringList({"LAU-1 not invited: total 20 < 24",
                           "EXT-1 invited: total 30 >= 24, place 1 of the best 2 reaching it",
                           "EXT-2 invited: total 28 >= 24, place 2 of the best 2 reaching it",
                           "EXT-3 not invited: total 26 >= 24, but place 3, outside the best 2 "
                           "reaching it"}));
}

TEST(Shortlist, IncompleteCandidatesAreNeverProposed) {
    const auto proposal = sp::proposeInterviewShortlist(
        ranking({{"C-1", Category::External, 30}, {"C-2", Category::External, std::nullopt}}),
        thresholds(5, 0));
    EXPECT_EQ(lines(proposal),
              QStringList({"C-1 invited: total 30 >= 0, place 1 of the best 5 reaching it",
                           "C-2 not invited: marks incomplete: not ranked"}));
}

TEST(Shortlist, NoInvitationThresholdIsRefused) {
    try {
        sp::proposeInterviewShortlist(ranking({{"C-1", Category::External, 30}}),
                                      thresholds(std::nullopt, std::nullopt));
        FAIL() << "no error";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
    }
}

TEST(Shortlist, ThePanelChangesTheProposalOnlyWithAReason) {
    const auto proposal = sp::proposeInterviewShortlist(ranking({{"C-1", Category::External, 30},
                                                                 {"C-2", Category::External, 28},
                                                                 {"C-3", Category::External, 20}}),
                                                        thresholds(2, std::nullopt));

    struct Case {
        const char* name;
        std::vector<sp::ShortlistDecision> decisions;
        QStringList problems;
    };
    const Case cases[] = {
        {"confirming needs no reason", {{"C-1", true, ""}, {"C-3", false, ""}}, {}},
        {"inviting without a reason",
         {{"C-3", true, "  "}},
         {"C-3: inviting differs from the proposal and needs a reason"}},
        {"not inviting without a reason",
         {{"C-2", false, ""}},
         {"C-2: not inviting differs from the proposal and needs a reason"}},
        {"unknown candidate", {{"C-9", true, "why"}}, {"C-9 is not in the proposed shortlist"}},
        {"two decisions", {{"C-3", true, "a"}, {"C-3", false, ""}}, {"C-3 has two decisions"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(sp::englishTexts(sp::shortlistDecisionProblems(proposal, c.decisions)),
                  c.problems);
        if (!c.problems.isEmpty()) {
            EXPECT_THROW(sp::applyDecisions(proposal, c.decisions), sp::Error);
        }
    }

    const auto shortlist = sp::applyDecisions(
        proposal, {{"C-3", true, "only candidate with the required clearance"}, {"C-1", true, ""}});
    EXPECT_EQ(lines(shortlist),
              QStringList({"C-1 invited: rank 1 of the best 2", "C-2 invited: rank 2 of the best 2",
                           "C-3 invited: panel decision: only candidate with the required "
                           "clearance (proposed: not invited, rank 3, outside the best 2)"}));
    EXPECT_FALSE(shortlist.entry("C-1")->changedByPanel);
    EXPECT_TRUE(shortlist.entry("C-3")->changedByPanel);
}

TEST(Shortlist, SuitableAtOrAboveThePassMark) {
    struct Case {
        std::optional<double> total;
        bool suitable;
    };
    const Case cases[] = {{24, true},     {24.5, true},
                          {23.99, false}, {24 - 1e-12, true}, // rounding, not a difference
                          {0, false},     {std::nullopt, false}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.total ? std::to_string(*c.total) : "none");
        EXPECT_EQ(sp::suitable(c.total, 24), c.suitable);
    }
}

} // namespace
