#pragma once

namespace sp::identity {

// libsodium initialised once (thread-safe); throws sp::Error if it cannot be.
void requireSodium();

} // namespace sp::identity
