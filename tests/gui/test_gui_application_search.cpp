// "Search all applications" in the window: the PDFs indexed when the case is opened, a query typed
// in the field, a result chosen, its PDF shown at the first hit with the hits highlighted; and the
// geographical balance in the procedure overview.

#include "application_search_pane.h"
#include "casefile/case_file.h"
#include "gui_fixture.h"
#include "gui_test_support.h"
#include "io/application_import.h"
#include "io/builtin_vacancy.h"
#include "pdf/pdf_inspector.h"
#include "pdf_pane.h"
#include "pdf_reader/highlight_overlay.h"
#include "procedure_overview_dialog.h"
#include "support/searchable_applications.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTabWidget>

using sp::test::child;

class GuiApplicationSearchTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingAQueryAndChoosingAResultShowsItsFirstHit();
    void badSyntaxIsExplainedUnderTheField();
    void theOverviewShowsTheGeographicalBalance();

private:
    // As the secretary, a name: this case has no panel.
    std::unique_ptr<sp::ui::MainWindow> openWindow() {
        return gui_.openWindow(path_, sp::test::SignIn::named(QStringLiteral("Sam Secretary")));
    }

    sp::test::GuiFixture gui_;
    QString path_;
};

void GuiApplicationSearchTest::initTestCase() {
    path_ = gui_.path(QStringLiteral("search.selpanel"));
    // Imported through the core, not indexed: the window indexes when it opens the case.
    auto file = sp::CaseFile::create(path_, sp::builtinExampleVacancy());
    const QString csv =
        sp::test::writeApplicants(gui_.path(QString()), sp::test::securityApplicants());
    sp::ImportPlan plan =
        sp::prepareImport(csv, gui_.path(QStringLiteral("pdfs")),
                          file->applications().existingApplications(), sp::pdfChecker());
    QVERIFY(plan.problems.empty());
    file->applications().importApplications(plan);
    QCOMPARE(file->applications().unindexed().size(), size_t(3));
}

void GuiApplicationSearchTest::init() {
    gui_.startTest();
}

void GuiApplicationSearchTest::cleanup() {
    gui_.endTest();
}

void GuiApplicationSearchTest::typingAQueryAndChoosingAResultShowsItsFirstHit() {
    auto window = openWindow();
    QTRY_VERIFY(window->caseFile()->applications().unindexed().empty());
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    sp::test::selectCandidate(*table, QStringLiteral("APP-3"));
    auto* pdf = child<sp::ui::PdfPane>(*window, QStringLiteral("pdfPane"));
    QTRY_VERIFY(pdf->document()->status() == QPdfDocument::Status::Ready);

    auto* field = child<QLineEdit>(*window, QStringLiteral("applicationSearchField"));
    QVERIFY(field->isVisible());
    QCOMPARE(field->placeholderText().left(23), QStringLiteral("Search all applications"));
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("\"threat modelling\""));
    QTest::keyClick(field, Qt::Key_Return);

    auto* results = child<QListWidget>(*window, QStringLiteral("applicationSearchResults"));
    QVERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->text(), QStringLiteral("APP-1 Lefèvre, Given \u2014 page(s) 2, 3"));
    QCOMPARE(child<QLabel>(*window, QStringLiteral("applicationSearchMessage"))->text(),
             QStringLiteral("1 application(s) match."));

    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    QTRY_COMPARE(window->caseFile() ? sp::test::cell(*table->model(), table->currentIndex().row(),
                                                     sp::ui::CandidateTableModel::ReferenceColumn)
                                    : QString(),
                 QStringLiteral("APP-1"));
    QTRY_VERIFY(pdf->document()->status() == QPdfDocument::Status::Ready);
    QCOMPARE(child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->currentWidget(), pdf);
    // The first hit is on page 2 (index 1): shown, and both hits highlighted.
    QTRY_COMPARE(pdf->currentPage(), 1);
    QCOMPARE(int(pdf->hits().size()), 2);
    QCOMPARE(pdf->currentHit(), 0);
    QCOMPARE(pdf->hits()[0].page, 1);
    QCOMPARE(pdf->hits()[1].page, 2);
    QCOMPARE(pdf->hitCounterText(), QStringLiteral("1 of 2"));
    QCOMPARE(pdf->pageText(), QStringLiteral("page 2 of 3"));
    QTest::qWait(300); // the pages rendered, for the screenshot
    QVERIFY(window->grab().save(sp::test::screenshotPath(QStringLiteral("application-search"))));
    // The list of hits, filled while the reader was being shown, holds each hit's wrapped text
    // in its own row.
    const QString overlapping =
        sp::test::rowsNotFitting(*child<QListView>(*pdf, QStringLiteral("pdfHitList")));
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
}

void GuiApplicationSearchTest::badSyntaxIsExplainedUnderTheField() {
    auto window = openWindow();
    auto* field = child<QLineEdit>(*window, QStringLiteral("applicationSearchField"));
    QTest::keyClicks(field, QStringLiteral("\"threat"));
    QTest::keyClick(field, Qt::Key_Return);
    auto* message = child<QLabel>(*window, QStringLiteral("applicationSearchMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("is not closed")),
             qPrintable(message->text()));
    QVERIFY(!child<QListWidget>(*window, QStringLiteral("applicationSearchResults"))->isVisible());
    field->clear();
    QVERIFY(!message->isVisible());
}

void GuiApplicationSearchTest::theOverviewShowsTheGeographicalBalance() {
    auto window = openWindow();
    sp::ui::ProcedureOverviewDialog dialog(*window->caseFile(), window.get());
    const QString balance = dialog.fieldText(QStringLiteral("overviewBalance"));
    // The applicants are French; France is not under-represented in the example vacancy.
    QVERIFY2(balance.contains(QStringLiteral("nationals of AT, CY")), qPrintable(balance));
    QVERIFY2(balance.contains(QStringLiteral("Applied: 0 of 3 (0.0 %)")), qPrintable(balance));
    QVERIFY2(balance.contains(QStringLiteral("Recommended: 0 of 0 (0.0 %)")), qPrintable(balance));
}

SP_GUI_TEST_MAIN(GuiApplicationSearchTest)

#include "test_gui_application_search.moc"
