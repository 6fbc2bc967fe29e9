#pragma once

#include "domain/record.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace sp::identity {

// A key the entry registers for a member (credentials_set, one_time_code_issued, a workbook's
// first entry), if it registers one.
struct KeyRegistration {
    QString member;
    QByteArray key;
};
std::optional<KeyRegistration> keyRegisteredIn(const RecordEntry& entry);

// The public keys the record registered for each member (credentials_set,
// one_time_code_issued), oldest first.
QHash<QString, std::vector<QByteArray>> registeredKeys(const std::vector<RecordEntry>& entries);

struct ActSignatures {
    int signedActs = 0;
    int unsignedBeforeSigning = 0;           // entries before `signedFromEntry`
    std::vector<RecordProblem> unsignedActs; // later, by an actor who had no key yet
    int vouchedByReturns = 0; // imported sheets, signed by their member's return instead
    int vouchedByServer = 0;  // written on a server, which signed its members in as their roles
    std::vector<RecordProblem> problems; // failed, foreign key, or missing though keyed
};

// Checks every entry's signature against the keys the record registered before it (a
// credentials_set entry is signed by the key it registers). Entries before `signedFromEntry`
// (written before version 8) count as unsigned, not as problems; so do those a server wrote (from
// the case's creation or push on a server to its backup into a file), where each member signed in
// as their own role and the server kept the chain.
ActSignatures checkActSignatures(const std::vector<RecordEntry>& entries, qint64 signedFromEntry);

// "entry 12 (marks_submitted by anna, APP-0001)", for messages.
Problem entryDescription(const RecordEntry& entry);

// The problem of entry `seq`, in English and for the window.
RecordProblem recordProblem(qint64 seq, Problem problem);
// "SUBJECT: TEXT" for `text` (marked for translation) with %1 the subject (an entry or a return
// described) and %2.. the `values`, as they are.
Problem about(const Problem& subject, const char* text, const QStringList& values);

// The after text of the entries registering a key, and back.
QString credentialsSetText(const QByteArray& publicKey);
QString oneTimeCodeIssuedText(const QString& member, const QByteArray& publicKey);

} // namespace sp::identity
