#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "io/csv_writer.h"

namespace sp::cli {

namespace {

// Pages as the panel counts them, from 1.
QString pagesText(const QList<int>& pages) {
    QStringList numbers;
    for (const int page : pages)
        numbers << QString::number(page + 1);
    return numbers.join(u' ');
}

} // namespace

Command searchCommand() {
    static const QCommandLineOption csv(
        QStringLiteral("csv"),
        QStringLiteral("Write CSV (reference, surname, given names, pages) to stdout."));
    return {
        "search",
        "Search the text of every application PDF: words (all of them), \"phrases\", "
        "prefix*, OR; case and accents ignored.",
        "CASE QUERY [--member ID] [--csv]",
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
            p.addPositionalArgument(QStringLiteral("QUERY"),
                                    QStringLiteral("What to look for, e.g. "
                                                   "'pentest OR oscp' or '\"threat model\"*'."));
            p.addOptions({memberOption(), csv, passphraseFileOption()});
        },
        [](const QCommandLineParser& p) {
            const QStringList args = positionals(p, 2, "CASE and QUERY");
            auto caseFile = openCase(args[0], CaseFile::Access::ReadOnly);
            const QString member = p.isSet(memberOption()) ? p.value(memberOption()) : QString();
            if (!member.isEmpty())
                signInToRead(*caseFile, member, p);
            const ApplicationSearch search = caseFile->applications().search(args[1], member);
            if (search.notIndexed > 0)
                err("{} application(s) not indexed yet, so not searched: run `selection-panel "
                    "upgrade {}` or open the case file in the window to index them.\n",
                    search.notIndexed, str(args[0]));
            if (search.hidden > 0)
                err("{} matching application(s) not shown: {} abstains for them.\n", search.hidden,
                    str(member));
            if (p.isSet(csv)) {
                CsvWriter writer;
                writer.row({QStringLiteral("reference"), QStringLiteral("surname"),
                            QStringLiteral("given_names"), QStringLiteral("pages")});
                for (const auto& match : search.matches) {
                    const auto candidate = caseFile->applications().candidate(match.reference);
                    writer.row({match.reference,
                                candidate ? candidate->application.surname : QString(),
                                candidate ? candidate->application.givenNames : QString(),
                                pagesText(match.pages)});
                }
                writeStdout(writer.data());
                return static_cast<int>(Success);
            }
            for (const auto& match : search.matches) {
                const auto candidate = caseFile->applications().candidate(match.reference);
                out("{:<12} {:<32} page(s) {}\n", str(match.reference),
                    candidate ? str(candidate->application.surname + QStringLiteral(", ") +
                                    candidate->application.givenNames)
                              : std::string(),
                    str(pagesText(match.pages)));
            }
            out("{} application(s) match.\n", search.matches.size());
            return static_cast<int>(Success);
        }};
}

} // namespace sp::cli
