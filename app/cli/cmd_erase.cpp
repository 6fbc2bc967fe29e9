#include "casefile/candidate_dossier.h"
#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "domain/error.h"

namespace sp::cli {

namespace {

QStringList referencesToErase(const QCommandLineParser& p, const CaseFile& caseFile,
                              const QStringList& refs, const QCommandLineOption& olderThan,
                              const QCommandLineOption& notRecruited) {
    if (p.isSet(olderThan) == !refs.isEmpty())
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("name the candidates (REF...) or --older-than-days N "
                                   "--not-recruited, not both"));
    if (!p.isSet(olderThan))
        return refs;
    if (!p.isSet(notRecruited))
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("--older-than-days needs --not-recruited: the recruited "
                                   "candidate's file is kept"));
    bool ok = false;
    const int days = p.value(olderThan).toInt(&ok);
    if (!ok || days < 0)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("--older-than-days: \"%1\" is not a number of days")
                        .arg(p.value(olderThan)));
    return caseFile.dataProtection().erasableOlderThan(days, QDateTime::currentDateTimeUtc());
}

} // namespace

Command eraseCommand() {
    static const QCommandLineOption olderThan(
        QStringLiteral("older-than-days"),
        QStringLiteral("Every candidate received more than N days ago."), QStringLiteral("N"));
    static const QCommandLineOption notRecruited(
        QStringLiteral("not-recruited"), QStringLiteral("Leave out the recommended candidate."));
    static const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("Who erases."),
                                       QStringLiteral("ID"));
    static const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why."),
                                           QStringLiteral("TEXT"));
    static const QCommandLineOption force(
        QStringLiteral("force"),
        QStringLiteral("Erase the recommended or a reserve-list candidate too."));
    static const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                           QStringLiteral("List what would be erased; change "
                                                          "nothing."));
    return {"erase",
            "Erase candidates' personal data (PDF, names, e-mail), keeping anonymous "
            "statistics; a backup is written first.",
            "CASE (REF... | --older-than-days N --not-recruited) --by ID --reason TEXT "
            "[--force] [--dry-run]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"),
                                        QStringLiteral("The case file, or the case on a server (as "
                                                       "its administrator)."));
                p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("Candidates."),
                                        QStringLiteral("[REF...]"));
                p.addOptions(
                    {olderThan, notRecruited, by, reason, force, dryRun, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                QStringList args = p.positionalArguments();
                if (args.isEmpty())
                    throw Error(ErrorKind::BadInput, QStringLiteral("CASE is missing"));
                const QString path = args.takeFirst();
                auto caseFile = p.isSet(dryRun) ? openCase(path, CaseFile::Access::ReadOnly)
                                                : openSignedIn(path, p.value(by), p);
                const QStringList refs =
                    referencesToErase(p, *caseFile, args, olderThan, notRecruited);
                if (p.isSet(dryRun)) {
                    for (const auto& ref : refs) {
                        const auto c = caseFile->applications().candidate(ref);
                        if (!c)
                            throw Error(ErrorKind::NotFound,
                                        QStringLiteral("no candidate %1").arg(ref));
                        out("{}\t{}\t{}\n", str(ref),
                            str(c->application.receivedAt.date().toString(Qt::ISODate)),
                            caseFile->dataProtection().isErased(ref) ? "already erased"
                                                                     : "would be erased");
                    }
                    err("dry run: {} candidate(s), nothing changed\n", refs.size());
                    return static_cast<int>(Success);
                }
                if (!p.isSet(by) || !p.isSet(reason))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--by ID and --reason TEXT are required"));
                if (refs.isEmpty()) {
                    err("nothing to erase\n");
                    return static_cast<int>(Success);
                }
                const QString backup = caseFile->dataProtection().eraseCandidates(
                    refs, p.value(by), p.value(reason), p.isSet(force));
                for (const auto& ref : refs)
                    out("{}\terased\n", str(ref));
                if (backup.isEmpty())
                    err("{} candidate(s) erased on the server (no backup file: the server's own "
                        "backups are its administrator's)\n",
                        refs.size());
                else
                    err("{} candidate(s) erased; backup before erasing: {}\n", refs.size(),
                        str(backup));
                return static_cast<int>(Success);
            }};
}

Command exportCandidateCommand() {
    static const QCommandLineOption outDir(
        QStringLiteral("out"), QStringLiteral("The folder to write into."), QStringLiteral("DIR"));
    return {"export-candidate",
            "Write everything held on one candidate (data subject access request): "
            "application.json, application.pdf, record.csv.",
            "CASE REF --out DIR",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The candidate."));
                p.addOption(outDir);
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and REF");
                if (!p.isSet(outDir))
                    throw Error(ErrorKind::BadInput, QStringLiteral("--out DIR is required"));
                auto caseFile = openCase(args[0], CaseFile::Access::ReadOnly);
                for (const auto& file : exportCandidateDossier(*caseFile, args[1], p.value(outDir)))
                    out("{}\n", str(file));
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
