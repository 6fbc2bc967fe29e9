#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "io/candidate_listing.h"
#include "io/csv_writer.h"

namespace sp::cli {

Command screenCommand() {
    static const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write CSV."));
    return {"screen",
            "Run the admissibility and eligibility pre-check: per candidate, admissible, "
            "eligibility with reasons, tier.",
            "CASE [--csv]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOption(csv);
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const auto screened = caseFile->screening().all();
                if (p.isSet(csv)) {
                    CsvWriter writer;
                    writer.row({"reference", "admissible", "eligibility", "eligibility_reasons",
                                "tier", "decision", "status"});
                    for (const auto& [c, s] : screened) {
                        QString reasons = criterionReasons(s.preCheck);
                        if (!s.admissibility.admissible())
                            reasons = s.admissibility.reason() + QStringLiteral("; ") + reasons;
                        writer.row(
                            {c.application.reference, admissibilityKey(s.admissibility.state),
                             criterionStateKey(s.preCheck.overall), reasons, s.tierLabel,
                             s.decision ? (s.decision->eligible ? "eligible" : "not_eligible") : "",
                             screeningStatusKey(s.status)});
                    }
                    writeStdout(writer.data());
                    return static_cast<int>(Success);
                }
                int late = 0, met = 0, notMet = 0, unknown = 0;
                for (const auto& [c, s] : screened) {
                    out("{:<10} {:<10} {:<28} {}\n", str(c.application.reference),
                        str(admissibilityKey(s.admissibility.state)), str(s.tierLabel),
                        str(s.preCheck.summary()));
                    if (!s.admissibility.admissible())
                        out("{:<10} {}\n", "", str(s.admissibility.reason()));
                    for (const auto& flag : s.flags)
                        out("{:<10} flag: {}\n", "", str(flag));
                    late += s.admissibility.state == AdmissibilityState::Late;
                    met += s.preCheck.overall == CriterionState::Met;
                    notMet += s.preCheck.overall == CriterionState::NotMet;
                    unknown += s.preCheck.overall == CriterionState::Unknown;
                }
                err("{} candidate(s): {} late; pre-check {} met, {} not met, {} unknown\n",
                    screened.size(), late, met, notMet, unknown);
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
