#pragma once

#include "casefile/panel_repository.h"
#include "domain/grid.h"

namespace sp {

struct CaseStore;

// Reopening the grid in a case file (StoreDialect::reopenGrid): an automatic backup beside the
// file first (automatic_backup.h), then every sheet, mark, consensus mark, shortlist decision and
// recommendation discarded in one transaction, sealed as deleted, and recorded.
GridReopenOutcome reopenGridInFile(CaseStore& store, GridReopening reopening);

} // namespace sp
