#include "candidate_list_pane.h"
#include "candidate_table_model.h"
#include "casefile/case_file.h"
#include "eligibility_pane.h"
#include "gui_fixture.h"
#include "io/builtin_vacancy.h"
#include "pdf_pane.h"
#include "procedure_header.h"
#include "support/case_fixtures.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPdfView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <algorithm>

using sp::test::child;
using sp::test::screenshotPath;

namespace {

QString cellText(const QTableView& table, int row, int column) {
    return sp::test::cell(*table.model(), row, column);
}

void clickHeader(QTableView& table, int column) {
    QHeaderView* header = table.horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

// Pages are rendered in the background: text appears on them once they are.
bool pageIsRendered(const QWidget& window) {
    const QPdfView* view = child<QPdfView>(window, "pdfView");
    return sp::test::inkPixelCount(view->viewport()->grab().toImage()) > 200;
}

QStringList surnamesShown(const QTableView& table) {
    QStringList shown;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        shown << cellText(table, row, sp::ui::CandidateTableModel::SurnameColumn);
    return shown;
}

bool isSorted(const QStringList& names) {
    for (int row = 1; row < names.size(); ++row)
        if (QString::localeAwareCompare(names[row - 1], names[row]) > 0)
            return false;
    return true;
}

void clickRow(QTableView& table, int row) {
    const QRect cell = table.visualRect(table.model()->index(row, 1));
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, cell.center());
}

} // namespace

class GuiSmokeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void withoutCaseFileShowsWelcomePage();
    void showsDemoProcedureAndCandidates();
    void sortsByClickedColumn();
    void filterNarrowsTheList();
    void filterThatHidesTheShownCandidateShowsTheFirstOneLeft();
    void filterIgnoresCaseAndAccents_data();
    void filterIgnoresCaseAndAccents();
    void showsSelectedCandidatesPdfAndScreenshot();
    void receivedTimeShownInBrusselsTime();
    void refreshesWhenCandidatesAreImported();
    void lockedCaseFileOpensReadOnlyWhenUserAgrees();
    void lockedCaseFileStaysClosedWhenUserDeclines();
    void unreadableCaseFileIsReportedNotCrashed_data();
    void unreadableCaseFileIsReportedNotCrashed();
    void damagedPageIsFoundAfterOpeningAndTheFileClosed();
    void damagedPdfShowsMessage();

private:
    // Empty when it cannot be created (the reason is logged).
    QString sampleCaseFile(const QString& name, int candidates) const;
    // A copy of the demo case that `colleague` holds open for writing, as another window would.
    QString heldByColleague(sp::test::WriterLockHolder& colleague, const QString& name);
    sp::test::PromptRecorder& prompts() { return gui_.prompts(); }

    sp::test::GuiFixture gui_;
    QString demoPath_;
    QString accentsPath_; // five candidates with accented and non-Latin names
};

void GuiSmokeTest::initTestCase() {
    demoPath_ = gui_.demoCase(QStringLiteral("CLIMA-COM-2025-814-demo.selpanel"));
    accentsPath_ = sampleCaseFile(QStringLiteral("accents"), 5);
    QVERIFY(!accentsPath_.isEmpty());
}

void GuiSmokeTest::init() {
    // A message box nobody expected is answered "No" and fails the test below.
    gui_.startTest();
    // Opening a case file asks who is using the program: a name, as for a file without panel.
    sp::test::signInAs(sp::test::SignIn::named(QStringLiteral("Test User")));
}

void GuiSmokeTest::cleanup() {
    gui_.endTest();
}

QString GuiSmokeTest::heldByColleague(sp::test::WriterLockHolder& colleague, const QString& name) {
    const QString path = gui_.demoCase(name);
    const QString failure = colleague.start(path);
    if (!failure.isEmpty())
        qFatal("%s", qPrintable(failure));
    return path;
}

