#pragma once

// Imports the searchable applications (support/searchable_applications.h) through the real
// import path, for the core tests of searching every application.

#include "casefile/case_file.h"
#include "io/application_import.h"
#include "pdf/pdf_inspector.h"
#include "support/searchable_applications.h"

#include <gtest/gtest.h>

namespace sp::test {

// Imports them (not indexed yet); references APP-1, APP-2, ... in order.
inline void importApplicants(CaseFile& caseFile, const QString& dir,
                             const std::vector<Applicant>& applicants) {
    const QString csv = writeApplicants(dir, applicants);
    ImportPlan plan = prepareImport(csv, QDir(dir).filePath(QStringLiteral("pdfs")),
                                    caseFile.applications().existingApplications(), pdfChecker());
    ASSERT_TRUE(plan.problems.empty()) << plan.problems.front().toString().toStdString();
    caseFile.applications().importApplications(plan);
}

} // namespace sp::test
