#include "casefile/case_file.h"
#include "gui_fixture.h"
#include "import_dialog.h"
#include "pdf_pane.h"
#include "recent_files.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <algorithm>

using sp::ui::ImportDialog;
using sp::ui::MainWindow;

namespace {

constexpr int demoCandidates = 12;
constexpr int checkTimeoutMs = 120'000;

// What the import dialog showed when the test drove it.
struct ImportSeen {
    bool driven = false;
    int progressValue = -1;
    int progressMaximum = -1;
    int problems = -1;
    int warnings = -1;
    bool importEnabled = false;
    int imported = -1;
};

// Drives the real import dialog once it is shown.
std::shared_ptr<bool> whenImportShown(std::function<void(ImportDialog&)> drive) {
    return sp::test::whenShown<ImportDialog>(QStringLiteral("importDialog"), std::move(drive));
}

} // namespace

class GuiWorkflowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createImportFilterReadSearch();
    void cancelledImportLeavesCaseEmpty();
    void droppedCsvFileOpensTheImport();
    void windowSizesPersistPerUser();
    void recentFilesForgetMissingFilesAndKeepEight();

private:
    std::unique_ptr<MainWindow> showWindow() { return gui_.showWindow(); }
    QString newCaseThroughMenu(MainWindow& window, const QString& name);

    sp::test::GuiFixture gui_{sp::test::GuiFixture::Settings::Fresh};
    QString csvPath_;
    QString pdfFolder_;
};

