#pragma once

#include "casefile/panel_repository.h"
#include "domain/grid.h"

namespace sp {

struct CaseStore;

// Reopening the grid on a server (StoreDialect::reopenGrid): the case's reopen_grid() function
// (case_reopening_sql.cpp), which checks again that the connected member is the chair and keeps
// what it discards on the server. No backup file: the outcome's backup is empty.
GridReopenOutcome reopenGridOnServer(CaseStore& store, const GridReopening& reopening);

} // namespace sp