QString GuiSmokeTest::sampleCaseFile(const QString& name, int candidates) const {
    const QString path = gui_.path(name + QLatin1String(sp::CaseFile::Extension));
    try {
        auto caseFile = sp::CaseFile::create(path, sp::builtinExampleVacancy());
        const QString inputs = gui_.path(name + QStringLiteral("-inputs"));
        QDir().mkpath(inputs);
        sp::test::importSample(*caseFile, inputs, candidates);
    } catch (const std::exception& e) {
        qWarning("cannot create the sample case file %s: %s", qPrintable(path), e.what());
        return {};
    }
    return path;
}

void GuiSmokeTest::withoutCaseFileShowsWelcomePage() {
    const auto shown = gui_.showWindow();
    sp::ui::MainWindow& window = *shown;
    QCOMPARE(window.windowTitle(), QStringLiteral("Selection Panel"));
    QVERIFY(child<QWidget>(window, "welcomePage")->isVisible());
    QVERIFY(!child<QTableView>(window, "candidateTable")->isVisible());
    QVERIFY(window.grab().save(screenshotPath(QStringLiteral("welcome-page"))));
}

void GuiSmokeTest::showsDemoProcedureAndCandidates() {
    const auto opened = gui_.openWindow(demoPath_);
    sp::ui::MainWindow& window = *opened;

    QCOMPARE(window.windowTitle(),
             QStringLiteral("CLIMA-COM-2025-814-demo.selpanel \u2014 Selection Panel"));
    auto* header = child<sp::ui::ProcedureHeader>(window, "procedureHeader");
    QCOMPARE(header->referenceText(), QStringLiteral("CLIMA/COM/2025/814"));
    QVERIFY2(header->deadlineText().contains(QStringLiteral("12:00 CEST (Europe/Brussels)")),
             qPrintable(header->deadlineText()));
    QCOMPARE(header->candidateCountText(), QStringLiteral("20"));
    QCOMPARE(child<QTableView>(window, "candidateTable")->model()->rowCount(), 20);
    QCOMPARE(child<QLabel>(window, "candidateCountStatus")->text(),
             QStringLiteral("20 candidates"));
    QVERIFY(prompts().requests().empty());
}

// Typing in the filter keeps the list sorted; when the candidate shown is filtered out, the first
// one left is shown, and clearing the filter keeps that one.
void GuiSmokeTest::filterThatHidesTheShownCandidateShowsTheFirstOneLeft() {
    const auto opened = gui_.openWindow(demoPath_);
    sp::ui::MainWindow& window = *opened;
    auto* table = child<QTableView>(window, "candidateTable");
    auto* list = window.findChild<sp::ui::CandidateListPane*>();
    QVERIFY(list);
    const int surname = sp::ui::CandidateTableModel::SurnameColumn;
    clickHeader(*table, surname);
    if (table->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
        clickHeader(*table, surname);
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString first = list->currentReference();
    QVERIFY(!first.isEmpty());

    // The last one's reference matches only that candidate.
    const QString other = cellText(*table, table->model()->rowCount() - 1,
                                   sp::ui::CandidateTableModel::ReferenceColumn);
    QVERIFY(other != first);
    QTest::keyClicks(child<QLineEdit>(window, "candidateFilter"), other.toLower());
    QCOMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE(list->currentReference(), other);
    auto* pane = child<sp::ui::EligibilityPane>(window, "eligibilityPane");
    const auto labels = pane->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [&](QLabel* label) { return label->text().startsWith(other); }));

    child<QLineEdit>(window, "candidateFilter")->clear();
    QCOMPARE(table->model()->rowCount(), 20);
    QCOMPARE(list->currentReference(), other);
    const QStringList shown = surnamesShown(*table);
    QVERIFY2(isSorted(shown), qPrintable(shown.join(QLatin1String(", "))));
}

void GuiSmokeTest::sortsByClickedColumn() {
    const auto opened = gui_.openWindow(demoPath_);
    sp::ui::MainWindow& window = *opened;
    auto* table = child<QTableView>(window, "candidateTable");
    const int surname = sp::ui::CandidateTableModel::SurnameColumn;

    clickHeader(*table, surname);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), surname);
    const Qt::SortOrder first = table->horizontalHeader()->sortIndicatorOrder();
    clickHeader(*table, surname);
    QCOMPARE_NE(table->horizontalHeader()->sortIndicatorOrder(), first);
    if (table->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
        clickHeader(*table, surname);

    const QStringList shown = surnamesShown(*table);
    QVERIFY2(isSorted(shown), qPrintable(shown.join(QLatin1String(", "))));
    QCOMPARE_NE(shown.first(), shown.last());
}

