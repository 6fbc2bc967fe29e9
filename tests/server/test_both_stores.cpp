#include "casefile/case_file.h"
#include "domain/error.h"
#include "domain/marking_rules.h"
#include "server/server_names.h"
#include "server_fixture.h"
#include "support/app_runner.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <algorithm>
#include <map>

// The same tests against both stores: one case, made and marked as a file, worked on as that file
// and as the same case pushed to a server, through the same CaseFile API; what a member sees and
// what the rules refuse must not depend on where the case is. The server's own rules (what a
// role may read or write with plain SQL) are proved in the other tests of this folder.
namespace {

using sp::CaseFile;
using sp::Stage;
using sp::test::runApp;

enum class Store { File, Server };

std::string storeName(const ::testing::TestParamInfo<Store>& info) {
    return info.param == Store::File ? "File" : "Server";
}

class BothStores : public ::testing::TestWithParam<Store> {
protected:
    void SetUp() override {
        if (GetParam() == Store::Server && !sp::test::testServer())
            GTEST_SKIP() << "no PostgreSQL server (SP_TEST_POSTGRES_URL unset)";
        ASSERT_TRUE(dir_.isValid());
        file_ = dir_.filePath("marked.selpanel");
        const auto made = runApp(
            {"demo", file_, "--candidates", "8", "--seed", "11", "--members", "3", "--marked"});
        ASSERT_EQ(made.exitCode, 0) << made.errText().toStdString();
        original_ = CaseFile::open(file_, CaseFile::Access::ReadOnly);
        chair_ = original_->panel().members().front().id;
        if (GetParam() == Store::File) {
            case_ = CaseFile::open(file_);
            return;
        }
        address_ = sp::test::freshCaseAddress();
        names_ = sp::server::caseNames(address_.caseId);
        for (const auto& member : original_->panel().members())
            members_ << member.id;
        const auto pushed = runApp({"push", file_, address_.urlFor(address_.user)});
        ASSERT_EQ(pushed.exitCode, 0) << pushed.errText().toStdString();
        passwords_ = sp::test::oneTimePasswords(pushed.outText());
        case_ = CaseFile::openServer(address_.urlFor(sp::server::memberRoleName(names_, chair_)),
                                     CaseFile::Access::ReadWrite, passwords_.value(chair_));
    }
    void TearDown() override {
        others_.clear();
        case_.reset();
        if (address_.caseId.isEmpty())
            return;
        sp::server::ServerConnection admin(address_);
        sp::test::dropCase(admin, names_, members_);
    }

    // The case as the member works on it: the file itself, or their own connection to the server
    // (an act in another's name is refused there).
    CaseFile& as(const QString& member) {
        if (GetParam() == Store::File || member == chair_)
            return *case_;
        auto& opened = others_[member];
        if (!opened)
            opened =
                CaseFile::openServer(address_.urlFor(sp::server::memberRoleName(names_, member)),
                                     CaseFile::Access::ReadWrite, passwords_.value(member));
        return *opened;
    }
    QString memberAt(size_t i) const { return original_->panel().members().at(i).id; }
    // The program as the chair runs it, on this store.
    sp::test::AppResult runAsChair(QStringList arguments) {
        const bool onServer = GetParam() == Store::Server;
        arguments.insert(1, onServer ? address_.urlFor(sp::server::memberRoleName(names_, chair_))
                                     : file_);
        if (onServer)
            qputenv("PGPASSWORD", passwords_.value(chair_).toUtf8());
        auto result = runApp(arguments);
        qunsetenv("PGPASSWORD");
        return result;
    }
    sp::MarkSheet interviewSheet(const QString& member, const QString& reference, bool submitted) {
        sp::MarkSheet sheet;
        sheet.member = member;
        sheet.candidate = reference;
        sheet.stage = Stage::Interview;
        for (const auto& criterion : case_->vacancy().criteria)
            if (criterion.stage == Stage::Interview)
                sheet.marks[criterion.id] = criterion.maxMark / 2;
        sheet.submitted = submitted;
        return sheet;
    }

    QString referenceAt(size_t i) const {
        return original_->applications().candidates().at(i).application.reference;
    }

