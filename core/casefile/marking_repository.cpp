#include "casefile/marking_repository.h"

#include "casefile/candidate_rows.h"
#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "casefile/case_store.h"
#include "casefile/marking_rows.h"
#include "casefile/marking_state.h"
#include "casefile/marks_by_candidate.h"
#include "casefile/participation.h"
#include "casefile/record_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/signing_session.h"
#include "casefile/sql.h"
#include "casefile/workbook.h"
#include "domain/error.h"
#include "identity/imported_returns.h"

#include <QSet>
#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

namespace sp {

namespace {

// Who takes part in each stage, worked out once for many sheets: participation() screens every
// candidate, so asking it for each of n sheets would cost n².
class Participants {
public:
    explicit Participants(const CaseFile& caseFile) : caseFile_(caseFile) {}

    Permission of(const QString& reference, Stage stage) {
        std::optional<QSet<QString>>& known =
            stage == Stage::Interview ? interview_ : preselection_;
        if (!known) {
            const QStringList references = participantsOf(caseFile_, stage);
            known.emplace(references.begin(), references.end());
        }
        // A refusal is rare: participation() words it.
        return known->contains(reference) ? Permission::allow()
                                          : participation(caseFile_, reference, stage);
    }

private:
    const CaseFile& caseFile_;
    std::optional<QSet<QString>> preselection_;
    std::optional<QSet<QString>> interview_;
};

Permission markingPermissionIn(const MarkingSetup& state, Participants& participants,
                               const QString& reference, Stage stage, const QString& member) {
    const Permission marking =
        canMark(member, reference, stage, state.gridState, state.panel, state.conflicts);
    if (!marking.allowed)
        return marking;
    return participants.of(reference, stage);
}

// `existing`: the sheets already saved for the sheet's candidate (or more).
std::vector<Problem> sheetProblemsIn(const CaseFile& caseFile, const MarkingSetup& state,
                                     Participants& participants,
                                     const std::vector<MarkSheet>& existing,
                                     const MarkSheet& sheet) {
    const Permission marking =
        markingPermissionIn(state, participants, sheet.candidate, sheet.stage, sheet.member);
    if (!marking.allowed)
        return marking.problems;
    const Permission saving = canSave(sheet, existing, state.gridState, caseFile.vacancy().criteria,
                                      state.panel, state.conflicts);
    return saving.allowed ? std::vector<Problem>() : saving.problems;
}

// The sheets already saved for the candidates of a batch about to be saved. A few candidates'
// are read alone; for a large batch (an import), reading every sheet once is cheaper.
class SavedSheets {
public:
    SavedSheets(CaseStore& impl, const std::vector<MarkSheet>& batch) {
        QSet<QString> candidates;
        for (const auto& sheet : batch)
            candidates.insert(sheet.candidate);
        if (candidates.size() > ReadAloneUpTo) {
            all_.emplace(markingStateOf(impl)->sheets, std::vector<ConsensusMark>{});
            return;
        }
        for (const auto& reference : std::as_const(candidates))
            alone_.insert(reference, candidateMarkingOf(impl, reference));
    }

