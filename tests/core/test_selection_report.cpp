// The selection report (issue 11): its text, read back from the PDF with pdftotext, says what the
// case says, in English, French and German, and never shows a member's own mark or comment.

#include "marking_fixture.h"
#include "report/report_pdf.h"
#include "report/selection_report.h"
#include "support/app_runner.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

const Stage pre = Stage::Preselection;
const Stage interview = Stage::Interview;

// Marks out of 20 with the vacancy's weights (12 at pre-selection, 10 at interview), so each
// member's own total (chair 19 x 12 = 228, ...) is a number the report could only show by
// leaking it: no date, time, count or share is one.
void twentyPointGrid(Grid& grid) {
    for (auto& criterion : grid.criteria)
        criterion.maxMark = 20;
    grid.thresholds.interviewBestN = 3;
    grid.thresholds.interviewPassMark = 100; // of 200
}

// Six applications taken through every stage (marks: chair, anna, bruno on every criterion):
//   0 Müller (DE, external): eligible; pre 19/14/8 -> mean total 164 (own totals 228, 168, 96),
//     4th, not proposed but invited by the panel; interview 18/15/11 -> 146.67 (own 180, 150,
//     110), suitable; recommended over the laureate.
//   1 Papadopoulou (EL, laureate): pre 18 -> 216; interview 12 -> 120, suitable.
//   2 Ivanova (BG, external): decided not eligible, overriding a pre-check that was met.
//   3 Łukasiewicz (PL, external): received after the deadline.
//   4 Ó Súilleabháin (IE, external): Anna declares a family link and abstains; pre 16 -> 192;
//     interview 13 -> 130, suitable.
//   5 Dubois (FR, Commission official): pre 12 -> 144; interview 5 -> 50, not suitable.
struct ReportCase {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("case.selpanel"));
    QStringList refs;

    ReportCase() {
        auto file = CaseFile::create(path, builtinExampleVacancy());
        refs = importPeople(*file, dir.path(),
                            {{"Müller", "Jürgen", "external", "DE"},
                             {"Papadopoulou", "Eleni", "laureate", "EL"},
                             {"Ivanova", "Maria", "external", "BG"},
                             {"Łukasiewicz", "Zofia", "external", "PL", "2025-05-02T09:00:00Z"},
                             {"Ó Súilleabháin", "Seán", "external", "IE"},
                             {"Dubois", "Claire", "commission_official", "FR"}});
        for (int i : {0, 1, 4, 5})
            file->screening().decideEligibility(refs[i], true, {}, "chair");
        file->screening().decideEligibility(refs[2], false, "no proof of the diploma declared (%1)",
                                            "chair");
        addStandardPanel(*file);
        file->panel().declareConflict({"anna", refs[4], ConflictNature::Family, "cousin"});
        Grid grid = file->panel().grid();
        twentyPointGrid(grid);
        file->panel().changeGrid(grid, "chair");
        file->panel().freezeGrid("chair");

        mark(*file, refs[0], pre, {19, 14, 8}, "ANNA-OWN-COMMENT");
        mark(*file, refs[1], pre, {18, 18, 18});
        mark(*file, refs[4], pre, {16, -1, 16});
        mark(*file, refs[5], pre, {12, 12, 12});
        file->results().decideShortlist({refs[0], true, "strong security certifications"}, "chair");
        mark(*file, refs[0], interview, {18, 15, 11});
        mark(*file, refs[1], interview, {12, 12, 12});
        mark(*file, refs[4], interview, {13, -1, 13});
        mark(*file, refs[5], interview, {5, 5, 5});
        file->results().recommend(refs[0], "chair",
                                  "best fit for the DevSecOps duties of the post");
    }

    // Chair, Anna and Bruno submit the same mark on every criterion; -1: that member abstains.
    static void mark(CaseFile& file, const QString& reference, Stage stage,
                     std::array<int, 3> marks, const QString& annaComment = {}) {
        const QStringList members = {"chair", "anna", "bruno"};
        std::vector<MarkSheet> sheets;
        for (int i = 0; i < 3; ++i)
            if (marks[i] >= 0) {
                MarkSheet sheet = sheetOf(file, members[i], reference, stage, marks[i], true);
                if (members[i] == QLatin1String("anna"))
                    sheet.comment = annaComment;
                sheets.push_back(sheet);
            }
        file.marking().saveMarkSheets(sheets);
    }

    AppResult report(const QString& out, const QStringList& more = {}) const {
        return runApp(QStringList{"report", path, "--out", out} + more);
    }
};

