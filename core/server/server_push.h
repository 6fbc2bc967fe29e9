#pragma once

#include "domain/panel.h"
#include "server/server_connection.h"

#include <QString>
#include <vector>

// Uploading a case file to a PostgreSQL server (the admin's side of issue 17): the whole case,
// PDFs and record included, into a new case that the panel then works on at once.
namespace sp::server {

struct PushedMember {
    PanelMember member;
    QString login;    // the member's own role
    QString password; // their one-time password, shown once
};

struct PushOutcome {
    int candidates = 0;
    int sheets = 0;
    int recordEntries = 0; // the file's, then the push's own
    std::vector<PushedMember> members;
};

// Copies the case file at `path` into the new case the admin's address names: every row, the
// record with its own numbers, hashes and signatures (the server checks the whole chain, that each
// entry follows the one before and carries its true hash, before the push commits), a login role
// with a one-time password for every panel member, and an entry recording the push. One
// transaction: refused, leaving nothing on the server, when the file fails its verification, when
// the case exists, or when a member's id cannot name a role. The passphrases kept in the file stay
// there: on the server members sign in with their role.
PushOutcome pushCase(ServerConnection& admin, const QString& path);

} // namespace sp::server
