#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"

namespace sp::cli {

Command backupCommand() {
    return {"backup", "Write a consistent copy of a case file (safe while it is open elsewhere).",
            "CASE OUT",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("OUT"),
                                        QStringLiteral("The copy to create (must not exist)."));
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and OUT");
                auto caseFile = openCase(args[0], CaseFile::Access::ReadOnly);
                caseFile->backupTo(args[1]);
                out("Backed up {} to {}\n", str(args[0]), str(args[1]));
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