// The PDF's text, as pdftotext reads it: -layout keeps each table row on its line.
QString pdfText(const QString& pdf, bool layout = true) {
    QProcess process;
    QStringList args;
    if (layout)
        args << "-layout";
    process.start("pdftotext", args << pdf << "-");
    EXPECT_TRUE(process.waitForFinished(60000)) << "pdftotext (poppler-utils) is needed";
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text with every run of white space made one space: wrapped table cells read on.
QString flowing(const QString& pdf) {
    return pdfText(pdf, false).simplified();
}

bool containsNumber(const QString& text, const QString& number) {
    return text.contains(QRegularExpression(
        QStringLiteral("(?<![\\d.,])%1(?![\\d])").arg(QRegularExpression::escape(number))));
}

// The line of the layout text on which `needle` appears after `from`, -1 if none.
int lineOf(const QStringList& lines, const QString& needle, int from = 0) {
    for (int i = from; i < lines.size(); ++i)
        if (lines[i].contains(needle))
            return i;
    return -1;
}

} // namespace

TEST(SelectionReport, WritesAnOwnerOnlyPdfAndEntersTheExportInTheRecord) {
    ReportCase c;
    const QString out = c.dir.filePath("report.pdf");
    const AppResult result = c.report(out);
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_EQ(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
    auto file = CaseFile::open(c.path, CaseFile::Access::ReadOnly);
    const auto entries = file->record().entries();
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, "report_exported");
    EXPECT_TRUE(entries.back().after.contains("report.pdf")) << entries.back().after.toStdString();
}

TEST(SelectionReport, SaysWhatTheCaseSays) {
    ReportCase c;
    const QString out = c.dir.filePath("report.pdf");
    ASSERT_EQ(c.report(out).exitCode, 0);
    const QString text = flowing(out);
    auto file = CaseFile::open(c.path, CaseFile::Access::ReadOnly);

    EXPECT_TRUE(text.contains("Selection report"));
    EXPECT_TRUE(text.contains(file->vacancy().reference));
    EXPECT_TRUE(text.contains("Restricted / selection procedure: confidential"));
    EXPECT_TRUE(text.contains(QRegularExpression("Page 1 of \\d+")));
    // Every candidate left out, with the reason as the panel wrote it, a "%1" included.
    EXPECT_TRUE(text.contains("no proof of the diploma declared (%1)"));
    EXPECT_TRUE(text.contains("after the deadline")) << "the late application's reason";
    EXPECT_TRUE(text.contains(c.refs[3] + " Łukasiewicz, Zofia"));
    // The conflict and the abstention it brings.
    EXPECT_TRUE(text.contains("family link"));
    EXPECT_TRUE(text.contains("abstains for this candidate"));
    // The shortlist with the panel's reason, the recommendation and its justification.
    EXPECT_TRUE(text.contains("strong security certifications"));
    EXPECT_TRUE(text.contains("The panel recommends " + c.refs[0] + " Müller, Jürgen."));
    EXPECT_TRUE(text.contains("best fit for the DevSecOps duties of the post"));
    EXPECT_TRUE(text.contains("Justification for passing over a candidate ranked higher"));
    // Every member in the signature block.
    const int signatures = text.lastIndexOf("Signatures of the panel");
    ASSERT_GT(signatures, 0);
    for (const auto& member : file->panel().members())
        EXPECT_GT(text.indexOf(member.name, signatures), signatures) << member.name.toStdString();
    // The balance, as geographicalBalance() has it: 3 of 6 applied (DE, PL, IE), 2 of 3 suitable.
    for (const auto& stage : file->results().geographicalBalance().stages)
        EXPECT_TRUE(text.contains(QString::number(100 * stage.share(), 'f', 1) + " %"))
            << balanceStageKey(stage.stage).toStdString();
    EXPECT_TRUE(text.contains("66.7 %"));
}

TEST(SelectionReport, TheFinalRankingIsInTheOrderOfRank) {
    ReportCase c;
    const QString out = c.dir.filePath("report.pdf");
    ASSERT_EQ(c.report(out).exitCode, 0);
    const QStringList lines = pdfText(out).split('\n');
    auto file = CaseFile::open(c.path, CaseFile::Access::ReadOnly);
    const auto final = file->results().finalRanking();
    ASSERT_EQ(final.size(), 4u);
    int line = lineOf(lines, "Final ranking by Article 29 tier");
    ASSERT_GE(line, 0);
    for (const auto& f : final) {
        const int found = lineOf(lines, f.ranked.candidate, line + 1);
        ASSERT_GT(found, line) << f.ranked.candidate.toStdString() << " after line " << line;
        EXPECT_TRUE(lines[found].contains(QString::number(*f.ranked.rank)))
            << lines[found].toStdString();
        line = found;
    }
    // Dubois (Commission official, 50) first, then the laureate, then Müller before Seán.
    EXPECT_EQ(final[0].ranked.candidate, c.refs[5]);
    EXPECT_EQ(final[1].ranked.candidate, c.refs[1]);
    EXPECT_EQ(final[2].ranked.candidate, c.refs[0]);
}

