#include "server/server_grid_reopening.h"

#include "casefile/case_store.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"

namespace sp {

GridReopenOutcome reopenGridOnServer(CaseStore& store, const GridReopening& reopening) {
    // The function records the act in the name of the member signed in; an act in another's
    // name is refused first, as every act on a server is.
    serverDialect().signerFor(store.db, reopening.by);
    sql::Transaction transaction(store.db);
    QSqlQuery reopened =
        sql::exec(store.db, QStringLiteral("SELECT reopen_grid(?)"), {reopening.reason});
    const int discarded = reopened.next() ? reopened.value(0).toInt() : 0;
    reopened.finish();
    transaction.commit();
    return {discarded, {}};
}

} // namespace sp
