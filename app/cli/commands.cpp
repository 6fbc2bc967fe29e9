#include "cli/command.h"
#include "cli/commands_list.h"

namespace sp::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        newCommand(),
        importCommand(),
        candidatesCommand(),
        verifyCommand(),
        statusCommand(),
        upgradeCommand(),
        demoCommand(),
        screenCommand(),
        decideCommand(),
        tickCommand(),
        duplicatesCommand(),
        backupCommand(),
        // Panel, grid and marking (issue 4).
        panelCommand(),
        conflictCommand(),
        gridCommand(),
        freezeCommand(),
        reopenCommand(),
        setAggregationCommand(),
        markCommand(),
        submitCommand(),
        marksCommand(),
        consensusCommand(),
        exportSheetCommand(),
        importMarksCommand(),
        rankCommand(),
        shortlistCommand(),
        recommendCommand(),
        exportShortlistCommand(),
        reportCommand(),
        recordCommand(),
        eraseCommand(),
        exportCandidateCommand(),
        searchCommand(),
        exportWorkbookCommand(),
        returnMarksCommand(),
        importReturnCommand(),
        resetPassphraseCommand(),
        serverInitCommand(),
        serverAddMemberCommand(),
        pushCommand(),
    };
    return all;
}

} // namespace sp::cli
