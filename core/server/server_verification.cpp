#include "casefile/case_store.h"
#include "casefile/sql.h"

#include <QSqlQuery>

namespace sp {

// What a member can check of a case on a server: the record's chain, checked by the server where
// the hashes are (record_chain(), as members may not read them), and the PDFs against their
// hashes. The rows are kept by the server's rights and policies, not by seals.
VerifyReport verifyServerCase(CaseStore& store) {
    VerifyReport report;
    report.schemaVersion = store.versionAtOpening;
    QSqlQuery chain =
        sql::exec(store.db, QStringLiteral("SELECT entries, intact FROM record_chain()"));
    if (chain.next()) {
        report.recordEntries = chain.value(0).toInt();
        report.integrityOk = chain.value(1).toBool();
        report.integrityMessage =
            report.integrityOk ? QStringLiteral("ok")
                               : QStringLiteral("the record's hash chain on the server is broken");
        report.head.entries = chain.value(0).toLongLong();
    }
    checkStoredPdfs(store.db, report);
    QSqlQuery candidates = sql::exec(store.db, QStringLiteral("SELECT count(*) FROM candidate"));
    if (candidates.next())
        report.candidates = candidates.value(0).toInt();
    return report;
}

} // namespace sp
