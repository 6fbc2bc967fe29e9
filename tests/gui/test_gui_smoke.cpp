#include "candidate_list_pane.h"
#include "candidate_table_model.h"
#include "casefile/case_file.h"
#include "eligibility_pane.h"
#include "gui_test_support.h"
#include "io/builtin_vacancy.h"
#include "main_window.h"
#include "pdf_pane.h"
#include "procedure_header.h"
#include "sign_in_dialog.h"
#include "support/case_fixtures.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPdfView>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

QString screenshotPath(const QString& name) {
    QDir().mkpath(QStringLiteral(SP_SCREENSHOT_DIR));
    return QStringLiteral(SP_SCREENSHOT_DIR "/%1.png").arg(name);
}

template <typename T> T* child(const QWidget& window, const char* name) {
    T* found = window.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString cellText(const QTableView& table, int row, int column) {
    return table.model()->index(row, column).data().toString();
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
    QString copyOfDemo(const QString& name) const;
    // Empty when it cannot be created (the reason is logged).
    QString sampleCaseFile(const QString& name, int candidates) const;

    QString accentsPath_; // five candidates with accented and non-Latin names

    QTemporaryDir dir_;
    QString demoPath_;
    std::unique_ptr<sp::test::PromptRecorder> prompts_;
};

void GuiSmokeTest::initTestCase() {
    QVERIFY(dir_.isValid());
    demoPath_ = dir_.filePath(QStringLiteral("CLIMA-COM-2025-814-demo.selpanel"));
    const QString failure = sp::test::createDemoCaseFile(demoPath_, 20, 7);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    accentsPath_ = sampleCaseFile(QStringLiteral("accents"), 5);
    QVERIFY(!accentsPath_.isEmpty());
}

void GuiSmokeTest::cleanup() {
    prompts_.reset();
}

void GuiSmokeTest::init() {
    // A message box nobody expected is answered "No" and fails the test below.
    prompts_ = std::make_unique<sp::test::PromptRecorder>(QMessageBox::No);
    // Opening a case file asks who is using the program: a name, as for a file without panel.
    sp::ui::SignInDialog::setResponder(
        [](const std::vector<sp::PanelMember>&, const sp::ui::SessionUser&) {
            return std::optional<sp::ui::SessionUser>(
                sp::ui::SessionUser{QString(), QStringLiteral("Test User"), std::nullopt});
        });
}

QString GuiSmokeTest::copyOfDemo(const QString& name) const {
    const QString path = dir_.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(demoPath_, path))
        qFatal("cannot copy the demo case file");
    return path;
}

QString GuiSmokeTest::sampleCaseFile(const QString& name, int candidates) const {
    const QString path = dir_.filePath(name + QLatin1String(sp::CaseFile::Extension));
    try {
        auto caseFile = sp::CaseFile::create(path, sp::builtinExampleVacancy());
        const QString inputs = dir_.filePath(name + QStringLiteral("-inputs"));
        QDir().mkpath(inputs);
        sp::test::importSample(*caseFile, inputs, candidates);
    } catch (const std::exception& e) {
        qWarning("cannot create the sample case file %s: %s", qPrintable(path), e.what());
        return {};
    }
    return path;
}

void GuiSmokeTest::withoutCaseFileShowsWelcomePage() {
    sp::ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Selection Panel"));
    QVERIFY(child<QWidget>(window, "welcomePage")->isVisible());
    QVERIFY(!child<QTableView>(window, "candidateTable")->isVisible());
    QVERIFY(window.grab().save(screenshotPath(QStringLiteral("welcome-page"))));
}

void GuiSmokeTest::showsDemoProcedureAndCandidates() {
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(demoPath_));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

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
    QVERIFY(prompts_->requests().empty());
}

// Typing in the filter keeps the list sorted; when the candidate shown is filtered out, the first
// one left is shown, and clearing the filter keeps that one.
void GuiSmokeTest::filterThatHidesTheShownCandidateShowsTheFirstOneLeft() {
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(demoPath_));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
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
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << cellText(*table, row, surname);
    for (int row = 1; row < shown.size(); ++row)
        QVERIFY2(QString::localeAwareCompare(shown[row - 1], shown[row]) <= 0,
                 qPrintable(shown.join(QLatin1String(", "))));
}

void GuiSmokeTest::sortsByClickedColumn() {
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(demoPath_));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = child<QTableView>(window, "candidateTable");
    const int surname = sp::ui::CandidateTableModel::SurnameColumn;

    clickHeader(*table, surname);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), surname);
    const Qt::SortOrder first = table->horizontalHeader()->sortIndicatorOrder();
    clickHeader(*table, surname);
    QCOMPARE_NE(table->horizontalHeader()->sortIndicatorOrder(), first);
    if (table->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
        clickHeader(*table, surname);

    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << cellText(*table, row, surname);
    for (int row = 1; row < shown.size(); ++row)
        QVERIFY2(QString::localeAwareCompare(shown[row - 1], shown[row]) <= 0,
                 qPrintable(shown.join(QLatin1String(", "))));
    QCOMPARE_NE(shown.first(), shown.last());
}

