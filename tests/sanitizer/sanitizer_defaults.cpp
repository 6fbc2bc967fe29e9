// The sanitizers' options for the programs a SELECTION_PANEL_SANITIZE build tests: every core
// test and the program they start, whether under ctest, scripts/soak or run by hand. Built into
// the programs rather than set as test environment, which CTest cannot give to tests whose
// names hold a ';'. ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS still override them.

extern "C" {

// Not detect_stack_use_after_return: its fake stacks made every test process several times
// slower, for the 20 minutes CI has on 2 cores; ASAN_OPTIONS=detect_stack_use_after_return=1
// turns it on for a run by hand or scripts/soak.
const char* __asan_default_options() {
    return "halt_on_error=1:detect_leaks=1";
}

const char* __ubsan_default_options() {
    return "halt_on_error=1:print_stacktrace=1";
}

// Leaks inside third-party libraries only: see the file.
const char* __lsan_default_options() {
    return "print_suppressions=0:suppressions='" SP_LSAN_SUPPRESSIONS "'";
}

} // extern "C"
