#pragma once

#include "demo/demo_folder.h"
#include "domain/vacancy.h"

#include <QString>
#include <memory>

namespace sp {

class CaseFile;

struct DemoCaseOptions {
    int candidates = 60;
    quint32 seed = 1; // the same seed gives the same candidates
    DemoPdfOptions pdfs;
    QString folder; // keeps applications.csv and pdfs/ here when set; else a scratch folder
};

struct CreatedDemoCase {
    std::unique_ptr<CaseFile> caseFile;
    int imported = 0;
    int duplicates = 0; // probable duplicates among them
};

// A new case file at `path` of the vacancy with synthetic candidates and their PDFs, imported as
// a panel's applications would be. Throws sp::Error (the file exists, cannot be written, ...).
CreatedDemoCase createDemoCase(const QString& path, const Vacancy& vacancy,
                               const DemoCaseOptions& options);

} // namespace sp
