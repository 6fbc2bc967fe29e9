#include "casefile/identity_repository.h"

#include "casefile/case_store.h"
#include "casefile/credential_rows.h"
#include "casefile/panel_rows.h"
#include "casefile/record_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/signing_session.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "domain/error.h"
#include "identity/act_signatures.h"
#include "identity/member_key.h"
#include "identity/one_time_code.h"
#include "identity/passphrase_hash.h"
#include "identity/sign_in_delay.h"
#include "identity/signed_act.h"

#include <QSqlQuery>
#include <chrono>
#include <thread>

namespace sp {

namespace {

void storeCredential(QSqlDatabase& db, const QString& member, const char* kind,
                     const QByteArray& secret, const identity::MemberKey& key) {
    credential_rows::store(db, member, kind, secret, key, nowUtcText());
}

std::vector<RowSeal> credentialSeal(QSqlDatabase& db, const QString& member) {
    return seal_rows::sealRow(db, ProcedureUnit, QStringLiteral("credential/") + member);
}

// The same words whatever was wrong: who is on the panel and who has a passphrase stays unsaid.
[[noreturn]] void refuseSignIn() {
    throw Error(ErrorKind::BadInput,
                Problem::of(QT_TRANSLATE_NOOP(
                    "sp::Problem", "sign-in refused: the member or the passphrase is not right")));
}

void waitUntil(const QDateTime& moment) {
    if (!moment.isValid())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(moment);
    if (ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

} // namespace

identity::Credentials IdentityRepository::credentials(const QString& member) const {
    if (dialectOf(d->db).onServer())
        return identity::Credentials::ServerRole;
    const auto row = credential_rows::select(d->db, member);
    return row ? row->kind : identity::Credentials::None;
}

void IdentityRepository::signIn(const QString& member, const QByteArray& passphrase,
                                const QByteArray& newPassphrase) {
    if (dialectOf(d->db).onServer()) {
        // Signing in to the server was the sign-in; only its own member is signed in.
        dialectOf(d->db).signerFor(d->db, member);
        return;
    }
    if (!findMember(panel_rows::selectPanel(d->db), member)) {
        std::this_thread::sleep_for(identity::signInDelay(1));
        refuseSignIn();
    }
    const auto row = credential_rows::select(d->db, member);
    if (!row) {
        // The first sign-in: the passphrase given becomes the member's.
        requireWritable(*d);
        identity::requireAcceptablePassphrase(passphrase);
        const auto key = identity::MemberKey::generate(member);
        sql::Transaction transaction(d->db);
        storeCredential(d->db, member, "passphrase", passphrase, *key);
        signing_session::keep(d->connectionName, key);
        try {
            record_rows::append(
                d->db, member, QLatin1String(identity::CredentialsSetAction), QString(), QString(),
                identity::credentialsSetText(key->publicKey()), credentialSeal(d->db, member));
            transaction.commit();
        } catch (...) {
            signing_session::forget(d->connectionName, member);
            throw;
        }
        anchorRecordHead(*d);
        return;
    }
    waitUntil(row->nextAttemptAt);
    const auto sealed = identity::SealedSecretKey::fromText(row->sealedKey);
    std::shared_ptr<identity::MemberKey> key;
    if (sealed && identity::passphraseMatches(row->passphraseHash, passphrase))
        key = identity::MemberKey::unseal(member, row->publicKey, *sealed, passphrase);
    if (!key) {
        const auto delay = identity::signInDelay(row->failures + 1);
        if (!d->readOnly)
            credential_rows::countFailure(d->db, member,
                                          QDateTime::currentDateTimeUtc().addMSecs(delay.count()));
        std::this_thread::sleep_for(delay);
        refuseSignIn();
    }
    if (row->kind == identity::Credentials::OneTimeCode) {
        if (newPassphrase.isEmpty())
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP(
                            "sp::Problem", "this is a one-time code: choose your own passphrase to "
                                           "sign in with it")));
        requireWritable(*d);
        identity::requireAcceptablePassphrase(newPassphrase);
        sql::Transaction transaction(d->db);
        storeCredential(d->db, member, "passphrase", newPassphrase, *key);
        signing_session::keep(d->connectionName, key);
        try {
            record_rows::append(d->db, member, QStringLiteral("passphrase_set"), QString(),
                                QString(), QStringLiteral("the one-time code replaced"),
                                credentialSeal(d->db, member));
            transaction.commit();
        } catch (...) {
            signing_session::forget(d->connectionName, member);
            throw;
        }
        anchorRecordHead(*d);
        return;
    }
    if (row->failures > 0 && !d->readOnly)
        credential_rows::clearFailures(d->db, member);
    signing_session::keep(d->connectionName, key);
}

std::optional<QString> IdentityRepository::connectedMember() const {
    return dialectOf(d->db).connectedMember(d->db);
}

bool IdentityRepository::isSignedIn(const QString& member) const {
    if (const auto connected = dialectOf(d->db).connectedMember(d->db))
        return *connected == member;
    return signedInKey(member) != nullptr;
}

void IdentityRepository::signOut(const QString& member) {
    signing_session::forget(d->connectionName, member);
}

std::shared_ptr<const identity::MemberKey>
IdentityRepository::signedInKey(const QString& member) const {
    return signing_session::keyOf(d->connectionName, member);
}

std::vector<QByteArray> IdentityRepository::publicKeys(const QString& member) const {
    return identity::registeredKeys(record_rows::selectAll(d->db)).value(member);
}

QString IdentityRepository::issueOneTimeCode(const QString& member, const QString& by) {
    requireWritable(*d);
    if (dialectOf(d->db).onServer())
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "on a server, members sign in with their own "
                                                  "database password: the administrator sets it "
                                                  "(selection-panel server-add-member)")));
    const auto members = panel_rows::selectPanel(d->db);
    const PanelMember* issuer = findMember(members, by);
    if (!issuer || !isSignedIn(by))
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "sign in as %1 to issue a one-time code in their name"),
                        by));
    if (!findMember(members, member))
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not a member of the panel"),
                                member));
    const bool reset = credentials(member) != identity::Credentials::None;
    if (reset ? issuer->role != Role::Chair : issuer->role == Role::Member)
        throw Error(
            ErrorKind::BadInput,
            Problem::of(reset ? QT_TRANSLATE_NOOP("sp::Problem", "only the chair resets a member's "
                                                                 "passphrase")
                              : QT_TRANSLATE_NOOP("sp::Problem",
                                                  "only the chair or the secretary issues "
                                                  "a one-time code")));
    const QString code = identity::newOneTimeCode();
    const auto key = identity::MemberKey::generate(member);
    {
        sql::Transaction transaction(d->db);
        storeCredential(d->db, member, "one_time_code", code.toUtf8(), *key);
        record_rows::append(d->db, by, QLatin1String(identity::OneTimeCodeIssuedAction), QString(),
                            QString(), identity::oneTimeCodeIssuedText(member, key->publicKey()),
                            credentialSeal(d->db, member));
        transaction.commit();
    }
    signing_session::forget(d->connectionName, member);
    anchorRecordHead(*d);
    return code;
}

} // namespace sp
