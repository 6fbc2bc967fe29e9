#pragma once

#include "domain/consolidation.h"
#include "domain/grid.h"
#include "domain/panel.h"

#include <QString>
#include <vector>

namespace sp {

struct CaseStore;
struct PanelEvents;

// What reopening the grid did.
struct GridReopenOutcome {
    int discardedSheets = 0;
    QString backup; // the path of the backup written before; empty on a server, which keeps them
};

// The panel (members, conflicts of interest) and the evaluation grid. Every operation that
// changes something names the acting panel member and is refused with ErrorKind::BadInput,
// saying why, when the domain rules (grid.h, panel.h) do not allow it.
class PanelRepository {
public:
    explicit PanelRepository(CaseStore& store) : d(&store) {}

    // The panel changes only while the grid is a draft: the members expected to mark are fixed
    // with the grid.
    std::vector<PanelMember> members() const; // in the order added
    void addMember(const PanelMember& member);
    std::vector<Conflict> conflicts() const;
    // Declared by the member concerned, at any time; a second declaration for the same member
    // and candidate replaces the first.
    void declareConflict(const Conflict& conflict);

    // The vacancy's criteria, thresholds and interview questions.
    GridState gridState() const;
    Grid grid() const;
    std::vector<GridReopening> gridReopenings() const; // oldest first
    Aggregation aggregation() const;                   // mean unless set
    // Before freezing only; the member must be on the panel.
    void setAggregation(Aggregation aggregation, const QString& member);
    // Before freezing only: stores the grid in the vacancy (checked as the vacancy file is).
    void changeGrid(const Grid& grid, const QString& member);
    // The chair freezes a valid grid with a valid panel (gridProblems, panelProblems).
    void freezeGrid(const QString& member);
    // The chair reopens with a reason: every mark sheet, mark, consensus mark, shortlist
    // decision and recommendation is discarded in one transaction, kept first where the store
    // keeps it (StoreDialect::reopenGrid): a case file writes an owner-only backup of itself
    // beside it (automatic_backup.h), a server keeps the rows for its administrator.
    GridReopenOutcome reopenGrid(const QString& member, const QString& reason);

    PanelEvents& events();

private:
    CaseStore* d;
};

} // namespace sp
