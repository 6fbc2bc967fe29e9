#include "identity/passphrase_hash.h"

#include "domain/error.h"
#include "identity/sodium_ready.h"

#include <sodium.h>

namespace sp::identity {

QString hashPassphrase(const QByteArray& passphrase) {
    requireSodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(
            hash, passphrase.constData(), static_cast<unsigned long long>(passphrase.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP(
                        "sp::Problem", "not enough memory to hash the passphrase (Argon2id)")));
    return QString::fromLatin1(hash);
}

bool passphraseMatches(const QString& hash, const QByteArray& passphrase) {
    requireSodium();
    const QByteArray text = hash.toLatin1();
    return crypto_pwhash_str_verify(text.constData(), passphrase.constData(),
                                    static_cast<unsigned long long>(passphrase.size())) == 0;
}

void requireAcceptablePassphrase(const QByteArray& passphrase) {
    if (QString::fromUtf8(passphrase).trimmed().size() < 8)
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "a passphrase needs at least 8 characters")));
}

} // namespace sp::identity
