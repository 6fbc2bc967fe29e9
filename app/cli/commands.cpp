#include "cli/command.h"
#include "cli/commands_list.h"

namespace sp::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        newCommand(),    importCommand(), candidatesCommand(), verifyCommand(),     demoCommand(),
        screenCommand(), decideCommand(), tickCommand(),       duplicatesCommand(),
    };
    return all;
}

} // namespace sp::cli
