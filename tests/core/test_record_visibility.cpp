// The record's one visibility rule (domain/record_visibility.h), on plain entries: no case file.

#include "domain/record_visibility.h"

#include <gtest/gtest.h>

using namespace sp;

namespace {

RecordEntry entry(const QString& actor, const QString& action, const QString& candidate,
                  const QString& before, const QString& after) {
    RecordEntry e;
    e.actor = actor;
    e.action = action;
    e.candidate = candidate;
    e.before = before;
    e.after = after;
    return e;
}

const QString draftOfBruno = QStringLiteral("preselection: c1=3; comment: strong on policy; draft");
const QString submittedByBruno = QStringLiteral("preselection: c1=4; submitted");

QString label(HiddenBecause why) {
    return why == HiddenBecause::NotForReader ? QStringLiteral("NOT FOR YOU")
                                              : QStringLiteral("SUBMIT FIRST");
}

std::vector<RecordEntry> sample() {
    return {
        entry("secretary", "eligibility_decision", "APP-0001", "pending", "eligible"),
        entry("bruno", "marks_saved", "APP-0001", QString(), draftOfBruno),
        entry("bruno", "marks_submitted", "APP-0001", draftOfBruno, submittedByBruno),
        entry("clara", "consensus_recorded", "APP-0001", QString(),
              "preselection c1 = 4; reason: agreed after discussion"),
        entry("anna", "marks_submitted", "APP-0001", QString(), "preselection: c1=2; submitted"),
        entry("bruno", "marks_submitted", "APP-0002", QString(), "interview: q1=5; submitted")};
}

std::vector<RecordEntry> seenBy(const QString& reader, const OthersMarksByStage& access) {
    return recordAsSeenBy(sample(), reader, access, label);
}

} // namespace

TEST(RecordVisibility, SomeoneOffThePanelSeesEveryEntryButNoMemberMarksOrComments) {
    const auto seen = seenBy(QString(), {});
    ASSERT_EQ(seen.size(), sample().size());
    EXPECT_EQ(seen[0].after, "eligible"); // not a mark: shown
    for (size_t i = 1; i < seen.size(); ++i) {
        EXPECT_EQ(seen[i].action, sample()[i].action);
        EXPECT_EQ(seen[i].actor, sample()[i].actor);
        EXPECT_EQ(seen[i].after, "NOT FOR YOU") << i;
        EXPECT_FALSE(seen[i].before.contains("c1=")) << i;
    }
    EXPECT_EQ(seen[2].before, "NOT FOR YOU");
    EXPECT_TRUE(seen[1].before.isEmpty()); // nothing there before: nothing to hide
}

TEST(RecordVisibility, AMemberWhoHasNotSubmittedIsToldWhenTheOthersMarksShow) {
    const auto seen =
        seenBy("anna", {{{"APP-0001", Stage::Preselection}, OthersMarks::AfterOwnSubmission}});
    EXPECT_EQ(seen[1].after, "SUBMIT FIRST");
    EXPECT_EQ(seen[2].after, "SUBMIT FIRST");
    EXPECT_EQ(seen[3].after, "SUBMIT FIRST");
    // Her own marks, whatever the others' state.
    EXPECT_EQ(seen[4].after, "preselection: c1=2; submitted");
    // Another candidate's, or another stage's, not listed: hidden.
    EXPECT_EQ(seen[5].after, "NOT FOR YOU");
}

TEST(RecordVisibility, AfterSubmittingAMemberSeesTheOthersSubmissionsButNeverTheirDrafts) {
    const auto seen = seenBy("anna", {{{"APP-0001", Stage::Preselection}, OthersMarks::Visible},
                                      {{"APP-0002", Stage::Preselection}, OthersMarks::Visible}});
    EXPECT_EQ(seen[1].after, "NOT FOR YOU"); // Bruno's draft
    EXPECT_FALSE(seen[1].after.contains("strong on policy"));
    EXPECT_EQ(seen[2].after, submittedByBruno);
    EXPECT_EQ(seen[2].before, "NOT FOR YOU"); // the draft the submission replaced
    EXPECT_EQ(seen[3].after, "preselection c1 = 4; reason: agreed after discussion");
    // Visible at pre-selection says nothing of the interview.
    EXPECT_EQ(seen[5].after, "NOT FOR YOU");
}

TEST(RecordVisibility, TheAuthorReadsTheirOwnDraft) {
    const auto seen = seenBy("bruno", {});
    EXPECT_EQ(seen[1].after, draftOfBruno);
    EXPECT_EQ(seen[2].before, draftOfBruno);
    EXPECT_EQ(seen[5].after, "interview: q1=5; submitted");
    EXPECT_EQ(seen[4].after, "NOT FOR YOU"); // Anna's
}

TEST(RecordVisibility, TheAccessAskedForIsTheOthersMarksOnly) {
    using Concerned = std::vector<std::pair<QString, Stage>>;
    EXPECT_EQ(othersMarksConcerned(sample(), "bruno"),
              (Concerned{{"APP-0001", Stage::Preselection}}));
    EXPECT_EQ(othersMarksConcerned(sample(), "anna"),
              (Concerned{{"APP-0001", Stage::Preselection}, {"APP-0002", Stage::Interview}}));
}

TEST(RecordVisibility, TheStageIsReadFromTheMarksText) {
    EXPECT_EQ(markedStage(sample()[1]), Stage::Preselection);
    EXPECT_EQ(markedStage(sample()[3]), Stage::Preselection);
    EXPECT_EQ(markedStage(sample()[5]), Stage::Interview);
    EXPECT_EQ(markedStage(entry("x", "marks_saved", "APP-1", "", "garbled")), std::nullopt);
    EXPECT_FALSE(carriesMarks(sample()[0]));
}

TEST(RecordVisibility, TheEnglishTextsSayWhy) {
    EXPECT_EQ(hiddenTextInEnglish(HiddenBecause::NotForReader),
              "(hidden: you may not see these marks)");
    EXPECT_TRUE(hiddenTextInEnglish(HiddenBecause::UntilReaderSubmits).contains("submitted"));
}
