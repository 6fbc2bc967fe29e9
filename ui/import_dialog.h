#pragma once

#include "io/application_import.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QMimeData;
class QThread;

namespace sp {
class CaseFile;
}

namespace sp::ui {

class EditHistory;

// Imports applications into the case file: the secretary chooses the CSV file and the folder of
// PDFs, "Check" validates every row and PDF in the background, and "Import" writes the valid
// applications in one transaction (which cannot be undone).
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    // Shows the dialog; true when applications were imported.
    static bool run(QWidget* parent, CaseFile& caseFile, EditHistory& edits,
                    const QString& importedBy, const QString& csvPath = QString());

    ImportDialog(CaseFile& caseFile, EditHistory& edits, const QString& importedBy,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setCsvPath(const QString& path); // also proposes its sibling "pdfs" folder
    void setPdfFolder(const QString& path);
    QString csvPath() const;
    QString pdfFolder() const;
    void setSkipInvalidRows(bool skip);

    // Starts checking the CSV and its PDFs in the background.
    void check();
    void cancelCheck();
    bool isChecking() const { return worker_ != nullptr; }
    // The last finished check, nullptr when none (or it was cancelled).
    const ImportPlan* plan() const { return plan_.get(); }
    int progressValue() const;
    int progressMaximum() const;
    bool canImport() const;
    int importedCount() const { return imported_; }

    // Imports (when allowed) and closes; stays open when the import fails.
    void accept() override;
    void reject() override;

signals:
    void checkFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browseCsv();
    void browsePdfFolder();
    void onProgress(int done, int total);
    void onCheckDone(std::shared_ptr<ImportPlan> plan);
    void showPlan();
    void pathsChanged();
    void updateButtons();
    void stopWorker();

    CaseFile& caseFile_;
    EditHistory& edits_;
    QString importedBy_;
    QLineEdit* csv_;
    QLineEdit* pdfFolder_;
    QPushButton* checkButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* summary_;
    QTableWidget* problems_;
    QTableWidget* warnings_;
    QCheckBox* skipInvalid_;
    QPushButton* importButton_;
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    std::unique_ptr<ImportPlan> plan_;
    int imported_ = 0;
};

// Whether a drag carries one local CSV file; its path, or empty.
QString droppedCsvPath(const QMimeData* mime);

} // namespace sp::ui