    QTemporaryDir dir_;
    QString file_;
    std::unique_ptr<CaseFile> original_; // the file as made, read before anything changes
    std::unique_ptr<CaseFile> case_;     // the case worked on: the file, or the server's
    QString chair_;
    sp::server::ServerAddress address_;
    sp::server::CaseNames names_;
    QStringList members_;
    QMap<QString, QString> passwords_;
    std::map<QString, std::unique_ptr<CaseFile>> others_;
};

TEST_P(BothStores, TheCaseReadsAsTheFileWasMade) {
    EXPECT_EQ(case_->onServer(), GetParam() == Store::Server);
    EXPECT_EQ(case_->vacancy().reference, original_->vacancy().reference);
    EXPECT_EQ(case_->applications().candidates().size(), 8u);
    EXPECT_EQ(case_->panel().members().size(), original_->panel().members().size());
    EXPECT_EQ(case_->panel().gridState(), original_->panel().gridState());
    const auto screened = case_->screening().all();
    const auto before = original_->screening().all();
    ASSERT_EQ(screened.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(screened[i].candidate.application.reference,
                  before[i].candidate.application.reference);
        EXPECT_EQ(screened[i].screening.status, before[i].screening.status);
        EXPECT_EQ(screened[i].screening.tierLabel, before[i].screening.tierLabel);
    }
}

TEST_P(BothStores, TheRankingIsTheSame) {
    const auto ranked = case_->results().ranking(Stage::Preselection);
    const auto before = original_->results().ranking(Stage::Preselection);
    ASSERT_EQ(ranked.size(), before.size());
    ASSERT_FALSE(ranked.empty());
    for (size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(ranked[i].candidate, before[i].candidate);
        EXPECT_EQ(ranked[i].total, before[i].total);
        EXPECT_EQ(ranked[i].rank, before[i].rank);
        EXPECT_EQ(ranked[i].tied, before[i].tied);
    }
}

TEST_P(BothStores, ADecisionIsKeptAndRecordedInTheChairsName) {
    const QString reference = referenceAt(0);
    case_->screening().decideEligibility(reference, false, "no diploma giving access", chair_);
    const auto screened = case_->screening().candidate(reference);
    ASSERT_TRUE(screened.has_value());
    EXPECT_EQ(screened->screening.status, sp::ScreeningStatus::NotEligible);
    ASSERT_TRUE(screened->screening.decision.has_value());
    EXPECT_EQ(screened->screening.decision->reason, QStringLiteral("no diploma giving access"));
    const auto entries = case_->record().entries(reference);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, QStringLiteral("eligibility_decision"));
    EXPECT_EQ(entries.back().actor, chair_);
    const auto verified = case_->verify();
    EXPECT_TRUE(verified.integrityOk) << verified.integrityMessage.toStdString();
    EXPECT_TRUE(verified.recordProblems.empty());
}

TEST_P(BothStores, TheRulesRefuseAlikeAndChangeNothing) {
    const auto entriesBefore = case_->record().entries().size();
    try {
        case_->screening().decideEligibility("NO-SUCH-REF", true, "reason", chair_);
        FAIL() << "decided on a candidate who does not exist";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::NotFound);
        EXPECT_EQ(e.message(), QStringLiteral("no candidate NO-SUCH-REF"));
    }
    // A submitted sheet is final, wherever it is kept.
    const QString reference = referenceAt(1);
    const auto own = case_->marking().ownSheet(reference, Stage::Preselection, chair_);
    ASSERT_TRUE(own.has_value());
    ASSERT_TRUE(own->submitted);
    sp::MarkSheet changed = *own;
    changed.submitted = false;
    for (auto& [criterion, mark] : changed.marks)
        mark = 0;
    EXPECT_THROW(case_->marking().saveMarkSheets({changed}), sp::Error);
    EXPECT_EQ(case_->marking().ownSheet(reference, Stage::Preselection, chair_)->marks, own->marks);
    EXPECT_EQ(case_->record().entries().size(), entriesBefore);
}

TEST_P(BothStores, TheShortlistIsTheSame) {
    const auto shortlist = case_->results().shortlist();
    const auto before = original_->results().shortlist();
    ASSERT_EQ(shortlist.entries.size(), before.entries.size());
    ASSERT_FALSE(before.entries.empty());
    for (size_t i = 0; i < before.entries.size(); ++i) {
        EXPECT_EQ(shortlist.entries[i].candidate, before.entries[i].candidate);
        EXPECT_EQ(shortlist.entries[i].invited, before.entries[i].invited);
        EXPECT_EQ(shortlist.entries[i].reason, before.entries[i].reason);
    }
}

