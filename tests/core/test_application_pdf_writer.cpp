#include "demo/demo_candidates.h"
#include "demo/demo_folder.h"
#include "domain/error.h"
#include "pdf/application_pdf_writer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <gtest/gtest.h>
#include <iostream>
#include <set>

namespace {

using sp::DemoApplication;
using sp::DemoCase;

sp::Vacancy vacancy() {
    sp::Vacancy v;
    v.reference = QStringLiteral("CLIMA/COM/2025/814");
    v.title = QStringLiteral("IT Security Assistant – Security Assurance Development");
    v.dgName = QStringLiteral("Directorate-General for Climate Action");
    v.deadlineLocal = QDateTime(QDate(2025, 4, 30), QTime(12, 0));
    v.deadlineZone = QStringLiteral("Europe/Brussels");
    v.eligibility.declarations = {QStringLiteral("military_service"),
                                  QStringLiteral("character_references"),
                                  QStringLiteral("qualification_recognised")};
    return v;
}

std::string str(const QString& s) {
    return s.toStdString();
}

// The text of every page, as a PDF viewer's search sees it; empty if QtPdf cannot open it.
QStringList pageTexts(const QByteArray& pdf) {
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/sp-test-XXXXXX.pdf"));
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return {};
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None)
        return {};
    QStringList texts;
    for (int page = 0; page < document.pageCount(); ++page)
        texts << document.getAllText(page).text();
    return texts;
}

const DemoApplication& withCase(const std::vector<DemoApplication>& apps, DemoCase c) {
    for (const auto& app : apps)
        if (app.demoCase == c)
            return app;
    throw std::runtime_error("no application with case " + str(sp::demoCaseKey(c)));
}

// Text extraction may break a line anywhere; compare without the line breaks.
QString flat(const QString& text) {
    return QString(text)
        .replace(QLatin1String("\r\n"), QLatin1String(" "))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .simplified();
}

class ApplicationPdf : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        apps = new std::vector<DemoApplication>(sp::makeDemoApplications(vacancy(), 12, 20250430));
    }
    static void TearDownTestSuite() {
        delete apps;
        apps = nullptr;
    }
    static std::vector<DemoApplication>* apps;
};
std::vector<DemoApplication>* ApplicationPdf::apps = nullptr;

TEST_F(ApplicationPdf, HasTheCvPagesThenTheFormWithSearchableText) {
    for (const auto& app : *apps) {
        SCOPED_TRACE(str(app.data.reference + QLatin1Char(' ') + app.data.surname));
        const QStringList pages = pageTexts(sp::writeApplicationPdf(app, vacancy()));
        ASSERT_EQ(pages.size(), app.profile.cvPages + 1);
        EXPECT_EQ(pages.size(), sp::applicationPdfPageCount(app));
        EXPECT_TRUE(pages.front().contains(app.data.surname)) << str(pages.front().left(200));
        EXPECT_TRUE(pages.front().contains(app.data.email));
        EXPECT_TRUE(flat(pages[1]).contains(QStringLiteral("Professional experience")));
        const QString form = flat(pages.back());
        EXPECT_TRUE(form.startsWith(QStringLiteral("Application form"))) << str(form.left(200));
        EXPECT_TRUE(form.contains(QStringLiteral("CLIMA/COM/2025/814")));
        EXPECT_TRUE(form.contains(app.data.surname));
        EXPECT_TRUE(form.contains(app.data.givenNames));
        EXPECT_TRUE(form.contains(QStringLiteral("military service")));
        for (int page = 0; page + 1 < pages.size(); ++page)
            EXPECT_FALSE(pages[page].contains(QStringLiteral("Application form"))) << page;
    }
}

TEST_F(ApplicationPdf, GreekAndCyrillicNamesAreSearchable) {
    const auto& greek = withCase(*apps, DemoCase::ReceivedAtDeadline);
    const auto& bulgarian = withCase(*apps, DemoCase::ReceivedOneSecondLate);
    for (const auto* app : {&greek, &bulgarian}) {
        const QStringList pages = pageTexts(sp::writeApplicationPdf(*app, vacancy()));
        ASSERT_FALSE(pages.isEmpty());
        EXPECT_TRUE(
            pages.front().contains(app->data.givenNames + QLatin1Char(' ') + app->data.surname))
            << str(pages.front().left(100));
        EXPECT_TRUE(pages.back().contains(app->data.surname));
    }
    EXPECT_EQ(greek.data.surname.front().script(), QChar::Script_Greek);
    EXPECT_EQ(bulgarian.data.surname.front().script(), QChar::Script_Cyrillic);
}

