#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"

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
                auto caseFile = CaseFile::open(path);
                const int before = caseFile->versionAtOpening();
                const int now = caseFile->schemaVersion();
                if (before == now)
                    out("{}: already at case file version {}\n", str(path), now);
                else
                    out("{}: upgraded from case file version {} to {}\n", str(path), before, now);
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
