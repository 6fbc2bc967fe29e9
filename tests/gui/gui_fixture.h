#pragma once

// What every GUI test stands on: a folder of its own with case files made as users make them,
// message boxes answered and recorded, a window opened on a case signed in as someone, widgets
// found by object name and real dialogs driven by it. A test class holds a GuiFixture, calls
// startTest() in init() and endTest() in cleanup(), and ends with SP_GUI_TEST_MAIN.

#include "candidate_table_model.h"
#include "casefile/case_file.h"
#include "gui_test_support.h"
#include "main_window.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace sp::test {

// ---- Finding widgets by object name ----

template <typename T> T* child(const QObject& parent, const QString& name) {
    T* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}
template <typename T> T* child(const QObject& parent, const char* name) {
    return child<T>(parent, QString::fromLatin1(name));
}

// Where a test saves what it looked at (build/screenshots/NAME.png).
QString screenshotPath(const QString& name);

inline QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

// Opens the window's menu with this title (e.g. "&Edit"), saves a screenshot of the window with
// the menu open as NAME, and closes the menu.
void saveMenuScreenshot(QWidget& window, const QString& menuTitle, const QString& name);

// The row of the list showing the reference, -1 when filtered out.
int rowOf(const QTableView& table, const QString& reference);
// Clicks the candidate's row in the list (fails when it is not shown).
void selectCandidate(QTableView& table, const QString& reference);
// The list's status column for the candidate, empty when filtered out.
QString statusOf(const QTableView& table, const QString& reference);

// ---- Driving real dialogs ----

// Runs `drive` on the dialog named `objectName` as soon as it is shown: a modal dialog's exec()
// then runs the driver from its own event loop. A dialog the driver leaves open is closed
// (rejected), so that a failed check does not leave the test waiting; then the window it came
// from is made active again. Returns whether the dialog was driven, to check afterwards.
std::shared_ptr<bool> whenShown(const QString& objectName,
                                std::function<void(QDialog& dialog)> drive);
template <typename Dialog>
std::shared_ptr<bool> whenShown(const QString& objectName, std::function<void(Dialog&)> drive) {
    return whenShown(objectName, [drive](QDialog& dialog) {
        auto* typed = qobject_cast<Dialog*>(&dialog);
        if (!typed)
            qFatal("%s is not of the expected class", qPrintable(dialog.objectName()));
        drive(*typed);
    });
}
// Clicks the dialog's button with this text (mnemonic '&' ignored), e.g. "OK" or "Create".
void clickButton(QDialog& dialog, const QString& text);

// ---- Who uses the window ----

// A panel member, by id, typing their test passphrase (the first sign-in sets it), or a name
// off the panel.
struct SignIn {
    QString memberId;
    QString name;
    static SignIn member(const QString& id) { return {id, {}}; }
    static SignIn named(const QString& name) { return {{}, name}; }
};

// The passphrase the GUI tests type for each member.
inline QByteArray guiTestPassphrase(const QString& memberId) {
    return "gui test passphrase of " + memberId.toUtf8();
}

// Every sign-in from now on (opening a case, File > Sign in as…) is answered as `who`.
void signInAs(const SignIn& who);

// ---- Cases ----

// The panel of prepareMarking(): chair clara, members anna and bruno, secretary sam.
void addTestPanel(CaseFile& caseFile);
// The test panel, the grid frozen by the chair, and the first `eligible` candidates whose
// pre-check is met decided eligible. Returns those references.
QStringList prepareMarking(const QString& path, int eligible);
// The member submits `mark` on every criterion of the stage, as if typed and submitted.
void submitAll(CaseFile& caseFile, const QString& member, const QString& reference, int mark,
               Stage stage = Stage::Preselection);
// The same, every criterion at its maximum less `below` (never under 0).
void submitNearMax(CaseFile& caseFile, const QString& member, const QString& reference, Stage stage,
                   int below);

class GuiFixture {
public:
    // Fresh: the test program's settings (recent files, window sizes, sign-ins) are cleared now
    // and when it ends, as at a first start.
    enum class Settings { Kept, Fresh };
    explicit GuiFixture(Settings settings = Settings::Kept);
    ~GuiFixture();
    GuiFixture(const GuiFixture&) = delete;
    GuiFixture& operator=(const GuiFixture&) = delete;

    // Whether a message box the test did not ask for fails it (at endTest()).
    enum class MessageBoxes { Answered, Fail };
    // Before each test: message boxes answered "No" (prompts()), nobody signed in yet.
    void startTest(MessageBoxes messageBoxes = MessageBoxes::Answered);
    // After each test: every responder set by a test cleared.
    void endTest();

    // A path in the test program's own folder.
    QString path(const QString& name) const;
    // A copy, named `name`, of a demo case the program made once (`selection-panel demo`).
    QString demoCase(const QString& name, int candidates = 20, int seed = 7);

    PromptRecorder& prompts() { return *prompts_; }

    // A window on the case file, signed in as `who`, shown and active (its shortcuts work).
    std::unique_ptr<ui::MainWindow> openWindow(const QString& casePath, const SignIn& who);
    // The same, the sign-in answered as set before (signInAs, or a responder of the test's).
    std::unique_ptr<ui::MainWindow> openWindow(const QString& casePath);
    // A window without a case file (the welcome page), shown and active.
    std::unique_ptr<ui::MainWindow> showWindow();

private:
    void clearResponders();

    QTemporaryDir dir_;
    std::unique_ptr<PromptRecorder> prompts_;
    MessageBoxes messageBoxes_ = MessageBoxes::Answered;
    Settings settings_;
};

// The test program's main(): `--hold-writer-lock PATH` (WriterLockHolder), the offscreen
// platform without a display, settings and sign-ins kept out of the user's.
int runGuiTest(int& argc, char** argv, const char* name, const std::function<int()>& run);

} // namespace sp::test

#define SP_GUI_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char** argv) {                                                              \
        return sp::test::runGuiTest(argc, argv, #TestClass, [&] {                                  \
            TestClass test;                                                                        \
            return QTest::qExec(&test, argc, argv);                                                \
        });                                                                                        \
    }
