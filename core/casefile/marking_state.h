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

// Everything the marking rules need, read from the case file in one go.
struct MarkingState {
    std::vector<PanelMember> panel;
    std::vector<Conflict> conflicts;
    GridState gridState = GridState::Draft;
    std::vector<MarkSheet> sheets;
    std::vector<ConsensusMark> consensus;
    Aggregation aggregation = Aggregation::Mean;
};

MarkingState loadMarkingState(QSqlDatabase& db);
Aggregation storedAggregation(QSqlDatabase& db);

// Refusals of the panel's operations: ErrorKind::BadInput with the rules' own words.
[[noreturn]] void refuse(const QString& message);
void requirePermission(const Permission& permission);
void requireNoProblems(const QStringList& problems);
// The member, who must be on the panel.
const PanelMember& requireMember(const std::vector<PanelMember>& panel, const QString& member);
// The chair, who alone may do `action` ("freezes the grid").
const PanelMember& requireChair(const std::vector<PanelMember>& panel, const QString& member,
                                const QString& action);

} // namespace sp
