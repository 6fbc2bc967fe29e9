#include "identity/one_time_code.h"

#include "identity/sodium_ready.h"

#include <sodium.h>

namespace sp::identity {

QString newOneTimeCode() {
    requireSodium();
    // 16 symbols of 31 (no 0/O, 1/I/L look-alikes): about 79 random bits.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
    }
    return code;
}

} // namespace sp::identity
