#include "demo/demo_case.h"

#include "casefile/case_file.h"
#include "demo/demo_candidates.h"
#include "domain/error.h"
#include "io/application_import.h"
#include "pdf/pdf_inspector.h"

#include <QDir>
#include <QTemporaryDir>

namespace sp {

CreatedDemoCase createDemoCase(const QString& path, const Vacancy& vacancy,
                               const DemoCaseOptions& options) {
    QTemporaryDir scratch;
    const QString dir = options.folder.isEmpty() ? scratch.path() : options.folder;
    if (!QDir().mkpath(dir))
        throw Error(ErrorKind::Failure, QStringLiteral("%1: cannot create").arg(dir));
    DemoPdfOptions pdfs = options.pdfs;
    pdfs.seed = options.seed;
    writeDemoFolder(dir, makeDemoApplications(vacancy, options.candidates, options.seed), vacancy,
                    pdfs);

    CreatedDemoCase demo;
    demo.caseFile = CaseFile::create(path, vacancy);
    ImportPlan plan =
        prepareImport(dir + QStringLiteral("/applications.csv"), dir + QStringLiteral("/pdfs"),
                      demo.caseFile->applications().existingApplications(), pdfChecker());
    plan.source = QStringLiteral("demo (seed %1)").arg(options.seed);
    if (!plan.problems.empty())
        throw Error(ErrorKind::Failure,
                    QStringLiteral("the demo data failed its own validation: %1")
                        .arg(plan.problems.front().toString()));
    demo.imported = int(demo.caseFile->applications().importApplications(plan).references.size());
    demo.duplicates = int(plan.duplicates.size());
    return demo;
}

} // namespace sp
