#pragma once

#include "domain/record.h"

#include <QByteArray>

namespace sp::identity {

// The canonical text a member signs for an act in their name: the record entry's hash, worked
// out again from its content (recordEntryHash covers actor, action, candidate, before, after,
// the seals of every row the act wrote, its time, its place in the record), behind a label
// so the signature cannot be taken for one of another kind (a member's return, say).
QByteArray signedActText(const RecordEntry& entry);

// The record actions that register a member's public key: the key is in the entry's after text
// as publicKeyText (member_key.h).
inline constexpr const char* CredentialsSetAction = "credentials_set";
inline constexpr const char* OneTimeCodeIssuedAction = "one_time_code_issued";

} // namespace sp::identity