TEST_P(BothStores, AConsensusMarkChangesTheTotalAlike) {
    const auto before = original_->results().ranking(Stage::Preselection);
    ASSERT_FALSE(before.empty());
    const QString reference = before.back().candidate; // the last: its total can only rise
    const auto criterion =
        sp::criteriaOf(case_->panel().grid().criteria, Stage::Preselection).front();
    case_->marking().recordConsensus({reference, Stage::Preselection, criterion.id,
                                      criterion.maxMark, "agreed after the panel's discussion"},
                                     chair_);
    const auto after = case_->results().ranking(Stage::Preselection);
    const auto was = std::find_if(before.begin(), before.end(),
                                  [&](const auto& r) { return r.candidate == reference; });
    const auto is = std::find_if(after.begin(), after.end(),
                                 [&](const auto& r) { return r.candidate == reference; });
    ASSERT_NE(is, after.end());
    ASSERT_TRUE(was->total && is->total);
    EXPECT_GT(*is->total, *was->total);
    const auto entries = case_->record().entries(reference);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().actor, chair_);
}

TEST_P(BothStores, TheChairsShortlistDecisionIsKept) {
    const auto proposal = case_->results().proposedShortlist();
    ASSERT_FALSE(proposal.entries.empty());
    const auto& first = proposal.entries.front();
    case_->results().decideShortlist(
        {first.candidate, !first.invited, "the panel's reasoned decision against the proposal"},
        chair_);
    const auto shortlist = case_->results().shortlist();
    const auto* decided = shortlist.entry(first.candidate);
    ASSERT_NE(decided, nullptr);
    EXPECT_EQ(decided->invited, !first.invited);
    EXPECT_TRUE(decided->changedByPanel);
    // Without a reason, a change of the proposal is refused alike, changing nothing.
    ASSERT_GE(proposal.entries.size(), 2u);
    const auto& second = proposal.entries.at(1);
    EXPECT_THROW(case_->results().decideShortlist({second.candidate, !second.invited, ""}, chair_),
                 sp::Error);
    const auto unchanged = case_->results().shortlist();
    ASSERT_NE(unchanged.entry(second.candidate), nullptr);
    EXPECT_EQ(unchanged.entry(second.candidate)->invited, second.invited);
}

TEST_P(BothStores, TheChairReopensTheGridAlikeAndEveryMarkGoes) {
    const auto marked = case_->results().ranking(Stage::Preselection);
    ASSERT_FALSE(marked.empty());
    const auto outcome = case_->panel().reopenGrid(chair_, "a criterion was misworded");
    EXPECT_GT(outcome.discardedSheets, 0);
    // Kept where the store keeps it: a backup beside the file, on the server for its admin.
    EXPECT_EQ(outcome.backup.isEmpty(), GetParam() == Store::Server);
    EXPECT_EQ(case_->panel().gridState(), sp::GridState::Draft);
    const auto reference = referenceAt(1);
    EXPECT_FALSE(case_->marking().ownSheet(reference, Stage::Preselection, chair_).has_value());
    for (const auto& ranked : case_->results().ranking(Stage::Preselection))
        EXPECT_FALSE(ranked.total.has_value()) << ranked.candidate.toStdString();
    const auto entries = case_->record().entries();
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, QStringLiteral("grid_reopened"));
    EXPECT_EQ(entries.back().actor, chair_);
    EXPECT_TRUE(entries.back().after.startsWith(
        QStringLiteral("draft; %1 mark sheet(s) discarded; reason: a criterion was misworded")
            .arg(outcome.discardedSheets)));
    const auto verified = case_->verify();
    EXPECT_TRUE(verified.integrityOk) << verified.integrityMessage.toStdString();
    EXPECT_TRUE(verified.recordProblems.empty());
    // Without a reason it is refused alike.
    case_->panel().freezeGrid(chair_);
    EXPECT_THROW(case_->panel().reopenGrid(chair_, "  "), sp::Error);
    EXPECT_EQ(case_->panel().gridState(), sp::GridState::Frozen);
}

TEST_P(BothStores, SearchingEveryApplicationFindsTheSamePages) {
    QStringList queries = {"experience", "secur*", "\"threat modelling\"", "python OR java",
                           "certified professional"};
    for (size_t i = 0; i < 3; ++i)
        queries << original_->applications().candidates().at(i).application.surname;
    int found = 0;
    for (const auto& query : queries) {
        const auto here = case_->applications().search(query, chair_);
        const auto made = original_->applications().search(query, chair_);
        EXPECT_EQ(here.notIndexed, 0);
        ASSERT_EQ(here.matches.size(), made.matches.size()) << query.toStdString();
        for (size_t i = 0; i < made.matches.size(); ++i) {
            EXPECT_EQ(here.matches[i].reference, made.matches[i].reference);
            EXPECT_EQ(here.matches[i].pages, made.matches[i].pages) << query.toStdString();
        }
        found += made.matches.empty() ? 0 : 1;
    }
    EXPECT_GE(found, 5);
}

