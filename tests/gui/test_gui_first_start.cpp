// First start: with no case file open the window offers every way in (open, new from a vacancy,
// the recent files, the example) and "Try the example" gives a filled list at once.

#include "casefile/case_file.h"
#include "example_case.h"
#include "gui_fixture.h"
#include "pdf_pane.h"
#include "procedure_header.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QTableView>
#include <sys/stat.h>

using sp::test::child;
using sp::ui::MainWindow;

namespace {

ino_t inodeOf(const QString& path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

class GuiFirstStartTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeOffersEveryWayIn();
    void tryTheExampleFillsTheList();
    void exampleIsReopenedNotMadeAgain();
    void recentCaseFileOpensWithOneClick();
    void newCaseFromTheWelcomePage();

private:
    std::unique_ptr<MainWindow> showWindow() { return gui_.showWindow(); }

    sp::test::GuiFixture gui_{sp::test::GuiFixture::Settings::Fresh};
};

void GuiFirstStartTest::initTestCase() {
    sp::ui::setExampleCaseFolder(gui_.path(QStringLiteral("Documents/Selection Panel")));
}

void GuiFirstStartTest::init() {
    gui_.startTest(sp::test::GuiFixture::MessageBoxes::Fail);
    sp::test::signInAs(sp::test::SignIn::named(QStringLiteral("New User")));
}

void GuiFirstStartTest::cleanup() {
    gui_.endTest();
}

void GuiFirstStartTest::welcomeOffersEveryWayIn() {
    auto window = showWindow();
    QVERIFY(child<QWidget>(*window, QStringLiteral("welcomePage"))->isVisible());
    QCOMPARE(child<QPushButton>(*window, QStringLiteral("welcomeOpenButton"))->text(),
             QStringLiteral("Open case file…"));
    QCOMPARE(child<QPushButton>(*window, QStringLiteral("welcomeNewButton"))->text(),
             QStringLiteral("New case from a vacancy…"));
    auto* example = child<QPushButton>(*window, QStringLiteral("welcomeExampleButton"));
    QCOMPARE(example->text(), QStringLiteral("Try the example"));
    QVERIFY(example->isVisible() && example->isEnabled());
    QVERIFY(child<QLabel>(*window, QStringLiteral("welcomeNoRecent"))->isVisible());
    QVERIFY(!child<QListWidget>(*window, QStringLiteral("welcomeRecentList"))->isVisible());
    QVERIFY(window->grab().save(sp::test::screenshotPath(QStringLiteral("first-start"))));
}

void GuiFirstStartTest::tryTheExampleFillsTheList() {
    auto window = showWindow();
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("welcomeExampleButton")),
                      Qt::LeftButton);

    QVERIFY(window->caseFile());
    const QString path = sp::ui::exampleCasePath();
    QCOMPARE(window->caseFile()->path(), path);
    QVERIFY(path.startsWith(gui_.path(QStringLiteral("Documents/Selection Panel/"))));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("CLIMA-COM-2025-814-example.selpanel"));
    QVERIFY(!child<QWidget>(*window, QStringLiteral("welcomePage"))->isVisible());
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 30);
    auto* header = child<sp::ui::ProcedureHeader>(*window, QStringLiteral("procedureHeader"));
    QCOMPARE(header->referenceText(), QStringLiteral("CLIMA/COM/2025/814"));
    QCOMPARE(window->windowTitle(),
             QStringLiteral("CLIMA-COM-2025-814-example.selpanel \u2014 Selection Panel"));

    // The first candidate's application is shown, as for any case file.
    auto* pdf = child<sp::ui::PdfPane>(*window, QStringLiteral("pdfPane"));
    QTRY_COMPARE(pdf->document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(!pdf->isShowingMessage());
    QVERIFY(pdf->pageText().startsWith(QStringLiteral("page 1 of ")));
    // Pages are drawn in the background: text appears on the page once it is.
    auto* view = child<QPdfView>(*window, QStringLiteral("pdfView"));
    QTRY_VERIFY(sp::test::inkPixelCount(view->viewport()->grab().toImage()) > 200);
    QVERIFY(window->grab().save(sp::test::screenshotPath(QStringLiteral("example-case"))));
}

void GuiFirstStartTest::exampleIsReopenedNotMadeAgain() {
    const QString path = sp::ui::exampleCasePath();
    QVERIFY(QFileInfo::exists(path)); // made by the test above
    const ino_t made = inodeOf(path);
    auto window = showWindow();
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("welcomeExampleButton")),
                      Qt::LeftButton);
    QVERIFY(window->caseFile());
    QCOMPARE(window->caseFile()->path(), path);
    QCOMPARE(child<QTableView>(*window, QStringLiteral("candidateTable"))->model()->rowCount(), 30);
    QCOMPARE(inodeOf(path), made); // the same file, not one made again in its place
}

void GuiFirstStartTest::recentCaseFileOpensWithOneClick() {
    auto window = showWindow();
    QVERIFY(!window->caseFile());
    auto* recent = child<QListWidget>(*window, QStringLiteral("welcomeRecentList"));
    QVERIFY(recent->isVisible());
    QVERIFY(!child<QLabel>(*window, QStringLiteral("welcomeNoRecent"))->isVisible());
    QCOMPARE(recent->count(), 1);
    QVERIFY(
        recent->item(0)->text().startsWith(QStringLiteral("CLIMA-COM-2025-814-example.selpanel")));
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {},
                      recent->visualItemRect(recent->item(0)).center());
    QVERIFY(window->caseFile());
    QCOMPARE(window->caseFile()->path(), sp::ui::exampleCasePath());
}

void GuiFirstStartTest::newCaseFromTheWelcomePage() {
    const QString path = gui_.path(QStringLiteral("new"));
    auto window = showWindow();
    // The real dialog: the example vacancy is chosen at first; a path without the extension gets
    // it.
    auto driven = sp::test::whenShown("newCaseDialog", [&](QDialog& dialog) {
        auto* casePath = child<QLineEdit>(dialog, QStringLiteral("newCasePath"));
        casePath->clear();
        QTest::keyClicks(casePath, path);
        sp::test::clickButton(dialog, QStringLiteral("Create"));
    });
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("welcomeNewButton")),
                      Qt::LeftButton);
    QVERIFY(*driven);
    QVERIFY(window->caseFile());
    QCOMPARE(window->caseFile()->path(), path + QLatin1String(sp::CaseFile::Extension));
    QCOMPARE(child<QTableView>(*window, QStringLiteral("candidateTable"))->model()->rowCount(), 0);
}

SP_GUI_TEST_MAIN(GuiFirstStartTest)

#include "test_gui_first_start.moc"
