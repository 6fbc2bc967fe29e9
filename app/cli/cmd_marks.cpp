#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "domain/ranking.h"

namespace sp::cli {

namespace {

// "technologies=3" -> {technologies, 3}.
std::pair<QString, int> criterionMark(const QString& text) {
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    bool whole = false;
    const int mark = equals > 0 ? text.mid(equals + 1).trimmed().toInt(&whole) : 0;
    if (!whole)
        throw Error(
            ErrorKind::BadInput,
            QStringLiteral("--criterion takes ID=MARK with a whole mark, not '%1'").arg(text));
    return {text.left(equals).trimmed(), mark};
}

void printSheet(const MarkSheet& sheet, const CaseFile& caseFile) {
    out("{} ({}):\n", str(sheet.member), sheet.submitted ? "submitted" : "draft");
    for (const auto& c : criteriaOf(caseFile.vacancy().criteria, sheet.stage)) {
        auto mark = sheet.marks.find(c.id);
        out("  {:<32} {}\n", str(c.id),
            mark == sheet.marks.end() ? std::string("-") : std::to_string(mark->second));
    }
    if (!sheet.comment.isEmpty())
        out("  comment: {}\n", str(sheet.comment));
}

} // namespace

Command markCommand() {
    static const QCommandLineOption criterion(QStringLiteral("criterion"),
                                              QStringLiteral("A mark, repeatable: ID=MARK."),
                                              QStringLiteral("ID=MARK"));
    static const QCommandLineOption comment(QStringLiteral("comment"),
                                            QStringLiteral("A comment on the sheet."),
                                            QStringLiteral("TEXT"));
    return {"mark", "Save marks for a candidate as a draft (your other marks are kept).",
            "CASE REF --stage S --member ID --criterion ID=MARK ... [--comment TEXT]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."));
                p.addOptions(
                    {stageOption(), memberOption(), criterion, comment, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and REF");
                const Stage stage = requiredStage(p);
                const QString member = requiredMember(p);
                if (!p.isSet(criterion) && !p.isSet(comment))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("give at least one --criterion ID=MARK"));
                auto caseFile = openSignedIn(args[0], member, p);
                MarkSheet sheet = caseFile->marking()
                                      .ownSheet(args[1], stage, member)
                                      .value_or(MarkSheet{member, args[1], stage, {}, {}, false});
                for (const auto& value : p.values(criterion)) {
                    const auto [id, mark] = criterionMark(value);
                    sheet.marks[id] = mark;
                }
                if (p.isSet(comment))
                    sheet.comment = p.value(comment);
                caseFile->marking().saveMarkSheets({sheet});
                out("{}: {} marks saved as a draft ({} of {} criteria)\n", str(args[1]),
                    str(stageKey(stage)), sheet.marks.size(),
                    criteriaOf(caseFile->vacancy().criteria, stage).size());
                return static_cast<int>(Success);
            }};
}

Command submitCommand() {
    return {"submit", "Submit your marks for a candidate: final, and the others' become visible.",
            "CASE REF --stage S --member ID",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."));
                p.addOptions({stageOption(), memberOption(), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and REF");
                const Stage stage = requiredStage(p);
                auto caseFile = openSignedIn(args[0], requiredMember(p), p);
                caseFile->marking().submitMarks(args[1], stage, requiredMember(p));
                out("{}: {} marks submitted by {}\n", str(args[1]), str(stageKey(stage)),
                    str(p.value(memberOption())));
                return static_cast<int>(Success);
            }};
}

Command marksCommand() {
    return {"marks", "Show the marks for a candidate that you may see, and the result.",
            "CASE REF --stage S --member ID",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."));
                p.addOptions({stageOption(), memberOption(), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and REF");
                const Stage stage = requiredStage(p);
                const QString member = requiredMember(p);
                auto caseFile = openCase(args[0], CaseFile::Access::ReadOnly);
                signInToRead(*caseFile, member, p);
                const VisibleMarks visible =
                    caseFile->marking().visibleMarks(args[1], stage, member);
                for (const auto& sheet : visible.sheets)
                    printSheet(sheet, *caseFile);
                if (!visible.othersVisible.allowed)
                    err("{}\n", str(visible.othersVisible.reason));
                for (const auto& view : caseFile->results().consolidated(stage, member)) {
                    if (view.reference != args[1] || !view.result)
                        continue;
                    out("result: total {}{}\n", str(totalText(view.result->weightedTotal)),
                        view.result->needsDiscussion ? " (spread flagged: discuss)" : "");
                    for (const auto& missing : view.result->missing)
                        out("  missing: {}\n", str(missing));
                }
                return static_cast<int>(Success);
            }};
}

Command consensusCommand() {
    static const QCommandLineOption criterion(
        QStringLiteral("criterion"), QStringLiteral("The criterion id."), QStringLiteral("ID"));
    static const QCommandLineOption mark(QStringLiteral("mark"), QStringLiteral("The mark."),
                                         QStringLiteral("N"));
    return {
        "consensus", "Record the panel's consensus mark on a criterion (the chair).",
        "CASE REF --stage S --criterion ID --mark N --reason TEXT --member CHAIR",
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
            p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."));
            p.addOptions({stageOption(), criterion, mark, reasonOption(), memberOption(),
                          passphraseFileOption()});
        },
        [](const QCommandLineParser& p) {
            const QStringList args = positionals(p, 2, "CASE and REF");
            const Stage stage = requiredStage(p);
            bool whole = false;
            const int value = requiredValue(p, mark).toInt(&whole);
            if (!whole)
                throw Error(
                    ErrorKind::BadInput,
                    QStringLiteral("--mark must be a whole number, not '%1'").arg(p.value(mark)));
            auto caseFile = openSignedIn(args[0], requiredMember(p), p);
            caseFile->marking().recordConsensus(
                {args[1], stage, requiredValue(p, criterion), value, p.value(reasonOption())},
                requiredMember(p));
            out("{}: consensus {} = {} recorded\n", str(args[1]), str(p.value(criterion)), value);
            return static_cast<int>(Success);
        }};
}

} // namespace sp::cli
