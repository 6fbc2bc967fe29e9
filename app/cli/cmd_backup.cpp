#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "server/server_address.h"
#include "server/server_backup.h"

namespace sp::cli {

Command backupCommand() {
    return {"backup",
            "Write a consistent copy of a case file (safe while it is open elsewhere), or of a "
            "case on a server into one case file (run by the server's admin).",
            "CASE|postgresql://[ADMIN@]HOST[:PORT]/DATABASE?case=ID OUT",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"),
                                        QStringLiteral("The case file, or the case on a server."));
                p.addPositionalArgument(QStringLiteral("OUT"),
                                        QStringLiteral("The copy to create (must not exist)."));
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and OUT");
                if (server::looksLikeServerUrl(args[0])) {
                    const server::ServerAddress address = server::parseServerUrl(args[0]);
                    server::ServerConnection admin(address);
                    const server::BackupOutcome copied = server::backupServerCase(admin, args[1]);
                    out("Backed up case {} on {} to {}: {} candidate(s), {} mark sheet(s), {} "
                        "record entries (the last seals {} row(s) as the server kept them); "
                        "verified\n",
                        str(address.caseId), str(address.display()), str(args[1]),
                        copied.candidates, copied.sheets, copied.recordEntries,
                        copied.resealedRows);
                    return static_cast<int>(Success);
                }
                auto caseFile = openCase(args[0], CaseFile::Access::ReadOnly);
                caseFile->backupTo(args[1]);
                out("Backed up {} to {}\n", str(args[0]), str(args[1]));
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
