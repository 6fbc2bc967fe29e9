#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "cli/yes_no.h"
#include "io/shortlist_export.h"

namespace sp::cli {

namespace {

// The ranking of a stage as rows: status from the shortlist (pre-selection) or the pass mark.
std::vector<ShortlistExportRow> rankingRows(const CaseFile& caseFile, Stage stage) {
    const auto candidates = caseFile.applications().candidates();
    if (stage == Stage::Interview)
        return interviewExport(caseFile.results().finalRanking(), candidates);
    return rankingExport(caseFile.results().ranking(stage), caseFile.results().shortlist(),
                         candidates);
}

} // namespace

Command rankCommand() {
    static const QCommandLineOption csv(QStringLiteral("csv"),
                                        QStringLiteral("CSV on stdout (rank, tied, reference, "
                                                       "surname, given_names, email, tier, "
                                                       "total, status)."));
    return {"rank", "Show the panel's ranking of a stage: by tier, then total; ties shown.",
            "CASE --stage S [--csv]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({stageOption(), csv});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                const Stage stage = requiredStage(p);
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const auto rows = rankingRows(*caseFile, stage);
                if (p.isSet(csv)) {
                    writeStdout(shortlistExportCsv(rows));
                    return static_cast<int>(Success);
                }
                for (const auto& row : rows)
                    out("{:>3}{:<2} {:<10} {:<28} {:<34} {:>7}  {}\n",
                        row.rank ? std::to_string(*row.rank) : std::string("-"),
                        row.tied ? "=" : "", str(row.reference),
                        str(row.surname + QStringLiteral(", ") + row.givenNames), str(row.tier),
                        str(totalText(row.total)), str(row.status));
                err("{} candidate(s); '=' marks a tie, which the panel settles\n", rows.size());
                return static_cast<int>(Success);
            }};
}

Command shortlistCommand() {
    static const QCommandLineOption invite(QStringLiteral("invite"),
                                           QStringLiteral("The panel's decision: yes or no."),
                                           QStringLiteral("yes|no"));
    return {"shortlist",
            "Show the proposed interview shortlist with the panel's decisions, or record one.",
            "CASE [REF --invite yes|no --reason TEXT --member CHAIR]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."),
                                        QStringLiteral("[REF]"));
                p.addOptions({invite, reasonOption(), memberOption(), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = p.positionalArguments();
                if (args.size() == 2) {
                    const bool invited = yesNo(requiredValue(p, invite), "invite");
                    auto caseFile = openSignedIn(args[0], requiredMember(p), p);
                    caseFile->results().decideShortlist({args[1], invited, p.value(reasonOption())},
                                                        requiredMember(p));
                    out("{}: {} (panel decision)\n", str(args[1]),
                        invited ? "invited" : "not invited");
                    return static_cast<int>(Success);
                }
                const QString path = positionals(p, 1, "CASE [REF]")[0];
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const Shortlist shortlist = caseFile->results().shortlist();
                for (const auto& entry : shortlist.entries)
                    out("{:<10} {:<12} {}{}\n", str(entry.candidate),
                        entry.invited ? "invited" : "not invited", str(entry.reason),
                        entry.changedByPanel ? " [changed by the panel]" : "");
                for (const auto& note : shortlist.notes)
                    err("note: {}\n", str(note));
                err("{} invited\n", shortlist.invited().size());
                return static_cast<int>(Success);
            }};
}

Command recommendCommand() {
    static const QCommandLineOption justification(
        QStringLiteral("justification"),
        QStringLiteral("Why, when a suitable higher-tier or better-ranked candidate is passed "
                       "over."),
        QStringLiteral("TEXT"));
    return {
        "recommend", "Show the recommendation the rules give, or record the panel's (the chair).",
        "CASE [REF --member CHAIR [--justification TEXT]]",
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
            p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."),
                                    QStringLiteral("[REF]"));
            p.addOptions({memberOption(), justification, passphraseFileOption()});
        },
        [](const QCommandLineParser& p) {
            const QStringList args = p.positionalArguments();
            if (args.size() == 2) {
                auto caseFile = openSignedIn(args[0], requiredMember(p), p);
                caseFile->results().recommend(args[1], requiredMember(p), p.value(justification));
                out("{}: recommended\n", str(args[1]));
                return static_cast<int>(Success);
            }
            const QString path = positionals(p, 1, "CASE [REF]")[0];
            auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
            const RecommendationState state = caseFile->results().recommendation();
            out("proposed: {} ({})\n",
                state.proposed.candidates.isEmpty()
                    ? std::string("nobody")
                    : str(state.proposed.candidates.join(QStringLiteral(", "))),
                str(state.proposed.reason));
            if (state.recorded)
                out("recorded: {} by {}{}\n", str(state.recorded->candidate),
                    str(state.recorded->by),
                    state.recorded->justification.isEmpty()
                        ? ""
                        : "; justification: " + str(state.recorded->justification));
            return static_cast<int>(Success);
        }};
}

} // namespace sp::cli
