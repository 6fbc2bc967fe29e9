#pragma once

#include "cli/command.h"

namespace sp::cli {

Command newCommand();
Command importCommand();
Command candidatesCommand();
Command verifyCommand();
Command demoCommand();
Command screenCommand();
Command decideCommand();
Command tickCommand();
Command duplicatesCommand();

} // namespace sp::cli
