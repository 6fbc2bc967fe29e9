#include "io/builtin_vacancy.h"

#include "domain/error.h"
#include "io/vacancy_json.h"

#include <QFile>

namespace sp {

QByteArray builtinExampleVacancyJson() {
    QFile file(builtinExampleVacancyResource);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "the built-in example vacancy %1 is missing from the program"),
                                builtinExampleVacancyResource));
    return file.readAll();
}

const Vacancy& builtinExampleVacancy() {
    static const Vacancy vacancy = [] {
        try {
            return parseVacancyJson(builtinExampleVacancyJson(), builtinExampleVacancyResource);
        } catch (const Error& e) {
            // The user cannot fix a file inside the program: this is a bug, not bad input.
            throw Error(ErrorKind::Failure, e.problems());
        }
    }();
    return vacancy;
}

} // namespace sp
