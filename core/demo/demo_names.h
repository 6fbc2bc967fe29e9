#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sp {

// Where a demo candidate's name comes from: a Member State and one of its official languages.
// Together the origins cover all 27 Member States and all 24 official EU languages, with names
// as written there (diacritics, Greek and Cyrillic script).
struct NameOrigin {
    QString country;     // "CZ", Greece as "EL"
    QString language;    // "cs": the candidate's mother tongue
    QString countryName; // "Czechia", for the CV
    QStringList cities;
    QStringList femaleGivenNames;
    QStringList maleGivenNames;
    QStringList femaleSurnames; // same index as maleSurnames: Nováková / Novák
    QStringList maleSurnames;
};

const std::vector<NameOrigin>& nameOrigins();
const NameOrigin& nameOrigin(const QString& country, const QString& language);

// The name in plain ASCII letters for an e-mail address: "Šťastný" -> "Stastny",
// "Παπαδοπούλου" -> "Papadopoulou", "Иванова" -> "Ivanova", "Ó Súilleabháin" -> "O Suilleabhain".
// Characters it cannot transliterate are left out.
QString asciiTransliteration(const QString& name);

} // namespace sp
