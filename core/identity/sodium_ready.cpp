#include "identity/sodium_ready.h"

#include "domain/error.h"

#include <sodium.h>

namespace sp::identity {

void requireSodium() {
    static const int ready = sodium_init();
    if (ready < 0)
        throw Error(ErrorKind::Failure, Problem::of(QT_TRANSLATE_NOOP(
                                            "sp::Problem", "libsodium could not be initialised")));
}

} // namespace sp::identity