void GuiSmokeTest::filterNarrowsTheList() {
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(demoPath_));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
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
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(accentsPath_));
    window.show();
    auto* table = child<QTableView>(window, "candidateTable");

    QTest::keyClicks(child<QLineEdit>(window, "candidateFilter"), typed);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cellText(*table, 0, sp::ui::CandidateTableModel::SurnameColumn), expectedSurname);
}

void GuiSmokeTest::showsSelectedCandidatesPdfAndScreenshot() {
    sp::ui::MainWindow window;
    window.resize(1400, 860);
    QVERIFY(window.openCaseFile(demoPath_));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
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
    alone.showPdf(window.caseFile()->pdf(id), QStringLiteral("reference"));
    QTRY_VERIFY_WITH_TIMEOUT(pageIsRendered(alone), 15000);
    auto* aloneView = child<QPdfView>(alone, "pdfView");
    // QPdfView may show a page rendered for a slightly different size, scaled: compare the look.
    const auto difference = [&] {
        return sp::test::lookDifference(view->viewport()->grab().toImage(),
                                        aloneView->viewport()->grab().toImage());
    };
    QTRY_VERIFY2_WITH_TIMEOUT(difference() < 3, qPrintable(QString::number(difference())), 10000);
    QVERIFY(prompts_->requests().empty());
}

void GuiSmokeTest::receivedTimeShownInBrusselsTime() {
    // importSample's first candidate arrived at 10:00 UTC in April: 12:00 in Brussels (CEST).
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(accentsPath_));
    auto* table = child<QTableView>(window, "candidateTable");
    const QString received = cellText(*table, 0, sp::ui::CandidateTableModel::ReceivedColumn);
    QVERIFY2(received.contains(QStringLiteral("12:00:00")), qPrintable(received));
}

void GuiSmokeTest::refreshesWhenCandidatesAreImported() {
    const QString path = sampleCaseFile(QStringLiteral("growing"), 3);
    QVERIFY(!path.isEmpty());
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(path));
    window.show();
    auto* table = child<QTableView>(window, "candidateTable");
    QCOMPARE(table->model()->rowCount(), 3);
    const QString current = cellText(*table, table->currentIndex().row(), 0);

    const QString inputs = dir_.filePath(QStringLiteral("growing-more"));
    QDir().mkpath(inputs);
    QVERIFY_THROWS_NO_EXCEPTION(sp::test::importSample(*window.caseFile(), inputs, 2));

    QTRY_COMPARE(table->model()->rowCount(), 5);
    QCOMPARE(child<sp::ui::ProcedureHeader>(window, "procedureHeader")->candidateCountText(),
             QStringLiteral("5"));
    QCOMPARE(child<QLabel>(window, "candidateCountStatus")->text(), QStringLiteral("5 candidates"));
    QCOMPARE(cellText(*table, table->currentIndex().row(), 0), current);
}

void GuiSmokeTest::lockedCaseFileOpensReadOnlyWhenUserAgrees() {
    const QString path = copyOfDemo(QStringLiteral("in-use.selpanel"));
    sp::test::WriterLockHolder colleague;
    const QString failure = colleague.start(path);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    prompts_->setAnswer(QMessageBox::Yes);
    sp::ui::MainWindow window;
    QVERIFY(window.openCaseFile(path));

    QCOMPARE(prompts_->requests().size(), size_t(1));
    QCOMPARE(prompts_->requests()[0].icon, QMessageBox::Question);
    QVERIFY2(prompts_->requests()[0].text.contains(QStringLiteral("read-only")),
             qPrintable(prompts_->requests()[0].text));
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
    const QString path = copyOfDemo(QStringLiteral("in-use-declined.selpanel"));
    sp::test::WriterLockHolder colleague;
    const QString failure = colleague.start(path);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    prompts_->setAnswer(QMessageBox::No);
    sp::ui::MainWindow window;
    QVERIFY(!window.openCaseFile(path));
    QCOMPARE(prompts_->requests().size(), size_t(1));
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
    const QString path = dir_.filePath(name);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    sp::ui::MainWindow window;
    QVERIFY(!window.openCaseFile(path));
    QCOMPARE(prompts_->requests().size(), size_t(1));
    const sp::ui::PromptRequest& shown = prompts_->requests()[0];
    QCOMPARE(shown.icon, QMessageBox::Critical);
    QVERIFY2(shown.text.contains(name), qPrintable(shown.text));
    QCOMPARE(window.caseFile(), nullptr);
}

// The integrity check runs after the list is shown (it reads the whole file): a damaged page it
// finds is reported, and the case file closed before anything more is written to it.
void GuiSmokeTest::damagedPageIsFoundAfterOpeningAndTheFileClosed() {
    const QString path = copyOfDemo(QStringLiteral("damaged-page.selpanel"));
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
    QTRY_COMPARE_WITH_TIMEOUT(prompts_->requests().size(), size_t(1), 15000);
    const sp::ui::PromptRequest& shown = prompts_->requests()[0];
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

int main(int argc, char** argv) {
    if (argc == 3 && qstrcmp(argv[1], "--hold-writer-lock") == 0)
        return sp::test::holdWriterLock(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qWarning("gui_smoke: no display; using the offscreen platform (run under xvfb-run -a)");
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // remembered sign-ins stay out of the user's settings
    QApplication app(argc, argv);
    GuiSmokeTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_smoke.moc"
