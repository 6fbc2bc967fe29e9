#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"

namespace sp::cli {

namespace {

void printStage(const char* title, const StageProgress& stage) {
    out("{}: {} candidate(s), {} completely marked\n", title, stage.participants,
        stage.completelyMarked);
    for (const auto& line : stage.members)
        out("  {:<28} {:>5} of {:<5} submitted, {} draft(s), {} abstention(s)\n",
            str(line.member.name), line.submitted, line.expected, line.drafts, line.abstentions);
}

// For reporting only: these figures feed no mark, rank, shortlist or recommendation.
void printBalance(const GeographicalBalance& balance) {
    if (balance.underRepresented.isEmpty()) {
        out("Geographical balance: the vacancy names no under-represented Member State\n");
        return;
    }
    out("Geographical balance, nationals of {} (any nationality counts):\n",
        str(balance.underRepresented.join(QStringLiteral(", "))));
    for (const auto& stage : balance.stages)
        out("  {:<12} {:>5} of {:<5} {:>5.1f} %\n", str(balanceStageKey(stage.stage)),
            stage.underRepresented, stage.candidates, 100 * stage.share());
}

} // namespace

Command statusCommand() {
    return {"status",
            "The procedure at a glance: counts per stage, the grid, each member's progress.",
            "CASE",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const Vacancy& vacancy = caseFile->vacancy();
                const ProcedureOverview o = caseFile->results().overview();
                out("{} {}\n", str(vacancy.reference), str(vacancy.title));
                out("Deadline: {} {}\n",
                    str(vacancy.deadlineLocal.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                    str(vacancy.deadlineZone));
                const ScreeningCounts& s = o.screening;
                out("Applications: {} received, {} late, {} duplicate(s) set aside\n", s.received,
                    s.inadmissible, s.superseded);
                out("Eligibility: {} eligible, {} not eligible, {} awaiting a decision\n",
                    s.eligible, s.notEligible, s.pending);
                out("Panel: {} member(s), {} declared conflict(s)\n", o.panelMembers, o.conflicts);
                out("Grid: {}{}\n", o.gridState == GridState::Frozen ? "frozen" : "draft",
                    o.gridReopenings > 0 ? fmt::format(" (reopened {} time(s))", o.gridReopenings)
                                         : std::string());
                printStage("Pre-selection", o.preselection);
                out("Shortlist: {} invited to interview\n", o.shortlisted);
                printStage("Interview", o.interview);
                out("Recommended: {}\n",
                    o.recommended.isEmpty() ? std::string("not yet") : str(o.recommended));
                printBalance(caseFile->results().geographicalBalance());
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
