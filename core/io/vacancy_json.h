#pragma once

#include "domain/vacancy.h"

#include <QByteArray>
#include <QString>

namespace sp {

// The vacancy definition file: UTF-8 JSON, "format": "selection-panel/vacancy",
// "format_version": 1. Every field is described in docs/vacancy-format.md.

inline constexpr int vacancyFormatVersion = 1;
inline constexpr qsizetype maxVacancyFileBytes = 1024 * 1024;

// Throws sp::Error(BadInput) whose message starts with sourceName and names the field:
// "SOURCE: field 'criteria[2].weight': must be an integer from 1 to 10"; a JSON syntax error
// gives "SOURCE: line 3, column 14: ...".
Vacancy parseVacancyJson(const QByteArray& json, const QString& sourceName);

// Reads and parses a file. A missing file is ErrorKind::NotFound, one that cannot be read or is
// larger than maxVacancyFileBytes is BadInput; both name the path.
Vacancy loadVacancyFile(const QString& path);

// The file form of a vacancy, fields in the documented order. For a vacancy that
// parseVacancyJson accepted, parseVacancyJson(vacancyToJson(v)) gives v back field for field.
QByteArray vacancyToJson(const Vacancy& vacancy);

} // namespace sp
