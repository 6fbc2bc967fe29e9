#pragma once

#include "demo/demo_candidates.h"
#include "domain/vacancy.h"

#include <QString>
#include <vector>

namespace sp {

// Writes the demo applications as a panel receives them, ready for import:
//   dir/applications.csv  reference,surname,given_names,email,nationalities,received_at,category,
//                         reserve_list,education,experience_years,languages,pdf
//   dir/pdfs/APP-0001.pdf ...
// Creates the folders as needed and overwrites files of the same names. Throws
// sp::Error(Failure) naming the path that could not be written.
void writeDemoFolder(const QString& dir, const std::vector<DemoApplication>& applications,
                     const Vacancy& vacancy);

// The CSV alone (UTF-8 with a byte-order mark).
QByteArray demoApplicationsCsv(const std::vector<DemoApplication>& applications);

} // namespace sp
