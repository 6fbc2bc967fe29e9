#pragma once

#include "identity/credentials.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace sp {

struct CaseStore;
namespace identity {
class MemberKey;
}

// Members' credentials and signed acts (issue 16). A member signs in for this connection: their
// acts are then signed with their key (every record entry in their name, identity/signed_act.h).
// While a member has credentials, an act in their name without their sign-in is refused
// (BadInput: "sign in as ID ..."); a member with none yet (a case made before version 8) acts
// unsigned, and verify names it.
class IdentityRepository {
public:
    explicit IdentityRepository(CaseStore& store) : d(&store) {}

    identity::Credentials credentials(const QString& member) const;
    // Checks the passphrase and keeps the member's unlocked key for the session. At the first
    // sign-in (Credentials::None) `passphrase` becomes theirs: a key pair is made, its public
    // key recorded. With a one-time code, `newPassphrase` (required) replaces it. Refused
    // (BadInput) with the same words whatever was wrong (unknown member, wrong passphrase),
    // after a delay that grows with each failure (identity/sign_in_delay.h), counted in the file.
    void signIn(const QString& member, const QByteArray& passphrase,
                const QByteArray& newPassphrase = QByteArray());
    bool isSignedIn(const QString& member) const;
    // The member the store itself signed in: on a server, the one whose role connected; nothing
    // in a case file, where members sign in here with their passphrase.
    std::optional<QString> connectedMember() const;
    void signOut(const QString& member);
    // The signed-in member's key (to sign what leaves the case, e.g. a return), or nothing.
    std::shared_ptr<const identity::MemberKey> signedInKey(const QString& member) const;
    // The member's public keys as the record registered them, oldest first (a reset gives a new
    // one): what checks their signatures.
    std::vector<QByteArray> publicKeys(const QString& member) const;
    // The chair resets a member's forgotten passphrase, or the secretary or chair issues a code
    // for a member who has none yet: returns the one-time code (shown once, never stored: only
    // its hash), recorded with a fresh public key for the member. `by` must be signed in.
    QString issueOneTimeCode(const QString& member, const QString& by);

private:
    CaseStore* d;
};

} // namespace sp
