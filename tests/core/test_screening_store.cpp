#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"
#include "support/case_fixtures.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;

namespace {

const ScreenedCandidate& find(const std::vector<ScreenedCandidate>& all, const QString& ref) {
    for (const auto& s : all)
        if (s.candidate.application.reference == ref)
            return s;
    throw std::runtime_error("missing " + ref.toStdString());
}

} // namespace

TEST(ScreeningStore, DecisionsAreKeptWithWhoAndWhenAndOverridesNeedAReason) {
    QTemporaryDir dir;
    auto caseFile = CaseFile::create(dir.filePath("c.selpanel"), builtinExampleVacancy());
    const QStringList refs = test::importSample(*caseFile, dir.path(), 3);

    int notified = 0;
    boost::signals2::scoped_connection connection = caseFile->screening().events().changed.connect(
        [&](const ScreeningChanged&) { ++notified; });

    // The sample candidates meet criteria 1-3: confirming needs no reason, refusing does.
    EXPECT_NO_THROW(
        caseFile->screening().decideEligibility(refs[0], true, QString(), "Chair Anna"));
    try {
        caseFile->screening().decideEligibility(refs[1], false, QString(), "Chair Anna");
        FAIL() << "an override without a reason was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains(refs[1]));
    }
    caseFile->screening().decideEligibility(refs[1], false,
                                            "languages: C1 not attested in the form", "Member Bo");
    EXPECT_EQ(notified, 2);

    const auto screened = caseFile->screening().all();
    const auto& first = find(screened, refs[0]);
    ASSERT_TRUE(first.screening.decision.has_value());
    EXPECT_EQ(first.screening.status, ScreeningStatus::Eligible);
    EXPECT_EQ(first.screening.decision->decidedBy, QStringLiteral("Chair Anna"));
    EXPECT_LE(first.screening.decision->decidedAt.secsTo(QDateTime::currentDateTimeUtc()), 60);
    const auto& second = find(screened, refs[1]);
    EXPECT_EQ(second.screening.status, ScreeningStatus::NotEligible);
    EXPECT_EQ(second.screening.decision->reason,
              QStringLiteral("languages: C1 not attested in the form"));
    EXPECT_EQ(find(screened, refs[2]).screening.status, ScreeningStatus::Pending);
}

TEST(ScreeningStore, ADeclarationTickedNotFulfilledTurnsThePreCheckAndIsKept) {
    QTemporaryDir dir;
    const QString path = dir.filePath("c.selpanel");
    QStringList refs;
    {
        auto caseFile = CaseFile::create(path, builtinExampleVacancy());
        refs = test::importSample(*caseFile, dir.path(), 1);
        caseFile->screening().tickDeclaration(refs[0], "military_service", false, "Secretary Cy");
        EXPECT_THROW(caseFile->screening().tickDeclaration(refs[0], "astrology", true, "Cy"),
                     Error);
        // Deciding eligible now overrides a "not met" and needs a reason.
        EXPECT_THROW(caseFile->screening().decideEligibility(refs[0], true, QString(), "Chair"),
                     Error);
        EXPECT_NO_THROW(
            caseFile->screening().decideEligibility(refs[0], false, QString(), "Chair"));
    }
    auto reopened = CaseFile::open(path);
    const auto s = reopened->screening().all().front().screening;
    EXPECT_EQ(s.preCheck.overall, CriterionState::NotMet);
    EXPECT_EQ(s.status, ScreeningStatus::NotEligible);
}

TEST(ScreeningStore, ThePanelDecidesWhichProbableDuplicateCounts) {
    QTemporaryDir dir;
    auto caseFile = CaseFile::create(dir.filePath("c.selpanel"), builtinExampleVacancy());
    test::importSample(*caseFile, dir.path(), 2);
    // The same person applies again with the same PDF and e-mail.
    const QString csv = test::writeCsv(
        dir.path(), "again.csv",
        {",Müller,Jürgen,juergen.mueller@example.eu,DE,2025-04-29T10:00:00Z,external,,"
         "post_secondary,4.5,en:C1 fr:B2,sample-1.pdf"});
    ImportPlan plan = prepareImport(
        csv, dir.filePath("sample-pdfs"), caseFile->applications().existingApplications(),
        [](const QByteArray&) { return std::variant<int, QString>(1); });
    ASSERT_TRUE(plan.problems.empty());
    ASSERT_FALSE(plan.duplicates.empty());
    const auto again = caseFile->applications().importApplications(plan).references.front();
    const auto flags = caseFile->applications().duplicates();
    ASSERT_FALSE(flags.empty());
    EXPECT_EQ(flags.front().reference, again);

    EXPECT_THROW(caseFile->screening().resolveDuplicate(again, false, QString(), "Chair"), Error);
    caseFile->screening().resolveDuplicate(again, false, "second copy of APP-0001", "Chair");
    EXPECT_EQ(find(caseFile->screening().all(), again).screening.status,
              ScreeningStatus::Superseded);
    const auto resolution = caseFile->screening().duplicateResolution(again);
    ASSERT_TRUE(resolution.has_value());
    EXPECT_FALSE(resolution->counts);
    EXPECT_EQ(resolution->reason, "second copy of APP-0001");
    EXPECT_EQ(resolution->decidedBy, "Chair");

    // Withdrawn (as the window's undo does): undecided again, and counting.
    EXPECT_THROW(caseFile->screening().withdrawDuplicateResolution(again, QString()), Error);
    caseFile->screening().withdrawDuplicateResolution(again, "Chair");
    EXPECT_FALSE(caseFile->screening().duplicateResolution(again).has_value());
    EXPECT_NE(find(caseFile->screening().all(), again).screening.status,
              ScreeningStatus::Superseded);
    const auto entries = caseFile->record().entries(again);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, "duplicate_resolution_withdrawn");
    EXPECT_EQ(entries.back().before, "set aside; reason: second copy of APP-0001");
    // Nothing left to withdraw: not an error, nothing recorded.
    caseFile->screening().withdrawDuplicateResolution(again, "Chair");
    EXPECT_EQ(caseFile->record().entries(again).size(), entries.size());
    EXPECT_TRUE(caseFile->verify().stateProblems.empty());
}

TEST(ScreeningStore, AWithdrawnDecisionLeavesTheCandidatePendingAgain) {
    QTemporaryDir dir;
    auto caseFile = CaseFile::create(dir.filePath("c.selpanel"), builtinExampleVacancy());
    const QStringList refs = test::importSample(*caseFile, dir.path(), 2);
    caseFile->screening().decideEligibility(refs[0], true, QString(), "Chair Anna");
    caseFile->screening().decideEligibility(refs[1], true, QString(), "Chair Anna");

    int notified = 0;
    boost::signals2::scoped_connection connection =
        caseFile->screening().events().changed.connect([&](const ScreeningChanged& e) {
            EXPECT_EQ(e.reference, refs[0]);
            ++notified;
        });
    EXPECT_THROW(caseFile->screening().withdrawEligibilityDecision(refs[0], QString()), Error);
    caseFile->screening().withdrawEligibilityDecision(refs[0], "Chair Anna");
    EXPECT_EQ(notified, 1);

    const auto screened = caseFile->screening().all();
    EXPECT_FALSE(find(screened, refs[0]).screening.decision.has_value());
    EXPECT_EQ(find(screened, refs[0]).screening.status, ScreeningStatus::Pending);
    EXPECT_EQ(find(screened, refs[1]).screening.status, ScreeningStatus::Eligible);
    EXPECT_THROW(caseFile->screening().withdrawEligibilityDecision("APP-9999", "Chair Anna"),
                 Error);
}
