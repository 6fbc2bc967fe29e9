#pragma once

#include "server/server_connection.h"

#include <QString>

// Copying a case on a PostgreSQL server into one case file (the admin's side of issue 17): an
// archive of the whole case, as of one moment, that `verify` accepts and the window opens.
namespace sp::server {

struct BackupOutcome {
    int candidates = 0;
    int sheets = 0;
    int recordEntries = 0; // the server's, then the backup's own
    int resealedRows = 0;  // rows changed on the server since the record last sealed them
};

// Writes the case the admin's address names to the new case file `target`: every row as one
// snapshot of the server (a repeatable-read transaction, so members marking meanwhile leave a
// consistent copy), the record with its own numbers and hashes, then one entry that seals the
// rows the server changed (a server keeps its rows by rights and policies, not by seals). The
// copy is verified before it appears under `target`; refused, leaving nothing, when `target`
// exists, when the case does not, or when the admin cannot act as the case's owner (a member's
// role sees only what the policies show it). Nothing is written on the server.
BackupOutcome backupServerCase(ServerConnection& admin, const QString& target);

} // namespace sp::server