    const std::vector<MarkSheet>& of(const QString& reference) const {
        if (all_)
            return all_->of(reference).sheets;
        const auto it = alone_.constFind(reference);
        return it == alone_.constEnd() ? none_ : (*it)->sheets;
    }

private:
    static constexpr qsizetype ReadAloneUpTo = 64;
    std::optional<MarksByCandidate> all_;
    QHash<QString, std::shared_ptr<const MarkingState>> alone_;
    std::vector<MarkSheet> none_;
};

} // namespace

Permission MarkingRepository::permission(const QString& reference, Stage stage,
                                         const QString& member) const {
    Participants participants(*case_);
    return markingPermissionIn(*markingSetupOf(*d), participants, reference, stage, member);
}

QStringList MarkingRepository::sheetProblems(const MarkSheet& sheet) const {
    const auto held = candidateMarkingOf(*d, sheet.candidate);
    const MarkingState& state = *held;
    Participants participants(*case_);
    return englishTexts(sheetProblemsIn(*case_, state, participants, state.sheets, sheet));
}

void MarkingRepository::saveMarkSheets(const std::vector<MarkSheet>& sheets,
                                       const ReturnSource* fromReturn) {
    if (d->workbook && !d->readOnly) // the member's marking: the one change a workbook takes
        workbook::requireWorkbookSheets(*d->workbook, sheets);
    else
        requireWritable(*d);
    const MarkingSetup state = *markingSetupOf(*d);
    // This process holds the writer lock: nobody changes the sheets until the transaction below.
    const SavedSheets previous(*d, sheets);
    Participants participants(*case_);
    std::vector<Problem> problems;
    std::set<std::tuple<QString, QString, Stage>> seen;
    for (const auto& sheet : sheets) {
        if (!seen.insert({sheet.member, sheet.candidate, sheet.stage}).second)
            problems.push_back(
                {sheet.stage == Stage::Preselection
                     ? QT_TRANSLATE_NOOP("sp::Problem", "%1: marked twice by %2 at preselection")
                     : QT_TRANSLATE_NOOP("sp::Problem", "%1: marked twice by %2 at interview"),
                 {sheet.candidate, sheet.member},
                 QStringLiteral("sheet")});
        for (const auto& problem :
             sheetProblemsIn(*case_, state, participants, previous.of(sheet.candidate), sheet))
            problems.push_back(problem.english().startsWith(sheet.candidate + QLatin1Char(' '))
                                   ? problem
                                   : Problem::about(sheet.candidate, problem));
    }
    requireNoProblems(problems);
    // Each sheet is acted in its member's name: refused, before anything is written, unless they
    // are the one signed in (a return imported is recorded by whoever imports it).
    if (!fromReturn)
        for (const auto& sheet : sheets)
            signing_session::requiredSigner(d->db, sheet.member);
    const bool onlyInterview =
        std::all_of(sheets.begin(), sheets.end(),
                    [](const MarkSheet& sheet) { return sheet.stage == Stage::Interview; });
    QSet<QString> written;
    for (const auto& sheet : sheets)
        written.insert(sheet.candidate);
    KeptAcrossMarking kept(*d, written, onlyInterview);
    {
        sql::Transaction transaction(d->db);
        const QString now = nowUtcText();
        for (const auto& sheet : sheets) {
            MarkSheet stored = sheet;
            stored.comment = sheet.comment.trimmed();
            const MarkSheet* before =
                findSheet(previous.of(sheet.candidate), sheet.member, sheet.candidate, sheet.stage);
            marking_rows::replaceSheet(d->db, stored, candidateIdOf(d->db, sheet.candidate), now);
            record_rows::append(
                d->db, fromReturn ? fromReturn->importedBy : sheet.member,
                stored.submitted ? QStringLiteral("marks_submitted")
                                 : QStringLiteral("marks_saved"),
                sheet.candidate, before ? markSheetText(*before) : QString(),
                fromReturn ? markSheetText(stored) +
                                 identity::fromReturnText(sheet.member, fromReturn->sha256)
                           : markSheetText(stored),
                seal_rows::sealRow(
                    d->db, sheet.candidate,
                    QStringLiteral("sheet/%1/%2").arg(sheet.member, stageKey(sheet.stage))));
        }
        if (fromReturn)
            record_rows::append(d->db, fromReturn->importedBy,
                                QLatin1String(identity::ReturnImportedAction), QString(), QString(),
                                fromReturn->signedReturn);
        transaction.commit();
    }
    kept.restore();
    for (const auto& sheet : sheets)
        d->events.marking.changed(MarksChanged{sheet.candidate, sheet.stage});
}

void MarkingRepository::submitMarks(const QString& reference, Stage stage, const QString& member) {
    std::optional<MarkSheet> sheet = ownSheet(reference, stage, member);
    if (!sheet) {
        requirePermission(permission(reference, stage, member));
        refuse(
            {stage == Stage::Preselection
                 ? QT_TRANSLATE_NOOP("sp::Problem", "%1 has no preselection marks for %2 to submit")
                 : QT_TRANSLATE_NOOP("sp::Problem", "%1 has no interview marks for %2 to submit"),
             {member, reference},
             QStringLiteral("sheet")});
    }
    sheet->submitted = true;
    saveMarkSheets({*sheet});
}

std::optional<MarkSheet> MarkingRepository::ownSheet(const QString& reference, Stage stage,
                                                     const QString& member) const {
    const auto held = candidateMarkingOf(*d, reference);
    const MarkSheet* sheet = findSheet(held->sheets, member, reference, stage);
    return sheet ? std::optional<MarkSheet>(*sheet) : std::nullopt;
}

VisibleMarks MarkingRepository::visibleMarks(const QString& reference, Stage stage,
                                             const QString& viewer) const {
    const auto held = candidateMarkingOf(*d, reference);
    const MarkingState& state = *held;
    const PanelMember& member = requireMember(state.panel, viewer);
    if (!candidate_rows::selectByReference(d->db, reference))
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no candidate %1"), reference));
    // An abstaining member sees nothing of the candidate's marks, not even an empty list.
    if (abstains(viewer, reference, state.conflicts))
        requirePermission(
            canSeeMarks(viewer, reference, stage, state.panel, state.sheets, state.conflicts));
    VisibleMarks visible;
    visible.othersVisible =
        canSeeMarks(viewer, reference, stage, state.panel, state.sheets, state.conflicts);
    std::vector<MarkSheet> sheets =
        visibleSheets(viewer, reference, stage, state.panel, state.sheets, state.conflicts);
    for (const auto& sheet : sheets)
        if (sheet.member == member.id)
            visible.sheets.push_back(sheet);
    for (const auto& other : state.panel)
        if (other.id != member.id)
            if (const MarkSheet* sheet = findSheet(sheets, other.id, reference, stage))
                visible.sheets.push_back(*sheet);
    return visible;
}

void MarkingRepository::recordConsensus(const ConsensusMark& consensus, const QString& member) {
    requireWritable(*d);
    const auto held = candidateMarkingOf(*d, consensus.candidate);
    const MarkingState& state = *held;
    requireMember(state.panel, member);
    requirePermission(participation(*case_, consensus.candidate, consensus.stage));
    requirePermission(canRecordConsensus(member, consensus.candidate, consensus.stage, state.panel,
                                         state.sheets, state.conflicts));
    ConsensusMark recorded = consensus;
    recorded.reason = consensus.reason.trimmed();
    requireNoProblems(consensusProblems(recorded, d->vacancy.criteria));
    {
        sql::Transaction transaction(d->db);
        marking_rows::insertConsensus(d->db, recorded, candidateIdOf(d->db, recorded.candidate),
                                      member, nowUtcText());
        const QString key = QStringLiteral("consensus/%1").arg(seal_rows::lastInsertedId(d->db));
        record_rows::append(d->db, member, QStringLiteral("consensus_recorded"), recorded.candidate,
                            QString(),
                            QStringLiteral("%1 %2 = %3; reason: %4")
                                .arg(stageKey(recorded.stage), recorded.criterion)
                                .arg(recorded.mark)
                                .arg(recorded.reason),
                            seal_rows::sealRow(d->db, recorded.candidate, key));
        transaction.commit();
    }
    d->events.marking.changed(MarksChanged{recorded.candidate, recorded.stage});
    d->events.results.changed(ResultsChanged{ResultsChanged::What::Consensus, recorded.candidate});
}

QHash<QString, MarkingTask> MarkingRepository::tasks(Stage stage, const QString& member) const {
    return markingTasks(member, stage, participantsOf(*case_, stage),
                        markingSituationOf(*d, std::pair(member, stage)));
}

MarkingEvents& MarkingRepository::events() {
    return d->events.marking;
}

} // namespace sp
