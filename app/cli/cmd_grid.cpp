#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "domain/ranking.h"
#include "io/vacancy_json.h"

#include <QDir>

namespace sp::cli {

namespace {

std::string optionalText(const std::optional<double>& value) {
    return value ? str(totalText(value)) : std::string("not set");
}

void printGrid(const CaseFile& caseFile) {
    const Grid grid = caseFile.panel().grid();
    out("Grid: {}; aggregation: {}\n", str(gridStateKey(caseFile.panel().gridState())),
        str(aggregationKey(caseFile.panel().aggregation())));
    for (Stage stage : {Stage::Preselection, Stage::Interview}) {
        out("\n{} criteria (highest total {}):\n", str(stageKey(stage)),
            str(totalText(maxWeightedTotal(grid.criteria, stage))));
        for (const auto& c : criteriaOf(grid.criteria, stage))
            out("  {:<32} weight {}  marks 0..{}  {}\n", str(c.id), c.weight, c.maxMark,
                str(c.label));
    }
    const Thresholds& t = grid.thresholds;
    out("\nThresholds: invite the best {}; minimum total {}; interview pass mark {}; "
        "spread flag {}\n",
        t.interviewBestN ? std::to_string(*t.interviewBestN) : std::string("not set"),
        optionalText(t.interviewMinTotal), optionalText(t.interviewPassMark),
        str(totalText(t.spreadFlag)));
    if (!grid.interviewQuestions.isEmpty()) {
        out("\nInterview questions:\n");
        for (int i = 0; i < grid.interviewQuestions.size(); ++i)
            out("  {}. {}\n", i + 1, str(grid.interviewQuestions[i]));
    }
    for (const auto& r : caseFile.panel().gridReopenings())
        out("\nReopened {} by {}: {} ({} mark sheet(s) discarded)\n",
            str(r.at.toString(Qt::ISODate)), str(r.by), str(r.reason), r.discardedSheets);
}

} // namespace

Command gridCommand() {
    static const QCommandLineOption load(
        QStringLiteral("load"),
        QStringLiteral("Before freezing: take the criteria, thresholds and interview questions "
                       "from a vacancy definition (JSON) edited by the panel."),
        QStringLiteral("VACANCY.json"));
    return {"grid", "Show the evaluation grid, or change it before it is frozen.",
            "CASE [--load VACANCY.json --member ID]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({load, memberOption(), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                if (p.isSet(load)) {
                    const Grid grid = gridOf(loadVacancyFile(p.value(load)));
                    auto caseFile = openSignedIn(path, requiredMember(p), p);
                    caseFile->panel().changeGrid(grid, requiredMember(p));
                    printGrid(*caseFile);
                    return static_cast<int>(Success);
                }
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                printGrid(*caseFile);
                return static_cast<int>(Success);
            }};
}

Command freezeCommand() {
    return {"freeze", "Freeze the grid (the chair): marking may start, the grid no longer changes.",
            "CASE --member CHAIR",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({memberOption(), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                auto caseFile = openSignedIn(positionals(p, 1, "CASE")[0], requiredMember(p), p);
                caseFile->panel().freezeGrid(requiredMember(p));
                out("grid frozen by {}\n", str(p.value(memberOption())));
                return static_cast<int>(Success);
            }};
}

Command reopenCommand() {
    return {"reopen",
            "Reopen the frozen grid (the chair, with a reason): discards every mark given so far.",
            "CASE --member CHAIR --reason TEXT",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"),
                                        QStringLiteral("The case file, or the case on a server."));
                p.addOptions({memberOption(), reasonOption(), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                auto caseFile = openSignedIn(positionals(p, 1, "CASE")[0], requiredMember(p), p);
                const auto outcome =
                    caseFile->panel().reopenGrid(requiredMember(p), p.value(reasonOption()));
                if (outcome.backup.isEmpty())
                    out("grid reopened: {} mark sheet(s) discarded; kept on the server for its "
                        "administrator\n",
                        outcome.discardedSheets);
                else
                    out("grid reopened: {} mark sheet(s) discarded; backup before: {}\n",
                        outcome.discardedSheets, str(QDir::toNativeSeparators(outcome.backup)));
                return static_cast<int>(Success);
            }};
}

Command setAggregationCommand() {
    return {"set-aggregation",
            "Choose how members' marks are combined (mean or median), before freezing.",
            "CASE mean|median --member ID",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("AGGREGATION"),
                                        QStringLiteral("mean or median."));
                p.addOptions({memberOption(), passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and mean|median");
                const auto aggregation = aggregationFromKey(args[1]);
                if (!aggregation)
                    throw Error(
                        ErrorKind::BadInput,
                        QStringLiteral("the aggregation is mean or median, not '%1'").arg(args[1]));
                auto caseFile = openSignedIn(args[0], requiredMember(p), p);
                caseFile->panel().setAggregation(*aggregation, requiredMember(p));
                out("aggregation: {}\n", str(args[1]));
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
