#pragma once

#include "domain/consolidation.h"
#include "domain/grid.h"
#include "domain/marking_rules.h"
#include "domain/panel.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// What the marking rules need besides the sheets: small, whatever the number of candidates.
struct MarkingSetup {
    std::vector<PanelMember> panel;
    std::vector<Conflict> conflicts;
    GridState gridState = GridState::Draft;
    Aggregation aggregation = Aggregation::Mean;
};

// Everything the marking rules need: the setup and the sheets and consensus marks, of every
// candidate or of the one candidate asked about.
struct MarkingState : MarkingSetup {
    std::vector<MarkSheet> sheets;
    std::vector<ConsensusMark> consensus;
};

MarkingSetup loadMarkingSetup(QSqlDatabase& db);
MarkingState loadMarkingState(QSqlDatabase& db);
Aggregation storedAggregation(QSqlDatabase& db);

// Refusals of the panel's operations: ErrorKind::BadInput with the rules' own words.
[[noreturn]] void refuse(const Problem& problem);
void requirePermission(const Permission& permission);
void requireNoProblems(const std::vector<Problem>& problems); // one a line
// The member, who must be on the panel.
const PanelMember& requireMember(const std::vector<PanelMember>& panel, const QString& member);
// The chair, who alone may do what `notTheChair` says ("%1 is not the chair: only the chair
// freezes the grid", %1 the member's name).
const PanelMember& requireChair(const std::vector<PanelMember>& panel, const QString& member,
                                const char* notTheChair);

} // namespace sp
