#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/sign_in.h"

namespace sp::cli {

Command panelCommand() {
    static const QCommandLineOption add(QStringLiteral("add"),
                                        QStringLiteral("Add a panel member with this id."),
                                        QStringLiteral("ID"));
    static const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("The new member's name."), QStringLiteral("NAME"));
    static const QCommandLineOption role(QStringLiteral("role"),
                                         QStringLiteral("chair, member or secretary."),
                                         QStringLiteral("ROLE"));
    return {"panel", "List the panel, or add a member (before the grid is frozen).",
            "CASE [--add ID --name NAME --role chair|member|secretary]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({add, name, role});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                if (p.isSet(add)) {
                    const QString roleKey = requiredValue(p, role);
                    const auto parsed = roleFromKey(roleKey);
                    if (!parsed)
                        throw Error(ErrorKind::BadInput,
                                    QStringLiteral("--role must be chair, member or secretary, "
                                                   "not '%1'")
                                        .arg(roleKey));
                    auto caseFile = openCase(path);
                    caseFile->panel().addMember({p.value(add), requiredValue(p, name), *parsed});
                    out("added {} ({}, {})\n", str(p.value(add)), str(p.value(name)),
                        str(roleLabel(*parsed)));
                    return static_cast<int>(Success);
                }
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const auto conflicts = caseFile->panel().conflicts();
                for (const auto& member : caseFile->panel().members()) {
                    out("{:<12} {:<10} {}\n", str(member.id), str(roleLabel(member.role)),
                        str(member.name));
                    for (const auto& c : conflicts)
                        if (c.member == member.id)
                            out("    conflict {}: {}{}{}\n", str(c.candidate),
                                str(conflictNatureLabel(c.nature)),
                                mustAbstain(c.nature) ? " (abstains)" : "",
                                c.note.isEmpty() ? "" : ", " + str(c.note));
                }
                const QStringList problems = validatePanel(caseFile->panel().members());
                for (const auto& problem : problems)
                    err("note: {}\n", str(problem));
                return static_cast<int>(Success);
            }};
}

Command conflictCommand() {
    static const QCommandLineOption candidate(QStringLiteral("candidate"),
                                              QStringLiteral("The candidate's reference."),
                                              QStringLiteral("REF"));
    static const QCommandLineOption nature(
        QStringLiteral("nature"),
        QStringLiteral("hierarchical, family (both mean abstaining), former_colleague or other."),
        QStringLiteral("NATURE"));
    static const QCommandLineOption note(QStringLiteral("note"),
                                         QStringLiteral("What the conflict is (required for "
                                                        "other)."),
                                         QStringLiteral("TEXT"));
    return {"conflict", "Declare a member's conflict of interest with a candidate.",
            "CASE --member ID --candidate REF --nature NATURE [--note TEXT]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({memberOption(), candidate, nature, note, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                const QString key = requiredValue(p, nature);
                const auto parsed = conflictNatureFromKey(key);
                if (!parsed)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--nature must be hierarchical, family, "
                                               "former_colleague or other, not '%1'")
                                    .arg(key));
                auto caseFile = openSignedIn(path, requiredMember(p), p);
                const Conflict conflict{requiredMember(p), requiredValue(p, candidate), *parsed,
                                        p.value(note)};
                caseFile->panel().declareConflict(conflict);
                out("{} declared a conflict with {}: {}{}\n", str(conflict.member),
                    str(conflict.candidate), str(conflictNatureLabel(*parsed)),
                    mustAbstain(*parsed) ? "; they abstain for this candidate" : "");
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
