#pragma once

#include "domain/application.h"
#include "domain/problem.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sp {

// A field of an application as typed by a person: its value, or why it is not acceptable
// (a message to show after the column name, e.g. "\"2,9\": write decimals with '.', e.g. 2.9").
template <class T> struct Parsed {
    T value{};
    QString problem;  // English
    Problem why = {}; // the problem, for the window to translate
    bool ok() const { return problem.isEmpty(); }
};

// Each takes the cell text as written (surrounding spaces are trimmed). An empty optional field
// is "unknown", never a problem.
Parsed<QString> parsePersonName(const QString& text); // surname, given names: 1..200 characters
Parsed<QString> parseEmail(const QString& text);
Parsed<QStringList> parseNationalities(const QString& text); // "FR; gr" -> FR, EL
Parsed<QDateTime> parseReceivedAt(const QString& text);      // ISO 8601 with offset -> UTC
Parsed<Category> parseCategory(const QString& text);
Parsed<std::optional<Education>> parseEducation(const QString& text);
Parsed<std::optional<double>> parseExperienceYears(const QString& text); // 0..60
Parsed<std::vector<LanguageSkill>> parseLanguages(const QString& text);  // "en:C2 fr:B2"
Parsed<QString> parsePdfFileName(const QString& text); // relative, inside the PDF folder
Parsed<QString> parseReference(const QString& text);   // empty, or <= 40 of [A-Za-z0-9/_.-]

} // namespace sp
