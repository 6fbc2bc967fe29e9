#include "domain/marking_rules.h"
#include "io/builtin_vacancy.h"

#include <gtest/gtest.h>

namespace {

using sp::ConflictNature;
using sp::GridState;
using sp::Role;
using sp::Stage;

std::vector<sp::PanelMember> examplePanel() {
    return {{"clara", "Clara Chair", Role::Chair},
            {"marek", "Marek Member", Role::Member},
            {"mona", "Mona Member", Role::Member},
            {"sam", "Sam Secretary", Role::Secretary}};
}

// Mona has a family link with C-2 (abstains), Marek was C-2's colleague (declared, still marks).
std::vector<sp::Conflict> exampleConflicts() {
    return {{"mona", "C-2", ConflictNature::Family, "cousin"},
            {"marek", "C-2", ConflictNature::FormerColleague, ""}};
}

std::vector<sp::Criterion> exampleCriteria() {
    return {{Stage::Preselection, "certs", "Certifications", 2, 4},
            {Stage::Preselection, "experience", "Experience", 3, 4},
            {Stage::Interview, "depth", "Technical depth", 3, 4}};
}

sp::MarkSheet sheet(const char* member, const char* candidate, sp::Marks marks, bool submitted,
                    Stage stage = Stage::Preselection) {
    return {member, candidate, stage, std::move(marks), {}, submitted};
}

TEST(MarkingRules, WhoMayMark) {
    struct Case {
        const char* member;
        const char* candidate;
        GridState grid;
        bool allowed;
        const char* reason;
    };
    const Case cases[] = {
        {"clara", "C-1", GridState::Frozen, true, ""},
        {"marek", "C-1", GridState::Frozen, true, ""},
        {"marek", "C-2", GridState::Frozen, true, ""}, // a former colleague still marks
        {"mona", "C-1", GridState::Frozen, true, ""},
        {"mona", "C-2", GridState::Frozen, false,
         "Mona Member abstains for C-2 (family link): no marking and no view of that candidate's "
         "marks"},
        {"sam", "C-1", GridState::Frozen, false,
         "Sam Secretary is the secretary: the secretary does not mark"},
        {"clara", "C-1", GridState::Draft, false,
         "the grid is not frozen: nobody marks pre-selection before it is"},
        {"zoe", "C-1", GridState::Frozen, false, "'zoe' is not a panel member"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.member) + " " + c.candidate);
        const sp::Permission p = sp::canMark(c.member, c.candidate, Stage::Preselection, c.grid,
                                             examplePanel(), exampleConflicts());
        EXPECT_EQ(p.allowed, c.allowed);
        EXPECT_EQ(p.reason.toStdString(), c.reason);
    }
}