void GuiSmokeTest::filterNarrowsTheList() {
    const auto opened = gui_.openWindow(demoPath_);
    sp::ui::MainWindow& window = *opened;
    auto* table = child<QTableView>(window, "candidateTable");
    auto* filter = child<QLineEdit>(window, "candidateFilter");
    // QTest types Latin-1 only: take a surname without accents.
    QString surname;
    for (int row = 0; row < table->model()->rowCount() && surname.isEmpty(); ++row) {
        const QString s = cellText(*table, row, sp::ui::CandidateTableModel::SurnameColumn);
        if (std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 128; }))
            surname = s;
    }
    QVERIFY(!surname.isEmpty());

    QTest::keyClicks(filter, surname.toLower());
    const int shown = table->model()->rowCount();
    QVERIFY(shown >= 1);
    QVERIFY(shown < 20);
    for (int row = 0; row < shown; ++row)
        QVERIFY(cellText(*table, row, sp::ui::CandidateTableModel::SurnameColumn)
                    .contains(surname, Qt::CaseInsensitive) ||
                cellText(*table, row, sp::ui::CandidateTableModel::GivenNamesColumn)
                    .contains(surname, Qt::CaseInsensitive));
    QCOMPARE(child<QLabel>(window, "candidateCountStatus")->text(),
             QStringLiteral("%1 of 20 candidates shown").arg(shown));

    filter->clear();
    QCOMPARE(table->model()->rowCount(), 20);
}

void GuiSmokeTest::filterIgnoresCaseAndAccents_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedSurname");
    QTest::newRow("umlaut") << "muller" << QStringLiteral("Müller");
    QTest::newRow("acute accents, upper case")
        << "SUILLEABHAIN" << QStringLiteral("Ó Súilleabháin");
    QTest::newRow("e-mail") << "zofia.lukasiewicz@" << QStringLiteral("Łukasiewicz");
}

void GuiSmokeTest::filterIgnoresCaseAndAccents() {
    QFETCH(QString, typed);
    QFETCH(QString, expectedSurname);
    const auto opened = gui_.openWindow(accentsPath_);
    sp::ui::MainWindow& window = *opened;
    auto* table = child<QTableView>(window, "candidateTable");

    QTest::keyClicks(child<QLineEdit>(window, "candidateFilter"), typed);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cellText(*table, 0, sp::ui::CandidateTableModel::SurnameColumn), expectedSurname);
}

