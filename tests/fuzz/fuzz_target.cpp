// A libFuzzer target: built once per entry of sp::fuzz::targets(), with SP_FUZZ_TARGET naming
// the entry. A check that finds something wrong aborts, so libFuzzer keeps the input.
#include "fuzz/fuzz_checks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

sp::fuzz::Check findCheck() {
    for (const auto& target : sp::fuzz::targets())
        if (std::strcmp(target.name, SP_FUZZ_TARGET) == 0)
            return target.check;
    std::fprintf(stderr, "no fuzz target named %s\n", SP_FUZZ_TARGET);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const sp::fuzz::Check check = findCheck();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString problem = check(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", SP_FUZZ_TARGET, qPrintable(problem));
        std::abort();
    }
    return 0;
}