TEST(MarkingRules, MarksAreCheckedAgainstTheStageCriteria) {
    struct Case {
        const char* name;
        sp::MarkSheet sheet;
        QStringList problems;
    };
    const Case cases[] = {
        {"partial draft", sheet("marek", "C-1", {{"certs", 3}}, false), {}},
        {"empty draft", sheet("marek", "C-1", {}, false), {}},
        {"complete submission", sheet("marek", "C-1", {{"certs", 0}, {"experience", 4}}, true), {}},
        {"submission missing a criterion",
         sheet("marek", "C-1", {{"certs", 3}}, true),
         {"experience: no mark, and a submitted sheet marks every criterion"}},
        {"mark above the maximum",
         sheet("marek", "C-1", {{"certs", 5}}, false),
         {"certs: mark 5 is outside 0..4"}},
        {"negative mark",
         sheet("marek", "C-1", {{"certs", -1}}, false),
         {"certs: mark -1 is outside 0..4"}},
        {"unknown criterion",
         sheet("marek", "C-1", {{"charm", 2}}, false),
         {"'charm' is not a pre-selection criterion"}},
        {"criterion of the other stage",
         sheet("marek", "C-1", {{"depth", 2}}, false),
         {"'depth' is not a pre-selection criterion"}},
        {"interview sheet", sheet("marek", "C-1", {{"depth", 4}}, true, Stage::Interview), {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(sp::validateMarks(c.sheet, exampleCriteria()), c.problems);
    }
}

TEST(MarkingRules, ASubmittedSheetIsFinal) {
    const std::vector<sp::MarkSheet> existing = {
        sheet("marek", "C-1", {{"certs", 3}, {"experience", 2}}, true),
        sheet("clara", "C-1", {{"certs", 1}}, false),
    };
    const auto save = [&](const sp::MarkSheet& s) {
        return sp::canSave(s, existing, GridState::Frozen, exampleCriteria(), examplePanel(),
                           exampleConflicts());
    };

    const sp::Permission resubmit =
        save(sheet("marek", "C-1", {{"certs", 4}, {"experience", 2}}, true));
    EXPECT_FALSE(resubmit.allowed);
    EXPECT_EQ(resubmit.reason.toStdString(),
              "Marek Member has already submitted the pre-selection marks for C-1: a submitted "
              "sheet is final");

    EXPECT_TRUE(save(sheet("clara", "C-1", {{"certs", 2}}, false)).allowed);
    EXPECT_TRUE(save(sheet("clara", "C-1", {{"certs", 2}, {"experience", 3}}, true)).allowed);
    EXPECT_TRUE(save(sheet("marek", "C-3", {{"certs", 2}}, false)).allowed);

    const sp::Permission incomplete = save(sheet("clara", "C-1", {{"certs", 9}}, true));
    EXPECT_FALSE(incomplete.allowed);
    EXPECT_EQ(incomplete.reason.toStdString(),
              "certs: mark 9 is outside 0..4; experience: no mark, and a submitted sheet marks "
              "every criterion");

    EXPECT_FALSE(save(sheet("mona", "C-2", {{"certs", 2}}, false)).allowed);
    EXPECT_FALSE(save(sheet("sam", "C-1", {{"certs", 2}}, false)).allowed);
    EXPECT_FALSE(sp::canSave(sheet("clara", "C-1", {{"certs", 2}}, false), existing,
                             GridState::Draft, exampleCriteria(), examplePanel(),
                             exampleConflicts())
                     .allowed);
}

TEST(MarkingRules, OthersMarksAreSeenOnlyAfterSubmittingOnesOwn) {
    // C-1: Marek submitted, Clara has a draft, Mona has nothing yet.
    const std::vector<sp::MarkSheet> sheets = {
        sheet("marek", "C-1", {{"certs", 3}, {"experience", 2}}, true),
        sheet("clara", "C-1", {{"certs", 1}}, false),
        sheet("mona", "C-2", {{"certs", 4}, {"experience", 4}}, true), // recorded before her
                                                                       // conflict was declared
    };
    struct Case {
        const char* viewer;
        const char* candidate;
        Stage stage;
        bool allowed;
        const char* reason;
    };
    const Case cases[] = {
        {"marek", "C-1", Stage::Preselection, true, ""},
        {"clara", "C-1", Stage::Preselection, false,
         "Clara Chair sees the others' pre-selection marks for C-1 only after submitting their "
         "own"},
        {"mona", "C-1", Stage::Preselection, false,
         "Mona Member sees the others' pre-selection marks for C-1 only after submitting their "
         "own"},
        {"marek", "C-1", Stage::Interview, false,
         "Marek Member sees the others' interview marks for C-1 only after submitting their own"},
        {"mona", "C-2", Stage::Preselection, false,
         "Mona Member abstains for C-2 (family link): no marking and no view of that candidate's "
         "marks"},
        {"sam", "C-1", Stage::Preselection, false,
         "Sam Secretary is the secretary: individual marks stay with the members who give them"},
        {"zoe", "C-1", Stage::Preselection, false, "'zoe' is not a panel member"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.viewer) + " " + c.candidate);
        const sp::Permission p = sp::canSeeMarks(c.viewer, c.candidate, c.stage, examplePanel(),
                                                 sheets, exampleConflicts());
        EXPECT_EQ(p.allowed, c.allowed);
        EXPECT_EQ(p.reason.toStdString(), c.reason);
    }
}

TEST(MarkingRules, VisibleSheetsNeverShowAnotherMembersDraft) {
    const std::vector<sp::MarkSheet> sheets = {
        sheet("marek", "C-1", {{"certs", 3}, {"experience", 2}}, true),
        sheet("clara", "C-1", {{"certs", 1}}, false),
        sheet("mona", "C-1", {{"certs", 2}, {"experience", 2}}, true),
        sheet("mona", "C-3", {{"certs", 2}, {"experience", 2}}, true),
    };
    const auto members = [&](const char* viewer) {
        QStringList ids;
        for (const auto& s : sp::visibleSheets(viewer, "C-1", Stage::Preselection, examplePanel(),
                                               sheets, exampleConflicts()))
            ids << s.member;
        return ids;
    };
    EXPECT_EQ(members("clara"), QStringList({"clara"}));
    EXPECT_EQ(members("marek"), QStringList({"marek", "mona"}));
    EXPECT_EQ(members("mona"), QStringList({"marek", "mona"}));
    EXPECT_EQ(members("sam"), QStringList());
}

TEST(MarkingRules, SecretarySeesConsolidatedResultsOnceEveryExpectedMarkerSubmitted) {
    std::vector<sp::MarkSheet> sheets = {
        sheet("marek", "C-2", {{"certs", 3}, {"experience", 2}}, true),
        sheet("clara", "C-2", {{"certs", 1}}, false),
    };
    const auto secretary = [&] {
        return sp::canSeeConsolidated("sam", "C-2", Stage::Preselection, examplePanel(), sheets,
                                      exampleConflicts());
    };
    // Mona abstains for C-2: nobody waits for her.
    EXPECT_EQ(
        sp::pendingMarkers("C-2", Stage::Preselection, examplePanel(), sheets, exampleConflicts()),
        QStringList({"clara"}));
    EXPECT_FALSE(secretary().allowed);
    EXPECT_EQ(secretary().reason.toStdString(),
              "Sam Secretary sees the pre-selection results for C-2 once every member has "
              "submitted: waiting for Clara Chair");

    sheets[1] = sheet("clara", "C-2", {{"certs", 1}, {"experience", 1}}, true);
    EXPECT_TRUE(secretary().allowed);
    // Still never the individual marks.
    EXPECT_FALSE(sp::canSeeMarks("sam", "C-2", Stage::Preselection, examplePanel(), sheets,
                                 exampleConflicts())
                     .allowed);
    // A member sees the consolidation exactly when they see the marks; Mona never for C-2.
    EXPECT_TRUE(sp::canSeeConsolidated("marek", "C-2", Stage::Preselection, examplePanel(), sheets,
                                       exampleConflicts())
                    .allowed);
    EXPECT_FALSE(sp::canSeeConsolidated("mona", "C-2", Stage::Preselection, examplePanel(), sheets,
                                        exampleConflicts())
                     .allowed);
}

TEST(MarkingRules, OnlyTheChairRecordsConsensusAfterEveryoneSubmitted) {
    std::vector<sp::MarkSheet> sheets = {
        sheet("marek", "C-1", {{"certs", 3}, {"experience", 2}}, true),
        sheet("clara", "C-1", {{"certs", 1}, {"experience", 2}}, true),
    };
    const auto consensus = [&](const char* member, const char* candidate) {
        return sp::canRecordConsensus(member, candidate, Stage::Preselection, examplePanel(),
                                      sheets, exampleConflicts());
    };
    EXPECT_EQ(consensus("clara", "C-1").reason.toStdString(),
              "a consensus mark for C-1 follows the discussion of every member's pre-selection "
              "marks: waiting for Mona Member");
    sheets.push_back(sheet("mona", "C-1", {{"certs", 4}, {"experience", 2}}, true));
    EXPECT_TRUE(consensus("clara", "C-1").allowed);
    EXPECT_EQ(consensus("marek", "C-1").reason.toStdString(),
              "Marek Member is not the chair: only the chair records a consensus mark");
    EXPECT_FALSE(consensus("sam", "C-1").allowed);

    const std::vector<sp::Conflict> chairAbstains = {
        {"clara", "C-1", ConflictNature::Hierarchical, ""}};
    EXPECT_FALSE(sp::canRecordConsensus("clara", "C-1", Stage::Preselection, examplePanel(), sheets,
                                        chairAbstains)
                     .allowed);
}

TEST(Grid, TheExampleVacancyGridCanBeFrozen) {
    const sp::Grid grid = sp::gridOf(sp::builtinExampleVacancy());
    EXPECT_EQ(sp::englishTexts(sp::gridProblems(grid)), QStringList());
    EXPECT_EQ(sp::englishTexts(sp::freezingProblems(grid, GridState::Draft)), QStringList());
    EXPECT_EQ(sp::englishTexts(sp::freezingProblems(grid, GridState::Frozen)),
              QStringList({"the grid is already frozen"}));
    EXPECT_EQ(sp::maxWeightedTotal(grid.criteria, Stage::Preselection), 48);
    EXPECT_EQ(sp::maxWeightedTotal(grid.criteria, Stage::Interview), 40);
    EXPECT_EQ(sp::criteriaOf(grid.criteria, Stage::Preselection).size(), 6u);
    EXPECT_EQ(sp::criteriaOf(grid.criteria, Stage::Interview).size(), 5u);
}

TEST(Grid, ValidationNamesWhatStopsFreezing) {
    const auto withBestN = [](std::vector<sp::Criterion> criteria) {
        sp::Grid grid;
        grid.criteria = std::move(criteria);
        grid.thresholds.interviewBestN = 8;
        return grid;
    };
    const sp::Criterion pre{Stage::Preselection, "certs", "Certifications", 2, 4};
    const sp::Criterion interview{Stage::Interview, "depth", "Depth", 3, 4};

    struct Case {
        const char* name;
        sp::Grid grid;
        QStringList problems;
    };
    std::vector<Case> cases;
    cases.push_back({"pre-selection only", withBestN({pre}), {}});
    cases.push_back({"same id in both stages",
                     withBestN({pre, {Stage::Interview, "certs", "", 1, 4}}),
                     {"the grid has interview criteria but no pass mark"}});
    cases.push_back({"repeated id in a stage",
                     withBestN({pre, pre}),
                     {"preselection criterion 'certs' appears twice"}});
    cases.push_back({"bad id, weight and maximum",
                     withBestN({pre, {Stage::Preselection, "Bad id", "", 0, 0}}),
                     {"preselection criterion 'Bad id': the id may hold only a-z, 0-9 and _",
                      "preselection criterion 'Bad id': weight 0 must be at least 1",
                      "preselection criterion 'Bad id': maximum mark 0 must be at least 1"}});
    cases.push_back(
        {"no pre-selection criterion", withBestN({}), {"the grid has no pre-selection criterion"}});
    sp::Grid noInvitation = withBestN({pre});
    noInvitation.thresholds.interviewBestN.reset();
    cases.push_back({"no invitation threshold",
                     noInvitation,
                     {"the grid does not say who is invited to interview: give the best N, a "
                      "minimum total or both"}});
    sp::Grid outOfRange = withBestN({pre, interview});
    outOfRange.thresholds.interviewBestN = 0;
    outOfRange.thresholds.interviewMinTotal = 9;
    outOfRange.thresholds.interviewPassMark = 13;
    outOfRange.thresholds.spreadFlag = 0;
    cases.push_back({"thresholds out of range",
                     outOfRange,
                     {"best N 0 must be at least 1",
                      "minimum total 9 is outside 0..8, the highest pre-selection total",
                      "pass mark 13 is outside 0..12, the highest interview total",
                      "the spread flag 0 must be above 0"}});
    sp::Grid passMarkAlone = withBestN({pre});
    passMarkAlone.thresholds.interviewPassMark = 10;
    cases.push_back({"pass mark without interview criteria",
                     passMarkAlone,
                     {"the grid has a pass mark but no interview criterion"}});
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(sp::englishTexts(sp::gridProblems(c.grid)), c.problems);
    }
}

TEST(Grid, AFrozenGridChangesOnlyThroughARecordedReopening) {
    EXPECT_EQ(sp::englishTexts(sp::changingProblems(GridState::Draft)), QStringList());
    EXPECT_EQ(sp::englishTexts(sp::changingProblems(GridState::Frozen)),
              QStringList({"the grid is frozen: reopen it first, which discards the marks given "
                           "so far"}));
    EXPECT_EQ(sp::englishTexts(
                  sp::reopeningProblems(GridState::Frozen, "weights of criterion 2 mistyped")),
              QStringList());
    EXPECT_EQ(sp::englishTexts(sp::reopeningProblems(GridState::Frozen, "  ")),
              QStringList({"a reopening needs a written reason: it goes into the record"}));
    EXPECT_EQ(sp::englishTexts(sp::reopeningProblems(GridState::Draft, "why not")),
              QStringList({"the grid is not frozen: there is nothing to reopen"}));
    EXPECT_EQ(sp::gridStateKey(GridState::Frozen).toStdString(), "frozen");
    EXPECT_EQ(sp::gridStateFromKey("draft"), GridState::Draft);
    EXPECT_FALSE(sp::gridStateFromKey("open").has_value());
}

} // namespace
