#include "casefile/case_file_impl.h"
#include "casefile/sql.h"

namespace sp {

void CaseFile::limitPagesForTesting(int pages) {
    // PRAGMA takes no bound parameters; the value is an integer.
    sql::exec(d->db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

} // namespace sp
