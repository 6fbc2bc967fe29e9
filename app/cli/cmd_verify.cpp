#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"

namespace sp::cli {

Command verifyCommand() {
    static const QCommandLineOption head(
        QStringLiteral("head"),
        QStringLiteral("Also check that the record still holds the head noted earlier, as verify "
                       "printed it (ENTRIES:HASH)."),
        QStringLiteral("ENTRIES:HASH"));
    return {"verify",
            "Check a case file: integrity, every stored PDF's hash, the record's hash chain and "
            "head, and every stored mark, decision and candidate against the record.",
            "CASE [--head ENTRIES:HASH]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOption(head);
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                VerifyReport report = caseFile->verify();
                if (p.isSet(head))
                    if (const auto problem =
                            checkNotedHead(caseFile->record().entries(), p.value(head).trimmed()))
                        report.headProblems.push_back(*problem);
                out("{}: {} ({})\n", str(path), str(caseFile->vacancy().reference),
                    str(caseFile->vacancy().title));
                if (caseFile->onServer())
                    out("  a case on a server (its tables' version {})\n", report.schemaVersion);
                else
                    out("  schema version {} (this program: {})\n", report.schemaVersion,
                        CaseFile::currentSchemaVersion());
                out("  integrity: {}\n", str(report.integrityMessage));
                out("  candidates: {}; PDFs checked: {}; hash mismatches: {}\n", report.candidates,
                    report.pdfsChecked, report.pdfProblems.size());
                out("  record: {} entries, chain {}; stored rows {}\n", report.recordEntries,
                    report.recordProblems.empty() && report.headProblems.empty() ? "intact"
                                                                                 : "BROKEN",
                    report.stateProblems.empty()
                        ? std::string("match the record")
                        : fmt::format("{} differ from the record", report.stateProblems.size()));
                out("  signatures: {} act(s) signed and checked against the panel's keys, {} "
                    "failed or missing\n",
                    report.signedActs, report.signatureProblems.size());
                if (report.returnsChecked > 0)
                    out("    {} member return(s) imported, each signature checked again with the "
                        "{} sheet(s) it vouches for\n",
                        report.returnsChecked, report.sheetsFromReturns);
                if (report.unsignedBeforeSigning > 0)
                    out("    {} entries unsigned (before version 8, when acts were not yet "
                        "signed)\n",
                        report.unsignedBeforeSigning);
                if (report.vouchedByServer > 0)
                    out("    {} entries written on a server, unsigned there: each member signed in "
                        "as their own database role\n",
                        report.vouchedByServer);
                for (const auto& act : report.unsignedActs)
                    out("    {}\n", str(act.message));
                out("  record head: {}\n", str(headText(report.head)));
                out("    (note it in the minutes: `verify CASE --head {}` later shows whether any "
                    "entry up to it was changed or deleted)\n",
                    str(headText(report.head)));
                if (report.anchor)
                    out("  this computer last saw entry {} on {}\n", report.anchor->head.entries,
                        str(report.anchor->seenAt.toString(Qt::ISODate)));
                // Every problem, one a line, so a complaint can point at the entry or row.
                const QStringList problems = report.problems();
                for (const auto& problem : problems)
                    err("  {}\n", str(problem));
                if (!report.ok()) {
                    const auto count = problems.size();
                    err("{}: verification FAILED ({} problem(s) above)\n", str(path), count);
                    return static_cast<int>(Failure);
                }
                out("OK\n");
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
