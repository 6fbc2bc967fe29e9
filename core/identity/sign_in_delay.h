#pragma once

#include <chrono>

namespace sp::identity {

// How long a member waits before their next sign-in after `failures` wrong passphrases in a row:
// 1 s, 2 s, 4 s, ... up to 15 minutes. The count is kept in the case file, so a new process does
// not start again from nothing. SELECTION_PANEL_SIGN_IN_DELAY_MS sets the first step (the
// tests use 0); it slows guessing through the program only: it cannot stop a tool that reads the
// file (README, "What the passphrases protect").
std::chrono::milliseconds signInDelay(int failures);

} // namespace sp::identity
