#include "casefile/marking_state.h"

#include "casefile/case_file_impl.h"
#include "casefile/marking_rows.h"
#include "casefile/panel_rows.h"
#include "domain/error.h"

namespace sp {

Aggregation storedAggregation(QSqlDatabase& db) {
    const auto key = panel_rows::selectSetting(db, QStringLiteral("aggregation"));
    return key ? aggregationFromKey(*key).value_or(Aggregation::Mean) : Aggregation::Mean;
}

MarkingState loadMarkingState(QSqlDatabase& db) {
    MarkingState state;
    state.panel = panel_rows::selectPanel(db);
    state.conflicts = panel_rows::selectConflicts(db);
    state.gridState = panel_rows::selectGridState(db);
    state.sheets = marking_rows::selectSheets(db);
    state.consensus = marking_rows::selectConsensus(db);
    state.aggregation = storedAggregation(db);
    return state;
}

std::shared_ptr<const MarkingState> markingStateOf(CaseFile::Impl& impl) {
    impl.cache.validate(impl.db);
    if (!impl.cache.markingState)
        impl.cache.markingState = std::make_shared<const MarkingState>(loadMarkingState(impl.db));
    return impl.cache.markingState;
}

std::shared_ptr<const MarksByCandidate> marksByCandidateOf(CaseFile::Impl& impl) {
    const auto state = markingStateOf(impl); // validates the cache
    if (!impl.cache.marksByCandidate)
        impl.cache.marksByCandidate =
            std::make_shared<const MarksByCandidate>(state->sheets, state->consensus);
    return impl.cache.marksByCandidate;
}

void refuse(const QString& message) {
    throw Error(ErrorKind::BadInput, message);
}

void requirePermission(const Permission& permission) {
    if (!permission.allowed)
        refuse(permission.reason);
}

void requireNoProblems(const QStringList& problems) {
    if (!problems.isEmpty())
        refuse(problems.join(QLatin1Char('\n')));
}

const PanelMember& requireMember(const std::vector<PanelMember>& panel, const QString& member) {
    const PanelMember* found = findMember(panel, member);
    if (!found)
        refuse(member.trimmed().isEmpty()
                   ? QStringLiteral("say which panel member you are")
                   : QStringLiteral("'%1' is not a panel member").arg(member));
    return *found;
}

const PanelMember& requireChair(const std::vector<PanelMember>& panel, const QString& member,
                                const QString& action) {
    const PanelMember& found = requireMember(panel, member);
    if (found.role != Role::Chair)
        refuse(QStringLiteral("%1 is not the chair: only the chair %2").arg(found.name, action));
    return found;
}

} // namespace sp
