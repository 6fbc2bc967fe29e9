#include "casefile/file_grid_reopening.h"

#include "casefile/automatic_backup.h"
#include "casefile/case_store.h"
#include "casefile/marking_rows.h"
#include "casefile/panel_rows.h"
#include "casefile/record_rows.h"
#include "casefile/results_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"

#include <QFileInfo>

namespace sp {

GridReopenOutcome reopenGridInFile(CaseStore& store, GridReopening reopening) {
    QSqlDatabase& db = store.db;
    const QString backup = automaticBackupPath(store.path, QStringLiteral("reopen"));
    backupCase(store, backup);
    BackupKeptIfDone kept(backup);
    {
        sql::Transaction transaction(db);
        std::vector<RowSeal> seals = seal_rows::asDeleted(seal_rows::sealKinds(
            db, {QStringLiteral("sheet"), QStringLiteral("consensus"), QStringLiteral("shortlist"),
                 QStringLiteral("recommendation")}));
        reopening.discardedSheets = marking_rows::deleteAllMarking(db);
        results_rows::deleteAll(db);
        panel_rows::insertReopening(db, reopening);
        const QString reopeningKey =
            QStringLiteral("grid_reopening/%1").arg(seal_rows::lastInsertedId(db));
        panel_rows::updateGridState(db, GridState::Draft, {}, {});
        for (auto& seal : seal_rows::sealRows(db, {{ProcedureUnit, reopeningKey},
                                                   {ProcedureUnit, QStringLiteral("grid_state")}}))
            seals.push_back(seal);
        record_rows::append(db, reopening.by, QStringLiteral("grid_reopened"), QString(),
                            QStringLiteral("frozen"),
                            QStringLiteral("draft; %1 mark sheet(s) discarded; reason: %2; "
                                           "backup before: %3")
                                .arg(reopening.discardedSheets)
                                .arg(reopening.reason, QFileInfo(backup).fileName()),
                            seals);
        transaction.commit();
    }
    kept.done();
    return {reopening.discardedSheets, backup};
}

} // namespace sp
