#include "casefile/case_store.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "domain/error.h"
#include "io/output_file.h"
#include "io/storage_problem.h"

#include <QFileInfo>

namespace sp {

void backupCase(CaseStore& store, const QString& target) {
    if (dialectOf(store.db).onServer())
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1: a case on a server is backed up by its "
                                                  "administrator, who sees every row: "
                                                  "selection-panel backup URL OUT.selpanel"),
                                store.path));
    const QFileInfo existing(target);
    if (existing.exists() || existing.isSymLink())
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 already exists; choose another name"),
                        target));
    // VACUUM INTO fills the empty, owner-only file reserved for it; only the complete, synced copy
    // is renamed to TARGET, so a kill part-way leaves nothing under TARGET.
    OutputInProgress output(target, OutputInProgress::Existing::Refuse);
    try {
        sql::exec(store.db, QStringLiteral("VACUUM INTO ?"), {output.temporaryPath()});
    } catch (const Error&) {
        // SQLite words it as the case file's problem; the copy is what did not fit.
        if (diskIsFull(QFileInfo(target).absolutePath()))
            throw Error(ErrorKind::Failure,
                        Problem::of(QT_TRANSLATE_NOOP(
                                        "sp::Problem",
                                        "%1: cannot write: the disk is full; nothing was written"),
                                    target));
        throw;
    }
    output.publish();
}

} // namespace sp