TEST_P(BothStores, InterviewMarksStayTheirAuthorsUntilEachHasSubmitted) {
    const QString reference = referenceAt(0);
    const QString second = memberAt(1);
    const QString third = memberAt(2);
    as(second).marking().saveMarkSheets({interviewSheet(second, reference, false)});
    // A draft is its author's alone; a submitted sheet shows once one's own is submitted too.
    EXPECT_TRUE(
        as(third).marking().visibleMarks(reference, Stage::Interview, third).sheets.empty());
    as(second).marking().submitMarks(reference, Stage::Interview, second);
    const auto beforeOwn = as(third).marking().visibleMarks(reference, Stage::Interview, third);
    EXPECT_TRUE(beforeOwn.sheets.empty());
    EXPECT_FALSE(beforeOwn.othersVisible.allowed);
    as(third).marking().saveMarkSheets({interviewSheet(third, reference, true)});
    const auto afterOwn = as(third).marking().visibleMarks(reference, Stage::Interview, third);
    ASSERT_EQ(afterOwn.sheets.size(), 2u);
    EXPECT_EQ(afterOwn.sheets[0].member, third);
    EXPECT_EQ(afterOwn.sheets[1].member, second);
    EXPECT_TRUE(afterOwn.othersVisible.allowed);

    // The candidate's interview total once the chair has submitted too, the same on both.
    const auto totalOf = [&](const QString& candidate) -> std::optional<double> {
        for (const auto& ranked : case_->results().ranking(Stage::Interview))
            if (ranked.candidate == candidate)
                return ranked.total;
        return std::nullopt;
    };
    EXPECT_FALSE(totalOf(reference).has_value());
    as(chair_).marking().saveMarkSheets({interviewSheet(chair_, reference, true)});
    ASSERT_TRUE(totalOf(reference).has_value());
    EXPECT_GT(*totalOf(reference), 0.0);
    const auto entries = case_->record().entries(reference);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, QStringLiteral("marks_submitted"));
    EXPECT_EQ(entries.back().actor, chair_);
}

TEST_P(BothStores, AMemberWhoDeclaresAFamilyLinkAbstainsAlike) {
    const QString reference = referenceAt(2);
    const QString third = memberAt(2);
    as(third).panel().declareConflict({third, reference, sp::ConflictNature::Family, "a cousin"});
    const auto permission = as(third).marking().permission(reference, Stage::Interview, third);
    EXPECT_FALSE(permission.allowed);
    EXPECT_THROW(as(third).marking().saveMarkSheets({interviewSheet(third, reference, true)}),
                 sp::Error);
    EXPECT_FALSE(as(third).marking().ownSheet(reference, Stage::Interview, third).has_value());
    EXPECT_THROW(as(third).marking().visibleMarks(reference, Stage::Interview, third), sp::Error);
    // The others still mark the candidate.
    EXPECT_TRUE(
        as(memberAt(1)).marking().permission(reference, Stage::Interview, memberAt(1)).allowed);
    // Declared again as a former colleague (no abstention), the member marks again.
    as(third).panel().declareConflict(
        {third, reference, sp::ConflictNature::FormerColleague, "worked together in 2019"});
    EXPECT_TRUE(as(third).marking().permission(reference, Stage::Interview, third).allowed);
    const auto conflicts = case_->panel().conflicts();
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].member, third);
    EXPECT_EQ(conflicts[0].candidate, reference);
    EXPECT_EQ(conflicts[0].nature, sp::ConflictNature::FormerColleague);
    const auto entries = case_->record().entries(reference);
    ASSERT_GE(entries.size(), 2u);
    EXPECT_EQ(entries.back().action, QStringLiteral("conflict_declared"));
    EXPECT_EQ(entries.back().actor, third);
}

