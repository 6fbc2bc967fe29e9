#pragma once

#include "cli/command.h"

namespace sp::cli {

Command newCommand();
Command importCommand();
Command candidatesCommand();
Command verifyCommand();
Command statusCommand();
Command upgradeCommand();
Command demoCommand();
Command screenCommand();
Command decideCommand();
Command tickCommand();
Command duplicatesCommand();
// Panel, grid and marking (issue 4).
Command panelCommand();
Command conflictCommand();
Command gridCommand();
Command freezeCommand();
Command reopenCommand();
Command setAggregationCommand();
Command markCommand();
Command submitCommand();
Command marksCommand();
Command consensusCommand();
Command exportSheetCommand();
Command importMarksCommand();
Command rankCommand();
Command shortlistCommand();
Command recommendCommand();
Command exportShortlistCommand();
Command backupCommand();
Command recordCommand();
Command eraseCommand();
Command exportCandidateCommand();
Command searchCommand();
// Member workbooks and their signed returns (issue 16).
Command exportWorkbookCommand();
Command returnMarksCommand();
Command importReturnCommand();
// The chair's reset of a forgotten passphrase (issue 16).
Command resetPassphraseCommand();
// A case on a PostgreSQL server: setting it up (issue 17).
Command serverInitCommand();
Command serverAddMemberCommand();
Command pushCommand();
// The selection report the panel signs (issue 11).
Command reportCommand();

} // namespace sp::cli
