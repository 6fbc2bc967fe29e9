#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "domain/error.h"
#include "io/vacancy_json.h"

namespace sp::cli {

Command newCommand() {
    static const QCommandLineOption vacancy(QStringLiteral("vacancy"),
                                            QStringLiteral("The vacancy definition (JSON)."),
                                            QStringLiteral("FILE"));
    return {"new", "Create a case file for a vacancy.", "CASE --vacancy FILE",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"),
                                        QStringLiteral("The case file to create (.selpanel)."));
                p.addOption(vacancy);
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                if (!p.isSet(vacancy))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--vacancy FILE is required (see --help)"));
                const Vacancy v = loadVacancyFile(p.value(vacancy));
                auto caseFile = CaseFile::create(path, v);
                out("Created {} for {} ({}), deadline {} {}\n", str(path), str(v.reference),
                    str(v.title), str(v.deadlineLocal.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                    str(v.deadlineZone));
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