void GuiSmokeTest::showsSelectedCandidatesPdfAndScreenshot() {
    const auto opened = gui_.openWindow(demoPath_); // 1400 x 860
    sp::ui::MainWindow& window = *opened;
    auto* table = child<QTableView>(window, "candidateTable");
    auto* pane = child<sp::ui::PdfPane>(window, "pdfPane");

    // The first candidate is shown at start.
    QCOMPARE(table->currentIndex().row(), 0);
    QTRY_COMPARE(pane->document()->status(), QPdfDocument::Status::Ready);

    clickRow(*table, 3);
    QCOMPARE(table->currentIndex().row(), 3);
    const QString reference = cellText(*table, 3, sp::ui::CandidateTableModel::ReferenceColumn);
    const int pages = cellText(*table, 3, sp::ui::CandidateTableModel::PagesColumn).toInt();
    QTRY_COMPARE(pane->document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(pane->document()->pageCount() > 0);
    QCOMPARE(pane->document()->pageCount(), pages);
    QCOMPARE(pane->pageText(), QStringLiteral("page 1 of %1").arg(pages));
    QVERIFY(child<QLabel>(window, "pdfCaption")->text().startsWith(reference));

    QTRY_VERIFY_WITH_TIMEOUT(pageIsRendered(window), 15000);
    auto* view = child<QPdfView>(window, "pdfView");

    const QPixmap shot = window.grab();
    const QString path = screenshotPath(QStringLiteral("main-window"));
    QVERIFY2(shot.save(path), qPrintable(path));

    // At this size every column of the list is in view, without scrolling sideways.
    QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
             qPrintable(QStringLiteral("columns %1 px, list %2 px")
                            .arg(table->horizontalHeader()->length())
                            .arg(table->viewport()->width())));
    const QRect pdfArea(view->viewport()->mapTo(&window, QPoint(0, 0)), view->viewport()->size());
    QVERIFY(sp::test::inkPixelCount(shot.toImage().copy(pdfArea)) > 200);

    // What is shown is this candidate's PDF, not a page left over from the first one: a pane
    // of the same size showing only this PDF looks the same.
    sp::ui::PdfPane alone;
    alone.resize(pane->size());
    alone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&alone));
    const qint64 id =
        table->currentIndex().data(sp::ui::CandidateTableModel::CandidateIdRole).toLongLong();
    alone.showPdf(window.caseFile()->applications().pdf(id), QStringLiteral("reference"));
    QTRY_VERIFY_WITH_TIMEOUT(pageIsRendered(alone), 15000);
    auto* aloneView = child<QPdfView>(alone, "pdfView");
    // QPdfView may show a page rendered for a slightly different size, scaled: compare the look.
    const auto difference = [&] {
        return sp::test::lookDifference(view->viewport()->grab().toImage(),
                                        aloneView->viewport()->grab().toImage());
    };
    QTRY_VERIFY2_WITH_TIMEOUT(difference() < 3, qPrintable(QString::number(difference())), 10000);
    QVERIFY(prompts().requests().empty());
}

void GuiSmokeTest::receivedTimeShownInBrusselsTime() {
    // importSample's first candidate arrived at 10:00 UTC in April: 12:00 in Brussels (CEST).
    const auto opened = gui_.openWindow(accentsPath_);
    sp::ui::MainWindow& window = *opened;
    auto* table = child<QTableView>(window, "candidateTable");
    const QString received = cellText(*table, 0, sp::ui::CandidateTableModel::ReceivedColumn);
    QVERIFY2(received.contains(QStringLiteral("12:00:00")), qPrintable(received));
}

void GuiSmokeTest::refreshesWhenCandidatesAreImported() {
    const QString path = sampleCaseFile(QStringLiteral("growing"), 3);
    QVERIFY(!path.isEmpty());
    const auto opened = gui_.openWindow(path);
    sp::ui::MainWindow& window = *opened;
    auto* table = child<QTableView>(window, "candidateTable");
    QCOMPARE(table->model()->rowCount(), 3);
    const QString current = cellText(*table, table->currentIndex().row(), 0);

    const QString inputs = gui_.path(QStringLiteral("growing-more"));
    QDir().mkpath(inputs);
    QVERIFY_THROWS_NO_EXCEPTION(sp::test::importSample(*window.caseFile(), inputs, 2));

    QTRY_COMPARE(table->model()->rowCount(), 5);
    QCOMPARE(child<sp::ui::ProcedureHeader>(window, "procedureHeader")->candidateCountText(),
             QStringLiteral("5"));
    QCOMPARE(child<QLabel>(window, "candidateCountStatus")->text(), QStringLiteral("5 candidates"));
    QCOMPARE(cellText(*table, table->currentIndex().row(), 0), current);
}

void GuiSmokeTest::lockedCaseFileOpensReadOnlyWhenUserAgrees() {
    sp::test::WriterLockHolder colleague;
    const QString path = heldByColleague(colleague, QStringLiteral("in-use.selpanel"));

    prompts().setAnswer(QMessageBox::Yes);
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(path));

    QCOMPARE(prompts().requests().size(), size_t(1));
    QCOMPARE(prompts().requests()[0].icon, QMessageBox::Question);
    QVERIFY2(prompts().requests()[0].text.contains(QStringLiteral("read-only")),
             qPrintable(prompts().requests()[0].text));
    QVERIFY(window.caseFile()->isReadOnly());
    QCOMPARE(window.windowTitle(),
             QStringLiteral("in-use.selpanel \u2014 Selection Panel [read-only]"));
    QCOMPARE(child<QLabel>(window, "accessStatus")->text(), QStringLiteral("Read-only"));
    QCOMPARE(child<QTableView>(window, "candidateTable")->model()->rowCount(), 20);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(pageIsRendered(window), 15000);
    QVERIFY(window.grab().save(screenshotPath(QStringLiteral("read-only"))));
}

