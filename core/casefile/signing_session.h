#pragma once

#include "identity/member_key.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

// The members signed in on one connection to a case file, whose keys sign the record entries
// written in their name (record_rows::append). Kept by connection, so every part of CaseFile
// that appends to the record signs without being handed the key.
namespace sp::signing_session {

void keep(const QString& connection, std::shared_ptr<const identity::MemberKey> key);
void forget(const QString& connection, const QString& member);
void forgetAll(const QString& connection);
std::shared_ptr<const identity::MemberKey> keyOf(const QString& connection, const QString& member);

// The key that must sign an act by `actor` on `db`: nothing when the actor has no credentials
// (not a member, or a member who has not signed in yet in a case made before version 8); the
// signed-in member's key otherwise; refused (BadInput) when the actor has credentials but is not
// signed in on this connection.
std::shared_ptr<const identity::MemberKey> requiredSigner(QSqlDatabase& db, const QString& actor);

} // namespace sp::signing_session
