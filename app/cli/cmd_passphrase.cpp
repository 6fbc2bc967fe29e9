#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/sign_in.h"

namespace sp::cli {

Command resetPassphraseCommand() {
    static const QCommandLineOption by(
        QStringLiteral("by"),
        QStringLiteral("Who issues the code: the chair resets a forgotten passphrase; the "
                       "secretary or the chair gives a member who has none yet their first one."),
        QStringLiteral("ID"));
    return {"reset-passphrase",
            "Give a panel member a one-time code: for a forgotten passphrase (by the chair) or a "
            "first one (by the secretary or the chair). The member signs in with the code once and "
            "chooses a new passphrase; the reset is recorded.",
            "CASE --member ID --by ID [--passphrase-file FILE]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({memberOption(), by, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                const QString member = requiredValue(p, memberOption());
                const QString issuer = requiredValue(p, by);
                auto caseFile = openSignedIn(path, issuer, p);
                const QString code = caseFile->identities().issueOneTimeCode(member, issuer);
                out("One-time code for {}: {}\n", str(member), str(code));
                err("Give it to {} in person or by a separate channel; it is shown only now. They "
                    "sign in with it once and choose a new passphrase.\n",
                    str(member));
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
