#pragma once

#include "domain/vacancy.h"

#include <QByteArray>
#include <QString>

namespace sp {

// The example vacancy shipped inside the program (CLIMA/COM/2025/814, the notice the program was
// built from), read from the Qt resource ":/vacancies/CLIMA-COM-2025-814.json".
inline const QString builtinExampleVacancyResource =
    QStringLiteral(":/vacancies/CLIMA-COM-2025-814.json");

QByteArray builtinExampleVacancyJson(); // the file as shipped
const Vacancy& builtinExampleVacancy(); // parsed once; throws sp::Error(Failure) if it is broken

} // namespace sp
