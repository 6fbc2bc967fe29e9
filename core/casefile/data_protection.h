#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sp {

class CaseFile;
struct CaseStore;

// Data protection (Regulation 2018/1725): erasing or anonymising candidates' personal data.
class DataProtection {
public:
    DataProtection(CaseStore& store, const CaseFile& caseFile) : d(&store), case_(&caseFile) {}

    // Both first write an owner-only backup beside the case file (returned; on a server, where
    // only the case's owner erases, none: StoreDialect::prepareErasure), then in one
    // transaction delete the candidate's PDF and replace the surname with "erased" and the given
    // names, e-mail, nationalities, education, experience and languages with nothing; the
    // received time is kept to the day. Category, tier, screening status and marks stay, so the
    // procedure's statistics and totals stay. Erasing also blanks the panel's free texts about
    // the candidate (reasons, comments); anonymising keeps them. Refused (BadInput) for the
    // recommended candidate or one on the final reserve list unless `force`. Entries already in
    // the record keep their text: the record is hash-chained and is not rewritten.
    QString eraseCandidates(const QStringList& references, const QString& by, const QString& reason,
                            bool force = false);
    QString eraseCandidate(const QString& reference, const QString& by, const QString& reason,
                           bool force = false);
    QString anonymiseCandidate(const QString& reference, const QString& by, const QString& reason,
                               bool force = false);
    // Whether the candidate's personal data has been erased or anonymised.
    bool isErased(const QString& reference) const;
    // Candidates received more than `days` ago, not recommended and not yet erased.
    QStringList erasableOlderThan(int days, const QDateTime& nowUtc) const;

private:
    CaseStore* d;
    const CaseFile* case_;
};

} // namespace sp
