#pragma once

#include <QMainWindow>
#include <memory>

namespace sp {
class CaseFile;
}

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace sp::ui {

class CandidateFilterModel;
class CandidateTableModel;
class PdfPane;
class ProcedureHeader;

// The window of one case file: the procedure at the top, the candidate list on the left and the
// selected candidate's application PDF on the right. Without a case file it shows a welcome page.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows this case file (nullptr: the welcome page).
    void setCaseFile(std::unique_ptr<CaseFile> caseFile);
    // Opens the file (asking about read-only when it is in use, reporting any failure) and
    // shows it. Keeps the current case file and returns false when it cannot be opened.
    bool openCaseFile(const QString& path);
    CaseFile* caseFile() const { return caseFile_.get(); }

private:
    struct Subscriptions;

    void createActions();
    QWidget* createWelcomePage();
    QWidget* createCaseView();

    void chooseCaseFile();
    void reloadCandidates();
    void showCurrentCandidate();
    void selectFirstRowIfNoneCurrent();
    void fitColumns();
    void balanceSplitter();
    void updateTitle();
    void updateStatus();

    std::unique_ptr<CaseFile> caseFile_;
    std::unique_ptr<Subscriptions> subscriptions_; // after caseFile_: disconnected first

    CandidateTableModel* model_;
    CandidateFilterModel* filterModel_;
    QStackedWidget* pages_;
    QWidget* welcomePage_;
    QWidget* caseView_;
    ProcedureHeader* header_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QTableView* table_ = nullptr;
    QSplitter* splitter_ = nullptr;
    PdfPane* pdfPane_ = nullptr;
    qint64 shownCandidateId_ = -1;
    QLabel* countStatus_;
    QLabel* accessStatus_;
};

} // namespace sp::ui
