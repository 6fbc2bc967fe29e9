#pragma once

#include <QString>

namespace sp::identity {

// A one-time code the chair or secretary hands to a member ("K7QX-M2RD-9HTB-WF4C": 79 random
// bits in an alphabet without look-alike characters); the member signs in with it once and
// chooses their passphrase.
QString newOneTimeCode();

} // namespace sp::identity