void GuiWorkflowTest::initTestCase() {
    const QString folder = gui_.path(QStringLiteral("inputs"));
    QProcess demo;
    demo.start(QStringLiteral(SP_APP_BINARY),
               {QStringLiteral("demo"), gui_.path(QStringLiteral("scratch.selpanel")),
                QStringLiteral("--candidates"), QString::number(demoCandidates),
                QStringLiteral("--folder"), folder});
    QVERIFY(demo.waitForFinished(120'000));
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    csvPath_ = folder + QStringLiteral("/applications.csv");
    pdfFolder_ = folder + QStringLiteral("/pdfs");
    QVERIFY(QFileInfo::exists(csvPath_));
}

void GuiWorkflowTest::init() {
    gui_.startTest(sp::test::GuiFixture::MessageBoxes::Fail);
    sp::test::signInAs(sp::test::SignIn::named(QStringLiteral("Secretary")));
}

void GuiWorkflowTest::cleanup() {
    gui_.endTest();
}

// File > New case, the real dialog answered with the built-in example vacancy and this name.
QString GuiWorkflowTest::newCaseThroughMenu(MainWindow& window, const QString& name) {
    const QString path = gui_.path(name + QLatin1String(sp::CaseFile::Extension));
    auto driven = sp::test::whenShown("newCaseDialog", [&](QDialog& dialog) {
        sp::test::child<QLineEdit>(dialog, QStringLiteral("newCasePath"))->setText(path);
        sp::test::clickButton(dialog, QStringLiteral("Create"));
    });
    sp::test::child<QAction>(window, QStringLiteral("newCaseAction"))->trigger();
    if (!*driven)
        qFatal("the new case dialog was not shown");
    return path;
}

void GuiWorkflowTest::createImportFilterReadSearch() {
    auto window = showWindow();
    const QString casePath = newCaseThroughMenu(*window, QStringLiteral("workflow"));
    QVERIFY(window->caseFile());
    QCOMPARE(window->caseFile()->path(), casePath);
    QCOMPARE(window->caseFile()->vacancy().reference, QStringLiteral("CLIMA/COM/2025/814"));
    QVERIFY(window->caseFile()->applications().candidates().empty());

    ImportSeen seen;
    whenImportShown([&](ImportDialog& dialog) {
        seen.driven = true;
        dialog.setCsvPath(csvPath_); // the PDF folder beside it is proposed
        dialog.check();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), checkTimeoutMs);
        seen.progressValue = dialog.progressValue();
        seen.progressMaximum = dialog.progressMaximum();
        seen.problems =
            sp::test::child<QTableWidget>(dialog, QStringLiteral("importProblems"))->rowCount();
        seen.warnings =
            sp::test::child<QTableWidget>(dialog, QStringLiteral("importWarnings"))->rowCount();
        seen.importEnabled =
            sp::test::child<QPushButton>(dialog, QStringLiteral("importButton"))->isEnabled();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(sp::test::screenshotPath(QStringLiteral("import"))));
        dialog.accept();
        seen.imported = dialog.importedCount();
    });
    QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier);
    if (!seen.driven) // no active window under this X server: the menu does the same
        sp::test::child<QAction>(*window, QStringLiteral("importAction"))->trigger();
    QVERIFY(seen.driven);
    QCOMPARE(seen.progressMaximum, demoCandidates);
    QCOMPARE(seen.progressValue, demoCandidates);
    QCOMPARE(seen.problems, 0);
    QVERIFY(seen.warnings > 0); // the demo holds a probable duplicate
    QVERIFY(seen.importEnabled);
    QCOMPARE(seen.imported, demoCandidates);

    auto* table = sp::test::child<QTableView>(*window, QStringLiteral("candidateTable"));
    QTRY_COMPARE(table->model()->rowCount(), demoCandidates);
    QCOMPARE(int(window->caseFile()->applications().candidates().size()), demoCandidates);

    // Filter by one candidate's surname.
    // Typed with keys: a surname in Latin letters (QTest types no others).
    const std::vector<sp::Candidate> candidates = window->caseFile()->applications().candidates();
    const auto latin = std::find_if(candidates.begin(), candidates.end(), [](const auto& c) {
        const QString surname = c.application.surname;
        return std::all_of(surname.begin(), surname.end(),
                           [](QChar ch) { return ch.unicode() < 0x80 && ch.isLetter(); });
    });
    QVERIFY(latin != candidates.end());
    const sp::Candidate chosen = *latin;
    auto* filter = sp::test::child<QLineEdit>(*window, QStringLiteral("candidateFilter"));
    QTest::keyClicks(filter, chosen.application.surname);
    QTRY_VERIFY(table->model()->rowCount() < demoCandidates);
    QVERIFY(sp::test::rowOf(*table, chosen.application.reference) >= 0);

    // Open its PDF, then find a word on every page with Ctrl+F and go to the next with F3.
    sp::test::selectCandidate(*table, chosen.application.reference);
    auto* pdf = sp::test::child<sp::ui::PdfPane>(*window, QStringLiteral("pdfPane"));
    QTRY_VERIFY(pdf->pageText().contains(QLatin1String("1")));
    QVERIFY(pdf->messageText().isEmpty());
    // Ctrl+F from the candidate list searches the PDF being read; from another tab too.
    auto* search = sp::test::child<QLineEdit>(*pdf, QStringLiteral("pdfSearch"));
    auto* tabs = sp::test::child<QTabWidget>(*window, QStringLiteral("assessmentTabs"));
    tabs->setCurrentIndex(
        tabs->indexOf(sp::test::child<QWidget>(*window, QStringLiteral("eligibilityPane"))));
    table->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(tabs->currentWidget(), pdf);
    table->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Page"));
    // "Page 1 of N" at the foot of every page; the search runs once the typing pauses.
    QTRY_VERIFY(pdf->hits().size() >= 2);
    QCOMPARE(pdf->currentHit(), 0);
    QTest::keyClick(search, Qt::Key_F3);
    QCOMPARE(pdf->currentHit(), 1);
    QCOMPARE(pdf->hitCounterText(), QStringLiteral("2 of %1").arg(pdf->hits().size()));

    // The new case file is the first recent file, in the menu too.
    QCOMPARE(sp::ui::RecentFiles::list().value(0), casePath);
    auto* recent = sp::test::child<QMenu>(*window, QStringLiteral("recentMenu"));
    emit recent->aboutToShow();
    QVERIFY(!recent->actions().isEmpty());
    QCOMPARE(recent->actions().front()->data().toString(), casePath);
}

