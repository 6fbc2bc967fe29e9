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

// How the demo PDFs are made, for larger test cases than the default demo.
struct DemoPdfOptions {
    // Full: the CV and the form (QPdfWriter). Placeholder: one page naming the application
    // (demo_placeholder_pdf.h), fast enough for tens of thousands of candidates.
    enum class Kind { Full, Placeholder };
    Kind kind = Kind::Full;
    // Full only: when minPages > 0, each PDF gets minPages..maxPages pages (at least 3), drawn
    // from the seed; otherwise as many as the candidate's profile has.
    int minPages = 0;
    int maxPages = 0;
    quint32 seed = 1;
};

// The page count of each application's PDF under the options, in the order of `applications`.
std::vector<int> demoPageCounts(const std::vector<DemoApplication>& applications,
                                const DemoPdfOptions& options);

void writeDemoFolder(const QString& dir, const std::vector<DemoApplication>& applications,
                     const Vacancy& vacancy, const DemoPdfOptions& options);

// The CSV alone (UTF-8 with a byte-order mark).
QByteArray demoApplicationsCsv(const std::vector<DemoApplication>& applications);

} // namespace sp
