#pragma once

namespace sp::identity {

// What a member has to sign in with.
enum class Credentials {
    None,        // nothing yet (a case made before version 8, a new member): the first sign-in
                 // chooses the passphrase
    OneTimeCode, // a code the chair or secretary handed over: the sign-in with it chooses one
    Passphrase,  // their own passphrase
    ServerRole,  // a case on a server: signed in as their own database role
};

} // namespace sp::identity
