#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "pdf/pdf_text_indexer.h"

namespace sp::cli {

// Read-only commands (an HR export, status, verify) refuse a file written by an older version:
// upgrading it is a write, done once, here or by opening it in the window.
Command upgradeCommand() {
    return {"upgrade",
            "Bring a case file written by an older version up to this program's version.", "CASE",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                auto caseFile = openCase(path);
                const int before = caseFile->versionAtOpening();
                const int now = caseFile->schemaVersion();
                if (before == now)
                    out("{}: already at case file version {}\n", str(path), now);
                else
                    out("{}: upgraded from case file version {} to {}\n", str(path), before, now);
                // The index of the PDFs' text (version 9) is filled here, not by the migration:
                // it needs Qt Pdf. Also after an erasure emptied it.
                const int indexed = indexApplicationTexts(*caseFile, [](int done, int total) {
                    err("\rIndexing the applications' text for search: {} of {}", done, total);
                    if (done == total)
                        err("\n");
                    return true;
                });
                if (indexed > 0)
                    out("{}: the text of {} application PDF(s) indexed for search\n", str(path),
                        indexed);
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