void GuiWorkflowTest::cancelledImportLeavesCaseEmpty() {
    auto window = showWindow();
    newCaseThroughMenu(*window, QStringLiteral("cancelled"));
    QVERIFY(window->caseFile());

    bool importEnabledAfterCancel = true;
    QString summary;
    auto driven = whenImportShown([&](ImportDialog& dialog) {
        dialog.setCsvPath(csvPath_);
        dialog.setPdfFolder(pdfFolder_);
        dialog.check();
        QVERIFY(dialog.isChecking());
        dialog.cancelCheck();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), checkTimeoutMs);
        QVERIFY(!dialog.plan());
        importEnabledAfterCancel = dialog.canImport();
        summary = sp::test::child<QLabel>(dialog, QStringLiteral("importSummary"))->text();
        dialog.accept(); // refused: nothing was checked
        QCOMPARE(dialog.importedCount(), 0);
        dialog.reject();
    });
    window->importApplications();
    QVERIFY(*driven);
    QVERIFY(!importEnabledAfterCancel);
    QVERIFY2(summary.contains(QLatin1String("cancelled")), qPrintable(summary));
    QApplication::processEvents();
    QVERIFY(window->caseFile()->applications().candidates().empty());
    QCOMPARE(
        sp::test::child<QTableView>(*window, QStringLiteral("candidateTable"))->model()->rowCount(),
        0);
}

void GuiWorkflowTest::droppedCsvFileOpensTheImport() {
    auto window = showWindow();
    newCaseThroughMenu(*window, QStringLiteral("dropped"));
    QString offeredCsv;
    QString offeredFolder;
    auto driven = whenImportShown([&](ImportDialog& dialog) {
        offeredCsv = dialog.csvPath();
        offeredFolder = dialog.pdfFolder();
        dialog.reject();
    });
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csvPath_)});
    const QPoint centre = window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QTRY_VERIFY(*driven);
    QCOMPARE(offeredCsv, csvPath_);
    QCOMPARE(offeredFolder, pdfFolder_); // the "pdfs" folder beside the CSV file

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(gui_.path(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(centre, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void GuiWorkflowTest::windowSizesPersistPerUser() {
    QList<int> sizes;
    QRect geometry;
    {
        auto window = showWindow();
        newCaseThroughMenu(*window, QStringLiteral("sizes"));
        window->resize(1200, 800);
        auto* splitter = sp::test::child<QSplitter>(*window, QStringLiteral("mainSplitter"));
        QApplication::processEvents();
        splitter->setSizes({300, splitter->width() - 300});
        sizes = splitter->sizes();
        geometry = window->geometry();
        window->close();
    }
    auto window = showWindow();
    QCOMPARE(window->size(), geometry.size());
    const QString recent = sp::ui::RecentFiles::list().value(0);
    QVERIFY(window->openCaseFile(recent));
    QTRY_COMPARE(sp::test::child<QSplitter>(*window, QStringLiteral("mainSplitter"))->sizes(),
                 sizes);
}

void GuiWorkflowTest::recentFilesForgetMissingFilesAndKeepEight() {
    sp::ui::RecentFiles::clear();
    QStringList created;
    for (int i = 0; i < 10; ++i) {
        const QString path = gui_.path(QStringLiteral("recent-%1.selpanel").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        created.prepend(path);
        sp::ui::RecentFiles::add(path);
    }
    QCOMPARE(sp::ui::RecentFiles::list(), created.mid(0, sp::ui::RecentFiles::maximum));
    QVERIFY(QFile::remove(created.front()));
    QCOMPARE(sp::ui::RecentFiles::list(), created.mid(1, sp::ui::RecentFiles::maximum - 1));
    sp::ui::RecentFiles::add(created.at(3)); // again: moves to the top, not listed twice
    QCOMPARE(sp::ui::RecentFiles::list().value(0), created.at(3));
    QCOMPARE(sp::ui::RecentFiles::list().count(created.at(3)), 1);
}

SP_GUI_TEST_MAIN(GuiWorkflowTest)
#include "test_gui_workflow.moc"