TEST_P(BothStores, HrGetsTheSameShortlistCsvAndStatus) {
    const QString made = dir_.filePath("made.csv");
    const auto fromFile =
        runApp({"export-shortlist", file_, "--stage", "preselection", "--out", made});
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.errText().toStdString();
    const QString here = dir_.filePath("here.csv");
    const auto exported =
        runAsChair({"export-shortlist", "--stage", "preselection", "--out", here});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    QFile a(made), b(here);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly));
    ASSERT_TRUE(b.open(QIODevice::ReadOnly));
    const QByteArray expected = a.readAll();
    EXPECT_GT(expected.count('\n'), 8);
    EXPECT_EQ(b.readAll(), expected);
    const auto status = runAsChair({"status"});
    ASSERT_EQ(status.exitCode, 0) << status.errText().toStdString();
    EXPECT_TRUE(status.outText().contains("Pre-selection: 8 candidate(s), 8 completely marked"))
        << status.outText().toStdString();
    EXPECT_TRUE(status.outText().contains("Shortlist: 8 invited to interview"))
        << status.outText().toStdString();
}

// The rest of the procedure done twice, on the store and on a twin of the file as it was made:
// every member's interview marks, the final ranking, the chair's recommendation and HR's final
// CSV come out the same.
TEST_P(BothStores, TheInterviewsAndTheRecommendationComeOutAsOnATwinFile) {
    const QString twinPath = dir_.filePath("twin.selpanel");
    ASSERT_TRUE(QFile::copy(file_, twinPath));
    auto twin = CaseFile::open(twinPath);
    const auto candidates = original_->applications().candidates();
    const auto maxMarkOf = [&](const QString& id) {
        for (const auto& criterion : case_->vacancy().criteria)
            if (criterion.stage == Stage::Interview && criterion.id == id)
                return criterion.maxMark;
        return 0;
    };
    for (size_t m = 0; m < 3; ++m) {
        const QString member = memberAt(m);
        std::vector<sp::MarkSheet> sheets;
        for (size_t i = 0; i < candidates.size(); ++i) {
            sp::MarkSheet sheet = interviewSheet(member, candidates[i].application.reference, true);
            // Near the top of each criterion's scale, differing by candidate and member.
            int k = 0;
            for (auto& [criterion, mark] : sheet.marks)
                mark = std::max(0, maxMarkOf(criterion) - static_cast<int>((i * 3 + m + k++) % 3));
            sheets.push_back(sheet);
        }
        as(member).marking().saveMarkSheets(sheets);
        twin->marking().saveMarkSheets(sheets);
    }
    const auto final = case_->results().finalRanking();
    const auto expected = twin->results().finalRanking();
    ASSERT_EQ(final.size(), expected.size());
    ASSERT_EQ(final.size(), candidates.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(final[i].ranked.candidate, expected[i].ranked.candidate);
        EXPECT_EQ(final[i].ranked.total, expected[i].ranked.total);
        EXPECT_EQ(final[i].ranked.rank, expected[i].ranked.rank);
        EXPECT_EQ(final[i].suitable, expected[i].suitable);
    }
    const auto proposed = case_->results().recommendation().proposed;
    EXPECT_EQ(proposed.candidates, twin->results().recommendation().proposed.candidates);
    ASSERT_FALSE(proposed.candidates.isEmpty()) << "nobody suitable: the marks prove nothing";
    const QString chosen = proposed.candidates.front();
    case_->results().recommend(chosen, chair_, QString());
    twin->results().recommend(chosen, chair_, QString());
    const auto recorded = case_->results().recommendation().recorded;
    ASSERT_TRUE(recorded.has_value());
    EXPECT_EQ(recorded->candidate, chosen);
    EXPECT_EQ(recorded->by, chair_);

    const QString fromTwin = dir_.filePath("twin-final.csv");
    twin.reset();
    const auto twinExport =
        runApp({"export-shortlist", twinPath, "--stage", "final", "--out", fromTwin});
    ASSERT_EQ(twinExport.exitCode, 0) << twinExport.errText().toStdString();
    const QString here = dir_.filePath("final.csv");
    const auto exported = runAsChair({"export-shortlist", "--stage", "final", "--out", here});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    QFile a(fromTwin), b(here);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly));
    ASSERT_TRUE(b.open(QIODevice::ReadOnly));
    const QByteArray expectedCsv = a.readAll();
    EXPECT_TRUE(expectedCsv.contains(chosen.toUtf8()));
    EXPECT_EQ(b.readAll(), expectedCsv);
}

