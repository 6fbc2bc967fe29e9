#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "demo/demo_case.h"
#include "demo/demo_panel.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"
#include "io/vacancy_json.h"
#include "pdf/pdf_text_indexer.h"

#include <QRegularExpression>

namespace sp::cli {

namespace {

// "5-20" -> {5, 20}; a single number is both.
DemoPdfOptions pageRange(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})(?:-(\\d{1,3}))?$"));
    const auto match = pattern.match(text);
    DemoPdfOptions options;
    if (match.hasMatch()) {
        options.minPages = match.captured(1).toInt();
        options.maxPages =
            match.captured(2).isEmpty() ? options.minPages : match.captured(2).toInt();
    }
    if (options.minPages < 3 || options.maxPages < options.minPages || options.maxPages > 200)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("--pages must be MIN-MAX with 3 <= MIN <= MAX <= 200 (the CV "
                                   "takes two pages and the form one), e.g. 5-20"));
    return options;
}

} // namespace

Command demoCommand() {
    static const QCommandLineOption count(QStringLiteral("candidates"),
                                          QStringLiteral("How many candidates (default 60)."),
                                          QStringLiteral("N"), QStringLiteral("60"));
    static const QCommandLineOption seed(QStringLiteral("seed"),
                                         QStringLiteral("Random seed: the same seed gives the "
                                                        "same candidates (default 1)."),
                                         QStringLiteral("S"), QStringLiteral("1"));
    static const QCommandLineOption folder(
        QStringLiteral("folder"),
        QStringLiteral("Also keep the generated applications.csv and pdfs/ in DIR."),
        QStringLiteral("DIR"));
    static const QCommandLineOption pages(
        QStringLiteral("pages"),
        QStringLiteral("Each application PDF has MIN to MAX pages (at least 3), e.g. 5-20."),
        QStringLiteral("MIN-MAX"));
    static const QCommandLineOption minimalPdfs(
        QStringLiteral("minimal-pdfs"),
        QStringLiteral("One-page placeholder PDFs instead of full CVs: fast, for large cases."));
    static const QCommandLineOption vacancyFile(
        QStringLiteral("vacancy"),
        QStringLiteral("Use this vacancy definition (JSON) instead of the example vacancy."),
        QStringLiteral("FILE"));
    static const QCommandLineOption members(
        QStringLiteral("members"),
        QStringLiteral("Add a panel of N people who mark (a chair and N-1 members) and freeze "
                       "the grid."),
        QStringLiteral("N"));
    static const QCommandLineOption marked(
        QStringLiteral("marked"),
        QStringLiteral("With --members: decide every admissible candidate eligible and have "
                       "every member submit pre-selection marks for each (for load tests)."));
    return {"demo", "Create a case file of the example vacancy with synthetic candidates.",
            "CASE [--candidates N] [--seed S] [--folder DIR] [--pages MIN-MAX | --minimal-pdfs] "
            "[--vacancy FILE] [--members N [--marked]]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"),
                                        QStringLiteral("The case file to create (.selpanel)."));
                p.addOption(count);
                p.addOption(seed);
                p.addOption(folder);
                p.addOptions({pages, minimalPdfs, vacancyFile, members, marked});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                bool countOk = false, seedOk = false;
                const int n = p.value(count).toInt(&countOk);
                const quint32 s = p.value(seed).toUInt(&seedOk);
                if (!countOk || n < 1 || n > 100000)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--candidates must be a number from 1 to 100000"));
                if (!seedOk)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--seed must be a non-negative integer"));
                DemoPdfOptions pdfOptions =
                    p.isSet(pages) ? pageRange(p.value(pages)) : DemoPdfOptions{};
                if (p.isSet(pages) && p.isSet(minimalPdfs))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--pages and --minimal-pdfs exclude each other"));
                if (p.isSet(minimalPdfs))
                    pdfOptions.kind = DemoPdfOptions::Kind::Placeholder;
                bool membersOk = false;
                const int panelSize = p.isSet(members) ? p.value(members).toInt(&membersOk) : 0;
                if (p.isSet(members) && (!membersOk || panelSize < 1 || panelSize > 50))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--members must be a number from 1 to 50"));
                if (p.isSet(marked) && panelSize == 0)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--marked needs a panel: give --members N"));

                const Vacancy vacancy = p.isSet(vacancyFile) ? loadVacancyFile(p.value(vacancyFile))
                                                             : builtinExampleVacancy();
                DemoCaseOptions options;
                options.candidates = n;
                options.seed = s;
                options.pdfs = pdfOptions;
                options.folder = p.isSet(folder) ? p.value(folder) : QString();
                CreatedDemoCase demo = createDemoCase(path, vacancy, options);
                auto& caseFile = demo.caseFile;
                indexApplicationTexts(*caseFile); // searchable, as after an import
                out("Created {}: {} with {} demo candidates ({} probable duplicate(s)).\n",
                    str(path), str(vacancy.reference), demo.imported, demo.duplicates);
                if (panelSize > 0) {
                    setUpDemoPanel(*caseFile, panelSize, s);
                    out("Panel of {} with the grid frozen.\n", panelSize);
                }
                if (p.isSet(marked)) {
                    const DemoMarking marking = markDemoCandidates(*caseFile, s);
                    out("{} candidates decided eligible, {} pre-selection mark sheets "
                        "submitted.\n",
                        marking.decided, marking.sheets);
                }
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
