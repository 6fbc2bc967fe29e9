#include "identity/act_signatures.h"

#include "identity/imported_returns.h"
#include "identity/member_key.h"
#include "identity/signed_act.h"

#include <QRegularExpression>
#include <optional>

namespace sp::identity {

namespace {

bool contains(const std::vector<QByteArray>& keys, const QByteArray& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

std::optional<KeyRegistration> keyRegisteredIn(const RecordEntry& e) {
    static const QRegularExpression own(QStringLiteral("^public key (ed25519:[0-9a-f]{64})$"));
    static const QRegularExpression issued(
        QStringLiteral("^one-time code for (.+); public key (ed25519:[0-9a-f]{64})$"));
    if (e.action == QLatin1String(CredentialsSetAction)) {
        const auto m = own.match(e.after);
        if (m.hasMatch())
            return KeyRegistration{e.actor, publicKeyFromText(m.captured(1))};
    } else if (e.action == QLatin1String(OneTimeCodeIssuedAction)) {
        const auto m = issued.match(e.after);
        if (m.hasMatch())
            return KeyRegistration{m.captured(1), publicKeyFromText(m.captured(2))};
    } else if (e.action == QLatin1String("workbook_exported") && e.seq == 1) {
        // A member's workbook (casefile/workbook_export.cpp) starts its own record with the key
        // the case registered for the member, which signs their marking in it.
        static const QRegularExpression workbook(
            QStringLiteral("^workbook of (\\S+) .*; public key (ed25519:[0-9a-f]{64})$"));
        const auto m = workbook.match(e.after);
        if (m.hasMatch())
            return KeyRegistration{m.captured(1), publicKeyFromText(m.captured(2))};
    }
    return std::nullopt;
}

QString credentialsSetText(const QByteArray& publicKey) {
    return QStringLiteral("public key ") + publicKeyText(publicKey);
}

QString oneTimeCodeIssuedText(const QString& member, const QByteArray& publicKey) {
    return QStringLiteral("one-time code for %1; public key %2")
        .arg(member, publicKeyText(publicKey));
}

QHash<QString, std::vector<QByteArray>> registeredKeys(const std::vector<RecordEntry>& entries) {
    QHash<QString, std::vector<QByteArray>> keys;
    for (const auto& e : entries)
        if (const auto registration = keyRegisteredIn(e))
            keys[registration->member].push_back(registration->key);
    return keys;
}

Problem entryDescription(const RecordEntry& e) {
    return e.candidate.isEmpty()
               ? Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "entry %1 (%2 by %3)"), e.seq,
                             e.action, e.actor)
               : Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "entry %1 (%2 by %3, %4)"), e.seq,
                             e.action, e.actor, e.candidate);
}

RecordProblem recordProblem(qint64 seq, Problem problem) {
    QString english = problem.english();
    return {seq, std::move(english), std::move(problem)};
}

Problem about(const Problem& subject, const char* text, const QStringList& values) {
    std::vector<Problem> parts{subject};
    for (const QString& value : values)
        parts.push_back(Problem::verbatim(value));
    return {text, {}, {}, ProblemParts(std::move(parts))};
}

namespace {
// Where a case's life on a server begins: made there, or pushed there from a file.
bool isServerSpanStart(const QString& action) {
    return action == QLatin1String("server_case_created") || action == QLatin1String("case_pushed");
}
} // namespace

ActSignatures checkActSignatures(const std::vector<RecordEntry>& entries, qint64 signedFromEntry) {
    ActSignatures result;
    QHash<QString, std::vector<QByteArray>> keys;
    bool onServer = false;
    for (const auto& e : entries) {
        const auto registration = keyRegisteredIn(e);
        if (isServerSpanStart(e.action))
            onServer = true;
        if (e.seq < signedFromEntry) {
            ++result.unsignedBeforeSigning;
        } else if (onServer && e.signature.isEmpty()) {
            ++result.vouchedByServer;
        } else if (e.signature.isEmpty() && vouchedByReturn(e)) {
            ++result.vouchedByReturns; // checked by checkImportedReturns
        } else {
            std::vector<QByteArray> actorKeys = keys.value(e.actor);
            if (registration && registration->member == e.actor)
                actorKeys.push_back(registration->key);
            if (e.signature.isEmpty()) {
                if (actorKeys.empty())
                    result.unsignedActs.push_back(recordProblem(
                        e.seq,
                        about(entryDescription(e),
                              QT_TRANSLATE_NOOP("sp::Problem", "%1: unsigned (%2 had not signed in "
                                                               "yet)"),
                              {e.actor})));
                else
                    result.problems.push_back(recordProblem(
                        e.seq,
                        about(entryDescription(e),
                              QT_TRANSLATE_NOOP("sp::Problem", "%1: not signed, though %2 signs "
                                                               "every act: written or changed with "
                                                               "another tool"),
                              {e.actor})));
            } else if (!contains(actorKeys, e.signedByKey)) {
                result.problems.push_back(recordProblem(
                    e.seq, about(entryDescription(e),
                                 QT_TRANSLATE_NOOP("sp::Problem",
                                                   "%1: signed with a key that is not %2's"),
                                 {e.actor})));
            } else if (!signatureValid(e.signedByKey, signedActText(e), e.signature)) {
                result.problems.push_back(recordProblem(
                    e.seq,
                    about(entryDescription(e),
                          QT_TRANSLATE_NOOP("sp::Problem", "%1: the signature of %2 does not match "
                                                           "the entry: it was changed after %2 "
                                                           "signed it"),
                          {e.actor})));
            } else {
                ++result.signedActs;
            }
        }
        if (registration)
            keys[registration->member].push_back(registration->key);
        if (e.action == QLatin1String("case_backed_up"))
            onServer = false;
    }
    return result;
}

} // namespace sp::identity
