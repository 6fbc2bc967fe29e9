#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "cli/yes_no.h"

namespace sp::cli {

namespace {
const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("The panel member deciding."),
                            QStringLiteral("MEMBER"));
const QCommandLineOption reason(QStringLiteral("reason"),
                                QStringLiteral("Why (required when overriding the pre-check)."),
                                QStringLiteral("TEXT"));

QString requiredBy(const QCommandLineParser& p) {
    if (!p.isSet(by))
        throw Error(ErrorKind::BadInput, QStringLiteral("--by MEMBER is required"));
    return p.value(by);
}
} // namespace

Command decideCommand() {
    static const QCommandLineOption eligible(QStringLiteral("eligible"),
                                             QStringLiteral("The panel's decision: yes or no."),
                                             QStringLiteral("yes|no"));
    return {"decide", "Record the panel's eligibility decision on a candidate.",
            "CASE REF --eligible yes|no [--reason TEXT] --by MEMBER",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."));
                p.addOptions({eligible, reason, by, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and REF");
                if (!p.isSet(eligible))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--eligible yes|no is required"));
                const bool decision = yesNo(p.value(eligible), "eligible");
                auto caseFile = openSignedIn(args[0], requiredBy(p), p);
                caseFile->screening().decideEligibility(args[1], decision, p.value(reason),
                                                        requiredBy(p));
                out("{}: {} (decided by {})\n", str(args[1]),
                    decision ? "eligible" : "not eligible", str(p.value(by)));
                return static_cast<int>(Success);
            }};
}

Command tickCommand() {
    static const QCommandLineOption declaration(
        QStringLiteral("declaration"),
        QStringLiteral("military_service, character_references or qualification_recognised."),
        QStringLiteral("KEY"));
    static const QCommandLineOption fulfilled(QStringLiteral("fulfilled"),
                                              QStringLiteral("yes, no, or clear."),
                                              QStringLiteral("yes|no|clear"));
    return {"tick", "Tick a declaration the panel checked in the documents.",
            "CASE REF --declaration KEY --fulfilled yes|no|clear --by MEMBER",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."));
                p.addOptions({declaration, fulfilled, by, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and REF");
                if (!p.isSet(declaration) || !p.isSet(fulfilled))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--declaration and --fulfilled are required"));
                std::optional<bool> value;
                if (p.value(fulfilled) != QLatin1String("clear"))
                    value = yesNo(p.value(fulfilled), "fulfilled");
                auto caseFile = openSignedIn(args[0], requiredBy(p), p);
                caseFile->screening().tickDeclaration(args[1], p.value(declaration), value,
                                                      requiredBy(p));
                out("{}: {} {}\n", str(args[1]), str(p.value(declaration)),
                    value ? (*value ? "fulfilled" : "not fulfilled") : "cleared");
                return static_cast<int>(Success);
            }};
}

Command duplicatesCommand() {
    static const QCommandLineOption counts(
        QStringLiteral("counts"),
        QStringLiteral("Decide whether REF's application counts: yes or no."),
        QStringLiteral("yes|no"));
    return {"duplicates",
            "List probable duplicate applications side by side, or decide which one counts.",
            "CASE [REF --counts yes|no [--reason TEXT] --by MEMBER]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("REF"),
                                        QStringLiteral("The application to decide on."),
                                        QStringLiteral("[REF]"));
                p.addOptions({counts, reason, by, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QStringList args = p.positionalArguments();
                if (args.size() == 2) {
                    if (!p.isSet(counts))
                        throw Error(ErrorKind::BadInput,
                                    QStringLiteral("--counts yes|no is required"));
                    auto caseFile = openSignedIn(args[0], requiredBy(p), p);
                    const bool value = yesNo(p.value(counts), "counts");
                    caseFile->screening().resolveDuplicate(args[1], value, p.value(reason),
                                                           requiredBy(p));
                    out("{}: {}\n", str(args[1]), value ? "counts" : "set aside as a duplicate");
                    return static_cast<int>(Success);
                }
                const QString path = positionals(p, 1, "CASE [REF]")[0];
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const auto flags = caseFile->applications().duplicates();
                for (const auto& flag : flags) {
                    const auto a = caseFile->applications().candidate(flag.reference);
                    const auto b = caseFile->applications().candidate(flag.otherReference);
                    if (!a || !b)
                        continue;
                    out("{} <-> {}: {}\n", str(flag.reference), str(flag.otherReference),
                        str(flag.reason));
                    for (const auto* c : {&*a, &*b})
                        out("  {:<10} {} {}  {}  received {}  {} page(s)\n",
                            str(c->application.reference), str(c->application.surname),
                            str(c->application.givenNames), str(c->application.email),
                            str(c->application.receivedAt.toString(Qt::ISODate)), c->pdf.pageCount);
                }
                err("{} probable duplicate pair(s)\n", flags.size());
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
