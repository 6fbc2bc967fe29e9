#pragma once

#include "domain/record.h"
#include "domain/state_seal.h"

#include <QDialog>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sp {
class CaseFile;
}

namespace sp::ui {

class EditHistory;

class RecordTableModel;

// The record of the procedure, oldest first: who did what, when, to which candidate, before and
// after; filtered by candidate, by member and by text, with the state of its hash chain. "Export
// CSV…" writes the entries shown (one candidate's record for a complaint) and records the export.
// Non-modal; reloads when the case file announces a change, when shown, and on Refresh (F5).
class RecordDialog : public QDialog {
    Q_OBJECT

public:
    // `member` is who reads and exports: the signed-in panel member's id or, off the panel, the
    // name they signed in with. It signs the export in the record and decides which individual
    // marks are shown (casefile/record_as_seen.h). `candidate`, a reference, preselects the filter.
    RecordDialog(CaseFile& caseFile, EditHistory& edits, const QString& member,
                 const QString& candidate = QString(), QWidget* parent = nullptr);
    ~RecordDialog() override;

    void setMember(const QString& member);
    // Shows the record of this candidate (empty: of every candidate).
    void showCandidate(const QString& candidate);
    // Reads the record again from the case file.
    void reload();
    // Asks where (file dialog or the test hook) and writes the entries shown as CSV.
    void exportShown();

    // Tests answer the export file dialog: given the suggested path, the chosen one (empty:
    // cancelled). An empty function shows the file dialog again.
    static void setExportPathResponder(std::function<QString(const QString& suggested)> responder);

    const std::vector<RecordEntry>& shownEntries() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Subscriptions;

    void fillCandidateFilter();
    void fillMemberFilter();
    void applyFilters();
    void showChainState();
    void showSelectedEntry();
    void updateExportButton();
    void scheduleReload();
    QString suggestedExportPath() const;
    QString exportDetail(size_t entries, const QString& fileName) const;

    CaseFile& caseFile_;
    EditHistory& edits_;
    QString member_;
    QString wantedCandidate_; // kept while the combo is refilled
    QString wantedMember_;
    std::vector<RecordEntry> entries_;       // the whole record as the member may read it
    std::vector<StateProblem> changedRows_;  // rows that no longer match the record
    std::vector<RecordProblem> problems_;    // breaks in the hash chain
    std::map<QString, QString> memberNames_; // panel member names by id
    bool reloadPending_ = false;

    RecordTableModel* model_;
    QComboBox* candidateFilter_;
    QComboBox* memberFilter_;
    QLineEdit* textFilter_;
    QLabel* count_;
    QTableView* table_;
    QPlainTextEdit* before_;
    QPlainTextEdit* after_;
    QLabel* chainStatus_;
    QLabel* exportStatus_;
    QPushButton* export_;
    std::unique_ptr<Subscriptions> subscriptions_;
};

} // namespace sp::ui
