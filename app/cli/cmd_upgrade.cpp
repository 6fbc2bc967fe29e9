#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "cli/text_indexing.h"
#include "server/server_address.h"
#include "server/server_upgrade.h"

namespace sp::cli {

namespace {

int upgradeServerCase(const QString& url) {
    const server::ServerAddress address = server::parseServerUrl(url);
    {
        server::ServerConnection admin(address);
        const server::ServerUpgrade upgrade = server::upgradeCase(admin);
        if (upgrade.from == upgrade.to)
            out("{}: already at server version {}\n", str(address.display()), upgrade.to);
        else
            out("{}: upgraded from server version {} to {}\n", str(address.display()), upgrade.from,
                upgrade.to);
    }
    auto caseFile = openCase(url);
    indexTextsShowingProgress(*caseFile, address.display());
    return static_cast<int>(Success);
}

} // namespace

// Read-only commands (an HR export, status, verify) refuse a file written by an older version:
// upgrading it is a write, done once, here or by opening it in the window. A case on a server is
// upgraded by its admin, here only.
Command upgradeCommand() {
    return {"upgrade",
            "Bring a case file, or a case on a server (run by the server's admin), written by an "
            "older version up to this program's version, and index its applications' text.",
            "CASE|postgresql://[ADMIN@]HOST[:PORT]/DATABASE?case=ID",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"),
                                        QStringLiteral("The case file, or the case on a server."));
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                if (server::looksLikeServerUrl(path))
                    return upgradeServerCase(path);
                auto caseFile = openCase(path);
                const int before = caseFile->versionAtOpening();
                const int now = caseFile->schemaVersion();
                if (before == now)
                    out("{}: already at case file version {}\n", str(path), now);
                else
                    out("{}: upgraded from case file version {} to {}\n", str(path), before, now);
                // The index of the PDFs' text (case file version 9, server version 3) is filled
                // here, not by the migration: it needs Qt Pdf. Also after an erasure emptied it.
                indexTextsShowingProgress(*caseFile, path);
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
