#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace sp::identity {

// A member's Ed25519 secret key, sealed (XChaCha20-Poly1305) with a key derived from their
// passphrase by Argon2id; the salt and the derivation's parameters travel with it.
struct SealedSecretKey {
    QByteArray salt;
    QByteArray nonce;
    QByteArray cipherText;
    unsigned long long opsLimit = 0;
    size_t memLimit = 0;
    // One line of text for the case file, and back (nothing if it is not one).
    QString toText() const;
    static std::optional<SealedSecretKey> fromText(const QString& text);
};

// A panel member's unlocked identity: their public key and their secret key, the latter in
// memory libsodium guards (sodium_malloc: not swapped, wiped when freed). Only sign-in makes
// one, from the passphrase; the case file keeps it for the session and signs each act in the
// member's name with it.
class MemberKey {
public:
    // A fresh key pair for the member.
    static std::shared_ptr<MemberKey> generate(const QString& member);
    // The sealed secret key opened with the passphrase; nothing when the passphrase (or the
    // sealed text) is not the right one.
    static std::shared_ptr<MemberKey> unseal(const QString& member, const QByteArray& publicKey,
                                             const SealedSecretKey& sealed,
                                             const QByteArray& passphrase);
    ~MemberKey();
    MemberKey(const MemberKey&) = delete;
    MemberKey& operator=(const MemberKey&) = delete;

    const QString& member() const { return member_; }
    const QByteArray& publicKey() const { return publicKey_; } // 32 bytes
    // The detached Ed25519 signature (64 bytes) of `message`.
    QByteArray sign(const QByteArray& message) const;
    // The secret key sealed with `passphrase` (a fresh salt and nonce each time).
    SealedSecretKey seal(const QByteArray& passphrase) const;

private:
    MemberKey(QString member, QByteArray publicKey, unsigned char* secretKey);
    QString member_;
    QByteArray publicKey_;
    unsigned char* secretKey_; // sodium_malloc'd, crypto_sign_SECRETKEYBYTES
};

// Whether `signature` is `publicKey`'s Ed25519 signature of `message`.
bool signatureValid(const QByteArray& publicKey, const QByteArray& message,
                    const QByteArray& signature);

// "ed25519:<64 hex digits>", as the record and messages show a public key, and back (empty if
// the text is not one).
QString publicKeyText(const QByteArray& publicKey);
QByteArray publicKeyFromText(const QString& text);

} // namespace sp::identity
