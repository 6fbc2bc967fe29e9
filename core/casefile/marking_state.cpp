#include "casefile/marking_state.h"

#include "casefile/case_store.h"
#include "casefile/marking_rows.h"
#include "casefile/panel_rows.h"
#include "domain/error.h"

namespace sp {

Aggregation storedAggregation(QSqlDatabase& db) {
    const auto key = panel_rows::selectSetting(db, QStringLiteral("aggregation"));
    return key ? aggregationFromKey(*key).value_or(Aggregation::Mean) : Aggregation::Mean;
}

MarkingSetup loadMarkingSetup(QSqlDatabase& db) {
    MarkingSetup setup;
    setup.panel = panel_rows::selectPanel(db);
    setup.conflicts = panel_rows::selectConflicts(db);
    setup.gridState = panel_rows::selectGridState(db);
    setup.aggregation = storedAggregation(db);
    return setup;
}

MarkingState loadMarkingState(QSqlDatabase& db) {
    MarkingState state;
    static_cast<MarkingSetup&>(state) = loadMarkingSetup(db);
    state.sheets = marking_rows::selectSheets(db);
    state.consensus = marking_rows::selectConsensus(db);
    return state;
}

std::shared_ptr<const MarkingSetup> markingSetupOf(CaseStore& impl) {
    impl.cache.validate(impl.db);
    if (!impl.cache.setup)
        impl.cache.setup = std::make_shared<const MarkingSetup>(
            impl.cache.markingState ? MarkingSetup(*impl.cache.markingState)
                                    : loadMarkingSetup(impl.db));
    return impl.cache.setup;
}

std::shared_ptr<const MarkingState> markingStateOf(CaseStore& impl) {
    impl.cache.validate(impl.db);
    if (!impl.cache.markingState)
        impl.cache.markingState = std::make_shared<const MarkingState>(loadMarkingState(impl.db));
    return impl.cache.markingState;
}

std::shared_ptr<const MarksByCandidate> marksByCandidateOf(CaseStore& impl) {
    const auto state = markingStateOf(impl); // validates the cache
    if (!impl.cache.marksByCandidate)
        impl.cache.marksByCandidate =
            std::make_shared<const MarksByCandidate>(state->sheets, state->consensus);
    return impl.cache.marksByCandidate;
}

std::shared_ptr<const MarkingState> candidateMarkingOf(CaseStore& impl, const QString& reference) {
    const auto setup = markingSetupOf(impl); // validates the cache
    auto& known = impl.cache.candidates;
    if (const auto it = known.constFind(reference); it != known.constEnd())
        return *it;
    MarkingState state;
    static_cast<MarkingSetup&>(state) = *setup;
    if (impl.cache.marksByCandidate) {
        const CandidateMarks& marks = impl.cache.marksByCandidate->of(reference);
        state.sheets = marks.sheets;
        state.consensus = marks.consensus;
    } else {
        state.sheets = marking_rows::selectSheetsOf(impl.db, reference);
        state.consensus = marking_rows::selectConsensusOf(impl.db, reference);
    }
    // Candidates looked at in one sitting, not the whole file.
    if (known.size() >= ReadCache::CandidatesKept)
        known.clear();
    return *known.insert(reference, std::make_shared<const MarkingState>(std::move(state)));
}

std::vector<MarkSheet>
sheetStatesOf(CaseStore& impl, const std::optional<std::pair<QString, Stage>>& memberAtStage) {
    impl.cache.validate(impl.db);
    if (!impl.cache.markingState)
        return memberAtStage ? marking_rows::selectSheetStates(impl.db, memberAtStage->first,
                                                               memberAtStage->second)
                             : marking_rows::selectSheetStates(impl.db);
    std::vector<MarkSheet> states;
    for (const auto& sheet : impl.cache.markingState->sheets)
        if (!memberAtStage ||
            (sheet.member == memberAtStage->first && sheet.stage == memberAtStage->second))
            states.push_back({sheet.member, sheet.candidate, sheet.stage, {}, {}, sheet.submitted});
    return states;
}

MarkingSituation markingSituationOf(CaseStore& impl,
                                    const std::optional<std::pair<QString, Stage>>& memberAtStage) {
    const auto setup = markingSetupOf(impl);
    return {setup->gridState, setup->panel, setup->conflicts, sheetStatesOf(impl, memberAtStage)};
}

void refuse(const Problem& problem) {
    throw Error(ErrorKind::BadInput, problem);
}

void requirePermission(const Permission& permission) {
    if (permission.allowed)
        return;
    throw Error(ErrorKind::BadInput, permission.problems.empty()
                                         ? std::vector{Problem::verbatim(permission.reason)}
                                         : permission.problems);
}

void requireNoProblems(const std::vector<Problem>& problems) {
    if (!problems.empty())
        throw Error(ErrorKind::BadInput, problems, Listing::Lines);
}

const PanelMember& requireMember(const std::vector<PanelMember>& panel, const QString& member) {
    const PanelMember* found = findMember(panel, member);
    if (!found)
        refuse(member.trimmed().isEmpty()
                   ? Problem{QT_TRANSLATE_NOOP("sp::Problem", "say which panel member you are"),
                             {},
                             QStringLiteral("member")}
                   : Problem{QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not a panel member"),
                             {member},
                             QStringLiteral("member")});
    return *found;
}

const PanelMember& requireChair(const std::vector<PanelMember>& panel, const QString& member,
                                const char* notTheChair) {
    const PanelMember& found = requireMember(panel, member);
    if (found.role != Role::Chair)
        refuse(Problem{notTheChair, {found.name}, QStringLiteral("member")});
    return found;
}

} // namespace sp
