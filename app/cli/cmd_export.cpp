#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "domain/error.h"
#include "io/output_file.h"
#include "io/shortlist_export.h"

namespace sp::cli {

Command exportShortlistCommand() {
    static const QCommandLineOption stage(QStringLiteral("stage"),
                                          QStringLiteral("preselection, interview or final."),
                                          QStringLiteral("STAGE"));
    static const QCommandLineOption outFile(QStringLiteral("out"),
                                            QStringLiteral("The CSV file to write."),
                                            QStringLiteral("FILE.csv"));
    return {"export-shortlist",
            "Write the consolidated results for HR (no member's own marks) as CSV.",
            "CASE --stage preselection|interview|final --out FILE.csv",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({stage, outFile});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                const auto which = exportStageFromKey(p.value(stage));
                if (!which)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--stage must be preselection, interview or "
                                               "final"));
                if (!p.isSet(outFile))
                    throw Error(ErrorKind::BadInput, QStringLiteral("--out FILE.csv is required"));
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const auto candidates = caseFile->applications().candidates();
                std::vector<ShortlistExportRow> rows;
                if (*which == ExportStage::Preselection) {
                    const auto ranking = caseFile->results().ranking(Stage::Preselection);
                    rows = preselectionExport(ranking, caseFile->results().shortlist(ranking),
                                              candidates);
                } else if (*which == ExportStage::Interview) {
                    rows = interviewExport(caseFile->results().finalRanking(), candidates);
                } else {
                    const auto recorded = caseFile->results().recommendation().recorded;
                    if (!recorded)
                        throw Error(ErrorKind::BadInput,
                                    QStringLiteral("no recommendation is recorded yet: the "
                                                   "chair records it with `recommend`"));
                    rows = finalExport(caseFile->results().finalRanking(), recorded->candidate,
                                       candidates);
                }
                writeFileReplacing(p.value(outFile), shortlistExportCsv(rows));
                err("{}: {} candidate(s)\n", str(p.value(outFile)), rows.size());
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
