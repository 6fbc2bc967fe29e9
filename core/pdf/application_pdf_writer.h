#pragma once

#include "demo/demo_candidates.h"
#include "domain/vacancy.h"

#include <QByteArray>

namespace sp {

// A demo application as the candidate would send it: one PDF with the CV (profile.cvPages A4
// pages), then the completed application form on the last page. All text is real, searchable
// text in a font with Greek and Cyrillic ("DejaVu Sans" where installed).
QByteArray writeApplicationPdf(const DemoApplication& application, const Vacancy& vacancy);

// The same with exactly pageCount pages (at least 3): the CV's annex of projects takes the
// pages in between, repeating its projects as needed. For benchmarks with longer PDFs.
QByteArray writeApplicationPdf(const DemoApplication& application, const Vacancy& vacancy,
                               int pageCount);

// The page count writeApplicationPdf(application, vacancy) produces.
int applicationPdfPageCount(const DemoApplication& application);

} // namespace sp