TEST_F(ApplicationPdf, FormShowsTheDeclaredDataAndWhatIsMissing) {
    struct Expectation {
        DemoCase demoCase;
        QStringList shown;
    };
    const std::vector<Expectation> table = {
        {DemoCase::EducationAndExperienceUnknown,
         {"Highest level of education (not stated)",
          "Years of professional experience (not stated)"}},
        {DemoCase::SecondaryWith29Years,
         {"Secondary education attested by a diploma", "Years of professional experience 2.9"}},
        {DemoCase::LaureateWithoutReserveList, {"Reserve list (not stated)"}},
        {DemoCase::LanguagesViaNative, {"Portuguese (PT): native", "English (EN): B2"}},
        {DemoCase::DualNational, {"Nationality US, MT"}},
        {DemoCase::NonEuNationalOnly, {"Nationality CH", "External candidate"}},
    };
    for (const auto& row : table) {
        SCOPED_TRACE(str(sp::demoCaseKey(row.demoCase)));
        const QStringList pages =
            pageTexts(sp::writeApplicationPdf(withCase(*apps, row.demoCase), vacancy()));
        ASSERT_FALSE(pages.isEmpty());
        const QString form = flat(pages.back());
        for (const auto& text : row.shown)
            EXPECT_TRUE(form.contains(text)) << str(text) << " in " << str(form);
    }
}

TEST_F(ApplicationPdf, PageCountCanBeForcedForBenchmarks) {
    const auto& app = apps->front();
    for (int count : {3, 5, 12, 20}) {
        const QStringList pages = pageTexts(sp::writeApplicationPdf(app, vacancy(), count));
        ASSERT_EQ(pages.size(), count);
        EXPECT_TRUE(flat(pages.back()).startsWith(QStringLiteral("Application form")));
        EXPECT_TRUE(pages[count - 2].contains(QStringLiteral("Selected projects")) || count == 3);
    }
    EXPECT_EQ(pageTexts(sp::writeApplicationPdf(app, vacancy(), 1)).size(), 3);
}

// The case file identifies a PDF by its SHA-256, so the same seed must give the same bytes: the
// creation date QPdfWriter would stamp is the time the application was sent.
TEST_F(ApplicationPdf, SameApplicationGivesTheSameBytesDatedWhenItWasSent) {
    const auto& app = withCase(*apps, DemoCase::ReceivedAtDeadline);
    const QByteArray pdf = sp::writeApplicationPdf(app, vacancy());
    EXPECT_EQ(pdf, sp::writeApplicationPdf(app, vacancy()));
    EXPECT_TRUE(pdf.contains("/CreationDate (D:20250430100000")) << pdf.left(400).toStdString();
    EXPECT_EQ(pageTexts(pdf).size(), sp::applicationPdfPageCount(app));

    const auto& again = withCase(*apps, DemoCase::DuplicateApplication);
    EXPECT_NE(sp::writeApplicationPdf(again, vacancy()), pdf) << "a duplicate by e-mail only";
}

TEST(ApplicationPdfPages, CvLengthVariesFromTwoToFivePages) {
    std::set<int> lengths;
    for (const auto& app : sp::makeDemoApplications(vacancy(), 60, 3)) {
        const QStringList pages = pageTexts(sp::writeApplicationPdf(app, vacancy()));
        ASSERT_EQ(pages.size(), app.profile.cvPages + 1) << str(app.data.reference);
        lengths.insert(app.profile.cvPages);
    }
    EXPECT_EQ(lengths, (std::set<int>{2, 3, 4, 5}));
}

TEST(DemoFolder, WritesTheCsvAndOnePdfPerApplication) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto apps = sp::makeDemoApplications(vacancy(), 60, 20250430);
    QElapsedTimer timer;
    timer.start();
    sp::writeDemoFolder(dir.filePath(QStringLiteral("demo")), apps, vacancy());
    const qint64 elapsed = timer.elapsed();
    RecordProperty("milliseconds_for_60_applications", int(elapsed));
    std::cout << "writeDemoFolder, 60 applications: " << elapsed << " ms\n";

    QFile csv(dir.filePath(QStringLiteral("demo/applications.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll(), sp::demoApplicationsCsv(apps));
    const QStringList pdfs = QDir(dir.filePath(QStringLiteral("demo/pdfs")))
                                 .entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    ASSERT_EQ(pdfs.size(), 60);
    EXPECT_EQ(pdfs.front(), QStringLiteral("APP-0001.pdf"));
    EXPECT_EQ(pdfs.back(), QStringLiteral("APP-0060.pdf"));
    QFile last(dir.filePath(QStringLiteral("demo/pdfs/APP-0060.pdf")));
    ASSERT_TRUE(last.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pageTexts(last.readAll()).front().contains(apps.back().data.surname));
}

TEST(DemoFolder, UnwritablePlaceIsAFailureNamingThePath) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    try {
        sp::writeDemoFolder(blocker, sp::makeDemoApplications(vacancy(), 2, 1), vacancy());
        FAIL() << "no error";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::Failure);
        EXPECT_TRUE(e.message().contains(blocker)) << str(e.message());
    }
}

} // namespace
