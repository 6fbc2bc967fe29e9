#include "demo/demo_folder.h"

#include "demo/demo_placeholder_pdf.h"
#include "demo/demo_random.h"
#include "domain/error.h"
#include "io/csv_writer.h"
#include "pdf/application_pdf_writer.h"

#include <QDir>
#include <QSaveFile>
#include <algorithm>

namespace sp {

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Failure,
                    QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
}

void makeFolder(const QString& path) {
    if (!QDir().mkpath(path))
        throw Error(ErrorKind::Failure, QStringLiteral("%1: cannot create the folder").arg(path));
}

} // namespace

QByteArray demoApplicationsCsv(const std::vector<DemoApplication>& applications) {
    CsvWriter csv;
    csv.row({"reference", "surname", "given_names", "email", "nationalities", "received_at",
             "category", "reserve_list", "education", "experience_years", "languages", "pdf"});
    for (const auto& app : applications) {
        const ApplicationData& data = app.data;
        csv.text(data.reference)
            .text(data.surname)
            .text(data.givenNames)
            .text(data.email)
            .text(data.nationalities.join(QLatin1Char(';')))
            .text(data.receivedAt.toUTC().toString(Qt::ISODate))
            .text(categoryKey(data.category))
            .text(data.reserveList)
            .text(data.education ? educationKey(*data.education) : QString());
        if (data.experienceYears)
            csv.number(*data.experienceYears, 1);
        else
            csv.text(QString());
        csv.text(languagesText(data.languages)).text(app.pdfFileName).endRow();
    }
    return csv.data();
}

std::vector<int> demoPageCounts(const std::vector<DemoApplication>& applications,
                                const DemoPdfOptions& options) {
    std::vector<int> counts;
    counts.reserve(applications.size());
    DemoRandom random(options.seed);
    for (const auto& app : applications) {
        if (options.kind == DemoPdfOptions::Kind::Placeholder)
            counts.push_back(1);
        else if (options.minPages > 0)
            counts.push_back(std::max(
                random.between(options.minPages, std::max(options.minPages, options.maxPages)), 3));
        else
            counts.push_back(applicationPdfPageCount(app));
    }
    return counts;
}

void writeDemoFolder(const QString& dir, const std::vector<DemoApplication>& applications,
                     const Vacancy& vacancy) {
    writeDemoFolder(dir, applications, vacancy, DemoPdfOptions{});
}

void writeDemoFolder(const QString& dir, const std::vector<DemoApplication>& applications,
                     const Vacancy& vacancy, const DemoPdfOptions& options) {
    const QString pdfDir = QDir(dir).filePath(QStringLiteral("pdfs"));
    makeFolder(pdfDir);
    const std::vector<int> pages = demoPageCounts(applications, options);
    for (size_t i = 0; i < applications.size(); ++i) {
        const DemoApplication& app = applications[i];
        const QByteArray pdf = options.kind == DemoPdfOptions::Kind::Placeholder
                                   ? placeholderApplicationPdf(app)
                                   : writeApplicationPdf(app, vacancy, pages[i]);
        writeFile(QDir(pdfDir).filePath(app.pdfFileName), pdf);
    }
    writeFile(QDir(dir).filePath(QStringLiteral("applications.csv")),
              demoApplicationsCsv(applications));
}

} // namespace sp