// The marking rules (marking_rules.h) refuse alike, saying why, and nothing is saved.
TEST_P(BothStores, EveryMarkingRuleRefusesAlikeAndNothingIsSaved) {
    const QString second = memberAt(1);
    const QString third = memberAt(2);
    const QString abstained = referenceAt(5);
    as(third).panel().declareConflict({third, abstained, sp::ConflictNature::Family, "a sister"});
    const QString reference = referenceAt(6);
    int maxMark = 0;
    for (const auto& criterion : case_->vacancy().criteria)
        if (criterion.stage == Stage::Interview)
            maxMark = criterion.maxMark;
    sp::MarkSheet outOfRange = interviewSheet(second, reference, false);
    outOfRange.marks.begin()->second = maxMark + 1;
    sp::MarkSheet unknown = interviewSheet(second, reference, false);
    unknown.marks = {{QStringLiteral("charm"), 2}};
    sp::MarkSheet incomplete = interviewSheet(second, reference, true);
    incomplete.marks.erase(incomplete.marks.begin());

    struct Refused {
        const char* what;
        QString member;
        sp::MarkSheet sheet;
        const char* expected;
    };
    const std::vector<Refused> cases = {
        {"abstaining member", third, interviewSheet(third, abstained, true), "abstains"},
        {"unknown criterion", second, unknown, "'charm' is not an interview criterion"},
        {"mark out of range", second, outOfRange, "outside 0.."},
        {"submitted incomplete", second, incomplete, "submitted sheet marks every criterion"},
    };
    for (const auto& refused : cases) {
        try {
            as(refused.member).marking().saveMarkSheets({refused.sheet});
            ADD_FAILURE() << refused.what << ": saved";
        } catch (const sp::Error& e) {
            EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput) << refused.what;
            EXPECT_TRUE(e.message().contains(QLatin1String(refused.expected)))
                << refused.what << ": " << e.what();
        }
        EXPECT_FALSE(as(refused.member)
                         .marking()
                         .ownSheet(refused.sheet.candidate, Stage::Interview, refused.member)
                         .has_value())
            << refused.what;
    }
}

// The window's other screening acts (its edit commands call these): a declaration ticked and
// cleared, a decision withdrawn (undone), an act noted in the record.
TEST_P(BothStores, TicksWithdrawalsAndNotesAreKeptAlike) {
    const QString reference = referenceAt(3);
    const QStringList declarations = case_->vacancy().eligibility.declarations;
    ASSERT_FALSE(declarations.isEmpty());
    case_->screening().tickDeclaration(reference, declarations.front(), false, chair_);
    const auto tickOf = [&]() {
        const auto screened = case_->screening().candidate(reference);
        const auto* ticked = screened->screening.preCheck.criterion(declarations.front());
        return ticked ? ticked->state : sp::CriterionState::Unknown;
    };
    EXPECT_EQ(tickOf(), sp::CriterionState::NotMet);
    EXPECT_EQ(case_->screening().candidate(reference)->screening.preCheck.overall,
              sp::CriterionState::NotMet);
    case_->screening().tickDeclaration(reference, declarations.front(), std::nullopt, chair_);
    EXPECT_EQ(tickOf(), sp::CriterionState::Unknown); // untouched: not in the pre-check
    EXPECT_EQ(case_->screening().candidate(reference)->screening.preCheck.overall,
              original_->screening().candidate(reference)->screening.preCheck.overall);

    const QString decided = referenceAt(4);
    ASSERT_TRUE(original_->screening().candidate(decided)->screening.decision.has_value());
    case_->screening().withdrawEligibilityDecision(decided, chair_);
    EXPECT_FALSE(case_->screening().candidate(decided)->screening.decision.has_value());
    EXPECT_EQ(case_->screening().candidate(decided)->screening.status,
              sp::ScreeningStatus::Pending);

    case_->record().noteAction(chair_, "report_exported", "the selection report, in French");
    const auto entries = case_->record().entries();
    ASSERT_GE(entries.size(), 3u);
    EXPECT_EQ(entries.back().action, QStringLiteral("report_exported"));
    EXPECT_EQ(entries.back().actor, chair_);
    EXPECT_EQ(entries[entries.size() - 2].action, QStringLiteral("eligibility_decision_withdrawn"));
    const auto verified = case_->verify();
    EXPECT_TRUE(verified.integrityOk) << verified.integrityMessage.toStdString();
    EXPECT_TRUE(verified.recordProblems.empty());
}

INSTANTIATE_TEST_SUITE_P(FileAndServer, BothStores, ::testing::Values(Store::File, Store::Server),
                         storeName);

} // namespace
