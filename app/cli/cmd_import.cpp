#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "io/application_import.h"
#include "pdf/pdf_inspector.h"
#include "pdf/pdf_text_indexer.h"

#include <QFileInfo>

namespace sp::cli {

Command importCommand() {
    static const QCommandLineOption pdfDir(
        QStringLiteral("pdf-dir"), QStringLiteral("The folder holding the PDFs named in the CSV."),
        QStringLiteral("DIR"));
    static const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"),
        QStringLiteral("Import the valid rows and list the others (default: import nothing if "
                       "any row is invalid)."));
    return {"import", "Import applications (CSV + one PDF each) into a case file.",
            "CASE APPLICATIONS.csv --pdf-dir DIR [--skip-invalid]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("APPLICATIONS.csv"),
                                        QStringLiteral("The applications, one row each."));
                p.addOption(pdfDir);
                p.addOption(skipInvalid);
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and APPLICATIONS.csv");
                const QString dir =
                    p.isSet(pdfDir) ? p.value(pdfDir) : QFileInfo(args[1]).absolutePath();
                auto caseFile = openCase(args[0]);
                ImportPlan plan = prepareImport(
                    args[1], dir, caseFile->applications().existingApplications(), pdfChecker());
                plan.source = QFileInfo(args[1]).fileName();
                for (const auto& problem : plan.problems)
                    err("{}\n", str(problem.toString()));
                for (const auto& warning : plan.warnings)
                    err("{} (warning)\n", str(warning.toString()));
                if (!plan.problems.empty() && !p.isSet(skipInvalid)) {
                    err("Nothing was imported: {} problem(s). Fix them, or use --skip-invalid to "
                        "import the valid rows only.\n",
                        plan.problems.size());
                    return static_cast<int>(BadInput);
                }
                if (plan.valid.empty()) {
                    err("No valid application to import.\n");
                    return static_cast<int>(plan.problems.empty() ? Success : BadInput);
                }
                const auto outcome = caseFile->applications().importApplications(plan);
                indexApplicationTexts(*caseFile); // searchable from now on (search)
                out("Imported {} application(s) into {}", outcome.references.size(), str(args[0]));
                if (!plan.problems.empty())
                    out("; {} problem(s) skipped", plan.problems.size());
                if (!plan.duplicates.empty())
                    out("; {} probable duplicate(s) flagged", plan.duplicates.size());
                out(".\n");
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