void GuiSmokeTest::lockedCaseFileStaysClosedWhenUserDeclines() {
    sp::test::WriterLockHolder colleague;
    const QString path = heldByColleague(colleague, QStringLiteral("in-use-declined.selpanel"));

    prompts().setAnswer(QMessageBox::No);
    sp::ui::MainWindow window;
    QVERIFY(!window.openCaseFile(path));
    QCOMPARE(prompts().requests().size(), size_t(1));
    QCOMPARE(window.caseFile(), nullptr);
    QCOMPARE(window.windowTitle(), QStringLiteral("Selection Panel"));
}

void GuiSmokeTest::unreadableCaseFileIsReportedNotCrashed_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::newRow("not a case file")
        << "notes.selpanel" << QByteArray("meeting notes, not SQLite\n");
    QTest::newRow("missing file") << "missing.selpanel" << QByteArray();
}

void GuiSmokeTest::unreadableCaseFileIsReportedNotCrashed() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = gui_.path(name);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    sp::ui::MainWindow window;
    QVERIFY(!window.openCaseFile(path));
    QCOMPARE(prompts().requests().size(), size_t(1));
    const sp::ui::PromptRequest& shown = prompts().requests()[0];
    QCOMPARE(shown.icon, QMessageBox::Critical);
    QVERIFY2(shown.text.contains(name), qPrintable(shown.text));
    QCOMPARE(window.caseFile(), nullptr);
}

// The integrity check runs after the list is shown (it reads the whole file): a damaged page it
// finds is reported, and the case file closed before anything more is written to it.
void GuiSmokeTest::damagedPageIsFoundAfterOpeningAndTheFileClosed() {
    const QString path = gui_.demoCase(QStringLiteral("damaged-page.selpanel"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(file.size() > 8 * pageSize);
        file.seek(file.size() - 2 * pageSize); // among the stored PDFs
        file.write(QByteArray(pageSize, '\x5a'));
    }
    sp::ui::MainWindow window;
    window.show();
    QVERIFY(window.openCaseFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(prompts().requests().size(), size_t(1), 15000);
    const sp::ui::PromptRequest& shown = prompts().requests()[0];
    QCOMPARE(shown.icon, QMessageBox::Critical);
    QVERIFY2(shown.text.contains(QStringLiteral("damaged-page.selpanel")), qPrintable(shown.text));
    QVERIFY2(shown.text.contains(QStringLiteral("integrity check")), qPrintable(shown.text));
    QCOMPARE(window.caseFile(), nullptr);
    QCOMPARE(window.windowTitle(), QStringLiteral("Selection Panel"));
}

void GuiSmokeTest::damagedPdfShowsMessage() {
    sp::ui::PdfPane pane;
    pane.resize(600, 800);
    pane.show();
    pane.showPdf(QByteArray("%PDF-1.7\nthis PDF was cut short"), QStringLiteral("broken.pdf"));
    QTRY_VERIFY(pane.isShowingMessage());
    QVERIFY2(pane.messageText().contains(QStringLiteral("cannot be displayed")),
             qPrintable(pane.messageText()));
    QVERIFY(pane.grab().save(screenshotPath(QStringLiteral("damaged-pdf"))));

    pane.showPdf(sp::test::makePdf(2, QStringLiteral("fine")), QStringLiteral("fine.pdf"));
    QTRY_COMPARE(pane.document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(!pane.isShowingMessage());
    QCOMPARE(pane.pageText(), QStringLiteral("page 1 of 2"));
}

SP_GUI_TEST_MAIN(GuiSmokeTest)

#include "test_gui_smoke.moc"
