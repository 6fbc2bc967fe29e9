#include "casefile/case_store.h"
#include "casefile/record_anchor.h"
#include "casefile/record_rows.h"
#include "casefile/schema.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "identity/act_signatures.h"
#include "identity/imported_returns.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sp {

namespace {

QString caseIdOf(QSqlDatabase& db) {
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT value FROM setting WHERE key = 'case_id'"));
    return q.next() ? q.value(0).toString() : QString();
}

// Whether the record still holds the entry this computer saw last, unchanged.
std::optional<QString> checkAnchor(const std::vector<RecordEntry>& entries,
                                   const RecordHead& anchored) {
    for (const auto& e : entries)
        if (e.seq == anchored.entries)
            return e.hash == anchored.hash
                       ? std::nullopt
                       : std::optional<QString>(
                             QStringLiteral("record entry %1 is not the one this computer saw: "
                                            "the record was rewritten")
                                 .arg(anchored.entries));
    return QStringLiteral("the record ends at entry %1, before the entry this computer saw last: "
                          "entries were deleted, or this is an older copy of the case file")
        .arg(entries.empty() ? 0 : entries.back().seq);
}

// The first entry written when acts were signed (version 8); earlier ones are unsigned.
qint64 signedFromEntry(QSqlDatabase& db) {
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT value FROM setting WHERE key = 'signed_from_entry'"));
    return q.next() ? q.value(0).toLongLong() : 1;
}

} // namespace

QStringList VerifyReport::problems() const {
    QStringList all;
    if (!integrityOk)
        all << QStringLiteral("integrity: ") + integrityMessage;
    for (const auto& problem : pdfProblems)
        all << QStringLiteral("PDF: ") + problem;
    for (const auto& problem : recordProblems)
        all << QStringLiteral("record: ") + problem.message;
    for (const auto& problem : headProblems)
        all << QStringLiteral("record: ") + problem;
    for (const auto& problem : stateProblems)
        all << QStringLiteral("stored data: ") + problem.message;
    for (const auto& problem : signatureProblems)
        all << QStringLiteral("signature: ") + problem.message;
    return all;
}

void anchorRecordHead(CaseStore& impl) {
    if (const auto head = record_rows::storedHead(impl.db))
        record_anchor::advance(caseIdOf(impl.db), *head);
}

std::vector<StateProblem> rowsChangedOutside(CaseStore& store) {
    if (!dialectOf(store.db).sealsRows())
        return {};
    return compareStateWithRecord(record_rows::selectAll(store.db), seal_rows::sealAll(store.db));
}

void checkStoredPdfs(QSqlDatabase& db, VerifyReport& report) {
    QSqlQuery docs = sql::exec(
        db, QStringLiteral("SELECT c.reference, d.sha256, d.size, d.content FROM document d "
                           "JOIN candidate c ON c.id = d.candidate_id ORDER BY c.reference"));
    while (docs.next()) {
        const QString reference = docs.value(0).toString();
        const QByteArray content = docs.value(3).toByteArray();
        ++report.pdfsChecked;
        const QByteArray sha =
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        if (sha != docs.value(1).toByteArray())
            report.pdfProblems.push_back(
                QStringLiteral("%1: the stored PDF's SHA-256 does not match (stored %2, actual %3)")
                    .arg(reference, docs.value(1).toString(), QString::fromLatin1(sha)));
        else if (content.size() != docs.value(2).toLongLong())
            report.pdfProblems.push_back(
                QStringLiteral("%1: the stored PDF's size does not match").arg(reference));
    }
}

// The rows against the record, the record against its chain and its heads, the PDFs against
// their hashes (issue 15: tampering with another tool must show).
VerifyReport verifyCase(CaseStore& store) {
    if (dialectOf(store.db).onServer())
        return verifyServerCase(store);
    VerifyReport report;
    report.schemaVersion = dialectOf(store.db).schemaVersion(store.db);
    QSqlQuery check(store.db);
    if (check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next()) {
        report.integrityMessage = check.value(0).toString();
        report.integrityOk = report.integrityMessage == QLatin1String("ok");
    } else {
        report.integrityMessage = check.lastError().databaseText();
    }
    check.finish();
    QSqlQuery fk(store.db);
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next()) {
        report.integrityOk = false;
        report.integrityMessage = QStringLiteral("a reference between tables is broken (table %1)")
                                      .arg(fk.value(0).toString());
    }
    fk.finish();
    checkStoredPdfs(store.db, report);
    const auto entries = record_rows::selectAll(store.db);
    report.recordEntries = static_cast<int>(entries.size());
    report.recordProblems = verifyRecordChain(entries);
    report.head = headOf(entries);
    if (const auto stored = record_rows::storedHead(store.db); stored && *stored != report.head)
        report.headProblems.push_back(
            stored->entries > report.head.entries
                ? QStringLiteral("the record ends at entry %1 but its head, kept beside it, says "
                                 "%2: the last entries were deleted")
                      .arg(report.head.entries)
                      .arg(stored->entries)
                : QStringLiteral("the record's last entry (%1) is not the head kept beside it "
                                 "(%2): the record was changed")
                      .arg(headText(report.head), headText(*stored)));
    report.caseId = caseIdOf(store.db);
    report.anchor = record_anchor::load(report.caseId);
    if (report.anchor)
        if (const auto problem = checkAnchor(entries, report.anchor->head))
            report.headProblems.push_back(QStringLiteral("%1 (this computer saw entry %2 on %3)")
                                              .arg(*problem, headText(report.anchor->head),
                                                   report.anchor->seenAt.toString(Qt::ISODate)));
    report.stateProblems = compareStateWithRecord(entries, seal_rows::sealAll(store.db));
    auto signatures = identity::checkActSignatures(entries, signedFromEntry(store.db));
    report.signatureProblems = std::move(signatures.problems);
    report.signedActs = signatures.signedActs;
    report.unsignedBeforeSigning = signatures.unsignedBeforeSigning;
    report.vouchedByServer = signatures.vouchedByServer;
    report.unsignedActs = std::move(signatures.unsignedActs);
    auto returns = identity::checkImportedReturns(entries);
    report.returnsChecked = returns.returnsChecked;
    report.sheetsFromReturns = returns.sheetsChecked;
    report.signatureProblems.insert(report.signatureProblems.end(), returns.problems.begin(),
                                    returns.problems.end());
    QSqlQuery count = sql::exec(store.db, QStringLiteral("SELECT count(*) FROM candidate"));
    report.candidates = count.next() ? count.value(0).toInt() : 0;
    if (report.ok())
        record_anchor::advance(report.caseId, report.head);
    return report;
}

} // namespace sp
