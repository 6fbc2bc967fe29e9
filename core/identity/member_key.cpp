#include "identity/member_key.h"

#include "domain/error.h"
#include "identity/sodium_ready.h"

#include <QStringList>
#include <sodium.h>

namespace sp::identity {

namespace {

const auto* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}
auto* bytes(QByteArray& data) {
    return reinterpret_cast<unsigned char*>(data.data());
}

unsigned char* guardedSecretKey() {
    auto* key = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!key)
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no memory for a member's key")));
    return key;
}

// The sealing key from the passphrase; false when memory runs out.
bool deriveSealingKey(unsigned char* key, const QByteArray& passphrase, const QByteArray& salt,
                      unsigned long long opsLimit, size_t memLimit) {
    return crypto_pwhash(key, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), bytes(salt), opsLimit,
                         memLimit, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// The label the cipher text is bound to, so a sealed key cannot be moved to another member.
QByteArray associatedData(const QString& member, const QByteArray& publicKey) {
    return "selection-panel sealed key v1\n" + member.toUtf8() + '\n' + publicKey;
}

} // namespace

MemberKey::MemberKey(QString member, QByteArray publicKey, unsigned char* secretKey)
    : member_(std::move(member)), publicKey_(std::move(publicKey)), secretKey_(secretKey) {}

MemberKey::~MemberKey() {
    sodium_free(secretKey_);
}

std::shared_ptr<MemberKey> MemberKey::generate(const QString& member) {
    requireSodium();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    unsigned char* secret = guardedSecretKey();
    crypto_sign_keypair(bytes(publicKey), secret);
    return std::shared_ptr<MemberKey>(new MemberKey(member, publicKey, secret));
}

std::shared_ptr<MemberKey> MemberKey::unseal(const QString& member, const QByteArray& publicKey,
                                             const SealedSecretKey& sealed,
                                             const QByteArray& passphrase) {
    requireSodium();
    if (sealed.salt.size() != crypto_pwhash_SALTBYTES ||
        sealed.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        sealed.cipherText.size() !=
            crypto_sign_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return nullptr;
    unsigned char sealingKey[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    if (!deriveSealingKey(sealingKey, passphrase, sealed.salt, sealed.opsLimit, sealed.memLimit))
        return nullptr;
    unsigned char* secret = guardedSecretKey();
    const QByteArray ad = associatedData(member, publicKey);
    const int opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
        secret, nullptr, nullptr, bytes(sealed.cipherText),
        static_cast<unsigned long long>(sealed.cipherText.size()), bytes(ad),
        static_cast<unsigned long long>(ad.size()), bytes(sealed.nonce), sealingKey);
    sodium_memzero(sealingKey, sizeof sealingKey);
    if (opened != 0) {
        sodium_free(secret);
        return nullptr;
    }
    return std::shared_ptr<MemberKey>(new MemberKey(member, publicKey, secret));
}

QByteArray MemberKey::sign(const QByteArray& message) const {
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), secretKey_);
    return signature;
}

SealedSecretKey MemberKey::seal(const QByteArray& passphrase) const {
    SealedSecretKey sealed;
    sealed.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    sealed.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    sealed.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(sealed.salt.data(), static_cast<size_t>(sealed.salt.size()));
    sealed.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(sealed.nonce.data(), static_cast<size_t>(sealed.nonce.size()));
    unsigned char sealingKey[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    if (!deriveSealingKey(sealingKey, passphrase, sealed.salt, sealed.opsLimit, sealed.memLimit))
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "not enough memory to seal the key (Argon2id)")));
    sealed.cipherText =
        QByteArray(crypto_sign_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    const QByteArray ad = associatedData(member_, publicKey_);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(sealed.cipherText), nullptr, secretKey_, crypto_sign_SECRETKEYBYTES, bytes(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, bytes(sealed.nonce), sealingKey);
    sodium_memzero(sealingKey, sizeof sealingKey);
    return sealed;
}

QString SealedSecretKey::toText() const {
    return QStringLiteral("xchacha20poly1305-argon2id:%1:%2:%3:%4:%5")
        .arg(opsLimit)
        .arg(memLimit)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(nonce.toHex()),
             QString::fromLatin1(cipherText.toHex()));
}

std::optional<SealedSecretKey> SealedSecretKey::fromText(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 6 || parts[0] != QLatin1String("xchacha20poly1305-argon2id"))
        return std::nullopt;
    SealedSecretKey sealed;
    bool opsOk = false;
    bool memOk = false;
    sealed.opsLimit = parts[1].toULongLong(&opsOk);
    sealed.memLimit = static_cast<size_t>(parts[2].toULongLong(&memOk));
    sealed.salt = QByteArray::fromHex(parts[3].toLatin1());
    sealed.nonce = QByteArray::fromHex(parts[4].toLatin1());
    sealed.cipherText = QByteArray::fromHex(parts[5].toLatin1());
    if (!opsOk || !memOk)
        return std::nullopt;
    return sealed;
}

bool signatureValid(const QByteArray& publicKey, const QByteArray& message,
                    const QByteArray& signature) {
    requireSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

QString publicKeyText(const QByteArray& publicKey) {
    return QStringLiteral("ed25519:") + QString::fromLatin1(publicKey.toHex());
}

QByteArray publicKeyFromText(const QString& text) {
    if (!text.startsWith(QLatin1String("ed25519:")))
        return {};
    const QByteArray key = QByteArray::fromHex(text.mid(8).toLatin1());
    return key.size() == crypto_sign_PUBLICKEYBYTES ? key : QByteArray();
}

} // namespace sp::identity
