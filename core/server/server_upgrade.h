#pragma once

#include "server/server_connection.h"

// Bringing a case on a server that an earlier program made up to this program's tables
// (server_schema.h): `selection-panel upgrade URL`, run by the admin.
namespace sp::server {

struct ServerUpgrade {
    int from = 0;
    int to = 0; // equal to from: it was current, nothing was changed
};

// One transaction as the case's owner role: each step after the case's version, the new version,
// and an entry in the record saying what came. Nothing when the case is current. Refused,
// changing nothing, for a case made by a newer program and, for an older one, for a role that is
// not in the case's owner role (a member's).
ServerUpgrade upgradeCase(ServerConnection& admin);

} // namespace sp::server
