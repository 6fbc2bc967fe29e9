#pragma once

#include <QByteArray>
#include <QString>

namespace sp::identity {

// A member's passphrase is kept only as an Argon2id hash (libsodium crypto_pwhash_str): the
// string records the algorithm, its parameters and the salt, so a hash made with other
// parameters still verifies.
QString hashPassphrase(const QByteArray& passphrase);
bool passphraseMatches(const QString& hash, const QByteArray& passphrase);

// Refuses (ErrorKind::BadInput, saying why) a passphrase too short to protect anything.
void requireAcceptablePassphrase(const QByteArray& passphrase);

} // namespace sp::identity
