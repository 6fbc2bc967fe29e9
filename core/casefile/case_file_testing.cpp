#include "casefile/case_file_testing.h"

#include "casefile/case_file.h"
#include "casefile/case_store.h"
#include "casefile/sql.h"

namespace sp {

void CaseFileTesting::limitPages(CaseFile& caseFile, int pages) {
    // PRAGMA takes no bound parameters; the value is an integer.
    sql::exec(caseFile.d->db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

} // namespace sp
