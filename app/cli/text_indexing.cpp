#include "cli/text_indexing.h"

#include "cli/output.h"
#include "pdf/pdf_text_indexer.h"

namespace sp::cli {

void indexTextsShowingProgress(CaseFile& caseFile, const QString& name) {
    const int indexed = indexApplicationTexts(caseFile, [](int done, int total) {
        err("\rIndexing the applications' text for search: {} of {}", done, total);
        if (done == total)
            err("\n");
        return true;
    });
    if (indexed > 0)
        out("{}: the text of {} application PDF(s) indexed for search\n", str(name), indexed);
}

} // namespace sp::cli
