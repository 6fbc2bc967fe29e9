#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "io/output_file.h"

#include <QFile>

namespace sp::cli {

namespace {

const QCommandLineOption& outOption(const char* what) {
    static const QCommandLineOption workbook(QStringLiteral("out"),
                                             QStringLiteral("The workbook to create."),
                                             QStringLiteral("FILE.selpanel"));
    static const QCommandLineOption marksReturn(QStringLiteral("out"),
                                                QStringLiteral("The return file to write."),
                                                QStringLiteral("FILE.json"));
    return QLatin1String(what) == QLatin1String("workbook") ? workbook : marksReturn;
}

QByteArray readWhole(const QString& path) {
    QFile file(path);
    if (!file.exists())
        throw Error(ErrorKind::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Command exportWorkbookCommand() {
    return {"export-workbook",
            "Write a member's workbook: a case file holding only what they may see to mark "
            "(the vacancy, the frozen grid, their candidates with PDFs, their own sheets).",
            "CASE --member ID --out FILE.selpanel [--stage preselection]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({memberOption(), stageOption(), outOption("workbook")});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                const QString member = requiredMember(p);
                const QString target = requiredValue(p, outOption("workbook"));
                const Stage stage = p.isSet(stageOption()) ? requiredStage(p) : Stage::Preselection;
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const WorkbookExport written =
                    caseFile->workbooks().exportWorkbook(member, stage, target);
                out("Wrote the workbook of {} to {}: {} candidate(s) to mark at {}, {} sheet(s) "
                    "of theirs already in the case\n",
                    str(member), str(target), written.candidates.size(), str(stageKey(stage)),
                    written.ownSheets);
                return static_cast<int>(Success);
            }};
}

Command returnMarksCommand() {
    return {"return-marks",
            "In your workbook: write your submitted sheets as a file signed with your key, for "
            "the secretary to import into the case (import-return).",
            "WORKBOOK --out FILE.json [--passphrase-file FILE]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("WORKBOOK"),
                                        QStringLiteral("Your workbook."));
                p.addOptions({outOption("return"), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "WORKBOOK")[0];
                const QString target = requiredValue(p, outOption("return"));
                std::optional<WorkbookIdentity> identity;
                {
                    auto peek = openCase(path, CaseFile::Access::ReadOnly);
                    identity = peek->workbookIdentity();
                }
                if (!identity)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("%1 is not a member's workbook: marks are returned "
                                               "from a workbook (export-workbook)")
                                    .arg(path));
                auto workbook = openSignedIn(path, identity->member, p);
                writeFileReplacing(target, workbook->workbooks().marksReturn());
                out("Wrote the signed return of {} to {}: send it to the panel's secretary\n",
                    str(identity->member), str(target));
                return static_cast<int>(Success);
            }};
}

Command importReturnCommand() {
    return {"import-return",
            "Import a member's signed return: checked against their key, the case and the grid; "
            "all their sheets submitted or none.",
            "CASE FILE.json",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("FILE"),
                                        QStringLiteral("The return a member sent."));
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and FILE");
                auto caseFile = openCase(args[0]);
                const ImportedReturn imported =
                    caseFile->workbooks().importReturn(readWhole(args[1]), args[1]);
                out("Imported the return of {} from {}: {} sheet(s) submitted (sha256 {})\n",
                    str(imported.member), str(args[1]), imported.candidates.size(),
                    str(imported.sha256));
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
