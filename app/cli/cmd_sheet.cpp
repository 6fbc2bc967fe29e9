#include "casefile/case_file.h"
#include "casefile/participation.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "io/mark_sheet_csv.h"
#include "io/output_file.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace sp::cli {

namespace {

const QCommandLineOption& outOption() {
    static const QCommandLineOption option(QStringLiteral("out"),
                                           QStringLiteral("The CSV file to write."),
                                           QStringLiteral("FILE.csv"));
    return option;
}

QByteArray readInput(const QString& path) {
    QFile file(path);
    if (!file.exists())
        throw Error(ErrorKind::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

// A refusal of the case file for one row: under the column it names (a criterion id in the
// rules' messages), else under reference.
ImportProblem rowProblem(const QString& file, int row, const QString& message,
                         const std::vector<Criterion>& criteria) {
    for (const auto& c : criteria)
        if (message.startsWith(c.id + QStringLiteral(": ")))
            return {file, row, c.id, message.mid(c.id.size() + 2)};
    return {file, row, QStringLiteral("reference"), message};
}

} // namespace

Command exportSheetCommand() {
    return {"export-sheet",
            "Write your mark sheet (the candidates you may still mark, blank or with your "
            "current marks) to mark in a spreadsheet.",
            "CASE --member ID --stage S --out FILE.csv",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({memberOption(), stageOption(), outOption(), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                const Stage stage = requiredStage(p);
                const QString member = requiredMember(p);
                const QString target = requiredValue(p, outOption());
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                signInToRead(*caseFile, member, p);
                std::vector<MarkSheetLine> lines;
                int submitted = 0;
                // Every participant takes part: only the member's own standing is asked of each
                // (markingPermission would work out the participants again for every row).
                const GridState gridState = caseFile->panel().gridState();
                const auto panel = caseFile->panel().members();
                const auto conflicts = caseFile->panel().conflicts();
                for (const auto& reference : participantsOf(*caseFile, stage)) {
                    if (!canMark(member, reference, stage, gridState, panel, conflicts).allowed)
                        continue;
                    const auto own = caseFile->marking().ownSheet(reference, stage, member);
                    if (own && own->submitted) {
                        ++submitted;
                        continue;
                    }
                    const auto candidate = caseFile->applications().candidate(reference);
                    lines.push_back({reference, candidate->application.surname,
                                     candidate->application.givenNames, own ? own->marks : Marks(),
                                     own ? own->comment : QString()});
                }
                if (lines.empty() && caseFile->panel().gridState() != GridState::Frozen)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("the grid is not frozen: nobody marks yet"));
                writeFileReplacing(target,
                                   markSheetCsv(lines, stage, caseFile->vacancy().criteria));
                err("{}: {} candidate(s) to mark; {} already submitted, left out\n", str(target),
                    lines.size(), submitted);
                return static_cast<int>(Success);
            }};
}

Command importMarksCommand() {
    static const QCommandLineOption submit(
        QStringLiteral("submit"),
        QStringLiteral("Submit the imported sheets (every criterion must be marked)."));
    return {
        "import-marks", "Import your filled-in mark sheet: all rows or none, every problem listed.",
        "CASE FILE.csv --member ID --stage S [--submit]",
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
            p.addPositionalArgument(QStringLiteral("FILE.csv"),
                                    QStringLiteral("The filled-in sheet."));
            p.addOptions({memberOption(), stageOption(), submit, passphraseFileOption()});
        },
        [](const QCommandLineParser& p) {
            const QStringList args = positionals(p, 2, "CASE and FILE.csv");
            const Stage stage = requiredStage(p);
            const QString member = requiredMember(p);
            const QByteArray bytes = readInput(args[1]);
            auto caseFile = openSignedIn(args[0], member, p);
            const auto& criteria = caseFile->vacancy().criteria;
            const QString fileName = QFileInfo(args[1]).fileName();
            MarkSheetImport imported = readMarkSheetCsv(bytes, fileName, member, stage, criteria);
            std::vector<ImportProblem> problems = imported.problems;
            std::vector<MarkSheet> sheets;
            for (auto& row : imported.sheets) {
                if (row.sheet.candidate.isEmpty())
                    continue;
                row.sheet.submitted = p.isSet(submit);
                for (const auto& message : caseFile->marking().sheetProblems(row.sheet))
                    problems.push_back(rowProblem(fileName, row.row, message, criteria));
                sheets.push_back(row.sheet);
            }
            std::stable_sort(
                problems.begin(), problems.end(),
                [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
            if (!problems.empty()) {
                for (const auto& problem : problems)
                    err("{}\n", str(problem.toString()));
                err("nothing imported: {} problem(s)\n", problems.size());
                return static_cast<int>(BadInput);
            }
            caseFile->marking().saveMarkSheets(sheets);
            out("{} sheet(s) imported{}\n", sheets.size(),
                p.isSet(submit) ? " and submitted" : " as drafts");
            return static_cast<int>(Success);
        }};
}

} // namespace sp::cli