TEST(SelectionReport, ShowsConsolidatedTotalsAndNoMembersOwnMark) {
    ReportCase c;
    const QString out = c.dir.filePath("report.pdf");
    ASSERT_EQ(c.report(out).exitCode, 0);
    const QString text = flowing(out);
    // Müller's consolidated totals; each member's own are nowhere.
    EXPECT_TRUE(containsNumber(text, "164"));
    EXPECT_TRUE(containsNumber(text, "146.67"));
    for (const QString planted : {"228", "168", "96", "180", "150", "110"})
        EXPECT_FALSE(containsNumber(text, planted))
            << "a member's own mark: " << planted.toStdString();
    EXPECT_FALSE(text.contains("ANNA-OWN-COMMENT"));
}

TEST(SelectionReport, InFrenchAndGerman) {
    ReportCase c;
    const QString fr = c.dir.filePath("rapport.pdf");
    const QString de = c.dir.filePath("bericht.pdf");
    ASSERT_EQ(c.report(fr, {"--language", "fr"}).exitCode, 0);
    ASSERT_EQ(c.report(de, {"--language", "de"}).exitCode, 0);
    const QString french = flowing(fr);
    for (const QString words :
         {"Rapport de sélection", "Le jury de sélection", "Équilibre géographique",
          "Signatures du jury", "Page 1 sur", "Le jury recommande", "66,7 %", "Président"})
        EXPECT_TRUE(french.contains(words)) << words.toStdString();
    const QString german = flowing(de);
    for (const QString words :
         {"Auswahlbericht", "Der Auswahlausschuss", "Geografische Ausgewogenheit", "Unterschrift",
          "Seite 1 von", "Der Ausschuss empfiehlt", "66,7 %", "Vorsitz"})
        EXPECT_TRUE(german.contains(words)) << words.toStdString();
    EXPECT_FALSE(german.contains("Selection report"));
}

TEST(SelectionReport, AStageNotReachedSaysSo) {
    QTemporaryDir dir;
    const QString path = dir.filePath("new.selpanel");
    CaseFile::create(path, builtinExampleVacancy()).reset();
    const QString out = dir.filePath("report.pdf");
    const AppResult result = runApp({"report", path, "--out", out});
    ASSERT_EQ(result.exitCode, 0) << result.errText().toStdString();
    const QString text = flowing(out);
    EXPECT_TRUE(text.contains("No panel has been appointed yet."));
    EXPECT_TRUE(text.contains("Not reached yet: no application has been received."));
    EXPECT_TRUE(text.contains("Not reached yet: marking starts once the grid is frozen."));
    EXPECT_TRUE(text.contains("Not reached yet: the interviews are not fully marked."));
}

TEST(SelectionReport, RefusesABadLanguageAndLeavesNoFile) {
    ReportCase c;
    const QString out = c.dir.filePath("report.pdf");
    const AppResult result = c.report(out, {"--language", "es"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.errText().contains("--language must be en, fr or de"))
        << result.errText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(SelectionReport, AnUnwritablePlaceGivesAClearErrorAndNoRecordEntry) {
    ReportCase c;
    const QString out = c.dir.filePath("no-such-folder/report.pdf");
    const AppResult result = c.report(out);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.errText().contains("no-such-folder")) << result.errText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    auto file = CaseFile::open(c.path, CaseFile::Access::ReadOnly);
    EXPECT_NE(file->record().entries().back().action, "report_exported");
}

TEST(SelectionReport, TheDocumentNamesEveryStageInOrder) {
    ReportCase c;
    auto file = CaseFile::open(c.path, CaseFile::Access::ReadOnly);
    const report::ReportText text(report::Language::English);
    const report::Document document = report::selectionReport(*file, text);
    QStringList headings;
    for (const auto& section : document.sections)
        headings << section.heading;
    EXPECT_EQ(headings, (QStringList{"1. The vacancy", "2. The selection panel",
                                     "3. The evaluation grid", "4. Admissibility and eligibility",
                                     "5. Pre-selection and shortlist", "6. Interview results",
                                     "7. Final ranking by Article 29 tier", "8. Recommendation",
                                     "9. Geographical balance", "10. Signatures of the panel"}));
    EXPECT_GE(report::reportPdf(document).pages, 3);
}
