#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "domain/error.h"
#include "report/report_export.h"

namespace sp::cli {

namespace {

// Who the record says exported the report when no member is named: the computer account.
QString accountName() {
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown account") : user;
}

} // namespace

Command reportCommand() {
    static const QCommandLineOption outFile(QStringLiteral("out"),
                                            QStringLiteral("The PDF file to write."),
                                            QStringLiteral("FILE.pdf"));
    static const QCommandLineOption language(QStringLiteral("language"),
                                             QStringLiteral("en (default), fr or de."),
                                             QStringLiteral("LANG"), QStringLiteral("en"));
    static const QCommandLineOption by(
        QStringLiteral("by"),
        QStringLiteral("The panel member exporting it, signed in; the record names them (without "
                       "it, your computer account)."),
        QStringLiteral("ID"));
    return {"report",
            "Write the selection report the panel signs (PDF): vacancy, panel and conflicts, "
            "grid, screening, shortlist, interviews, ranking, recommendation, geographical "
            "balance, signatures. Consolidated results only.",
            "CASE --out FILE.pdf [--language en|fr|de] [--by ID]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({outFile, language, by, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                const auto chosen = report::languageFromKey(p.value(language));
                if (!chosen)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--language must be en, fr or de, not '%1'")
                                    .arg(p.value(language)));
                if (!p.isSet(outFile) || p.value(outFile).trimmed().isEmpty())
                    throw Error(ErrorKind::BadInput, QStringLiteral("--out FILE.pdf is required"));
                const QString member = p.value(by).trimmed();
                auto caseFile = member.isEmpty() ? openCase(path) : openSignedIn(path, member, p);
                const int pages =
                    report::exportSelectionReport(*caseFile, p.value(outFile), *chosen,
                                                  member.isEmpty() ? accountName() : member);
                err("{}: selection report, {} page(s)\n", str(p.value(outFile)), pages);
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
