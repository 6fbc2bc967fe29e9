#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"

namespace sp::cli {

Command verifyCommand() {
    return {"verify", "Check a case file: integrity, schema version, every stored PDF's hash.",
            "CASE",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
                const VerifyReport report = caseFile->verify();
                out("{}: {} ({})\n", str(path), str(caseFile->vacancy().reference),
                    str(caseFile->vacancy().title));
                out("  schema version {} (this program: {})\n", report.schemaVersion,
                    CaseFile::currentSchemaVersion());
                out("  integrity: {}\n", str(report.integrityMessage));
                out("  candidates: {}; PDFs checked: {}; hash mismatches: {}\n", report.candidates,
                    report.pdfsChecked, report.pdfProblems.size());
                for (const auto& problem : report.pdfProblems)
                    err("{}\n", str(problem));
                if (!report.ok()) {
                    err("{}: verification FAILED\n", str(path));
                    return static_cast<int>(Failure);
                }
                out("OK\n");
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
