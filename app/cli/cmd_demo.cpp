#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "demo/demo_candidates.h"
#include "demo/demo_folder.h"
#include "domain/error.h"
#include "io/application_import.h"
#include "io/builtin_vacancy.h"
#include "pdf/pdf_inspector.h"

#include <QDir>
#include <QTemporaryDir>

namespace sp::cli {

Command demoCommand() {
    static const QCommandLineOption count(QStringLiteral("candidates"),
                                          QStringLiteral("How many candidates (default 60)."),
                                          QStringLiteral("N"), QStringLiteral("60"));
    static const QCommandLineOption seed(QStringLiteral("seed"),
                                         QStringLiteral("Random seed: the same seed gives the "
                                                        "same candidates (default 1)."),
                                         QStringLiteral("S"), QStringLiteral("1"));
    static const QCommandLineOption folder(
        QStringLiteral("folder"),
        QStringLiteral("Also keep the generated applications.csv and pdfs/ in DIR."),
        QStringLiteral("DIR"));
    return {"demo", "Create a case file of the example vacancy with synthetic candidates.",
            "CASE [--candidates N] [--seed S] [--folder DIR]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"),
                                        QStringLiteral("The case file to create (.selpanel)."));
                p.addOption(count);
                p.addOption(seed);
                p.addOption(folder);
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                bool countOk = false, seedOk = false;
                const int n = p.value(count).toInt(&countOk);
                const quint32 s = p.value(seed).toUInt(&seedOk);
                if (!countOk || n < 1 || n > 100000)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--candidates must be a number from 1 to 100000"));
                if (!seedOk)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--seed must be a non-negative integer"));

                const Vacancy& vacancy = builtinExampleVacancy();
                QTemporaryDir scratch;
                const QString dir = p.isSet(folder) ? p.value(folder) : scratch.path();
                if (!QDir().mkpath(dir))
                    throw Error(ErrorKind::Failure, QStringLiteral("%1: cannot create").arg(dir));
                writeDemoFolder(dir, makeDemoApplications(vacancy, n, s), vacancy);

                auto caseFile = CaseFile::create(path, vacancy);
                ImportPlan plan = prepareImport(dir + QStringLiteral("/applications.csv"),
                                                dir + QStringLiteral("/pdfs"),
                                                caseFile->existingApplications(), pdfChecker());
                plan.source = QStringLiteral("demo (seed %1)").arg(s);
                if (!plan.problems.empty())
                    throw Error(ErrorKind::Failure,
                                QStringLiteral("the demo data failed its own validation: %1")
                                    .arg(plan.problems.front().toString()));
                const auto outcome = caseFile->importApplications(plan);
                out("Created {}: {} with {} demo candidates ({} probable duplicate(s)).\n",
                    str(path), str(vacancy.reference), outcome.references.size(),
                    plan.duplicates.size());
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
