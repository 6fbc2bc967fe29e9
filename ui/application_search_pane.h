#pragma once

#include <QString>
#include <QWidget>
#include <boost/signals2/connection.hpp>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace sp {
class CaseFile;
}

namespace sp::ui {

// "Search all applications", under the candidate list: the text of every application PDF
// (CaseFile::searchApplications), as the signed-in member may see it; each candidate found with
// the pages that match. Choosing one asks the window to show that PDF at its first match with the
// query's first word or phrase highlighted.
class ApplicationSearchPane : public QWidget {
    Q_OBJECT

public:
    explicit ApplicationSearchPane(QWidget* parent = nullptr);
    ~ApplicationSearchPane() override;

    // `viewer` says who is signed in (a panel member's id, or empty) at each search. A case file
    // open for writing whose PDFs are not all indexed is indexed first, with a progress dialog,
    // and again after each import.
    void setCaseFile(CaseFile* caseFile, std::function<QString()> viewer = {});

    QLineEdit* field() const { return field_; }
    QListWidget* results() const { return results_; }
    QString messageText() const;
    void search(const QString& query);

signals:
    // Pages counted from 0; `highlight` is what to look for in the PDF.
    void resultChosen(const QString& reference, int firstPage, const QString& highlight);

private:
    void runSearch();
    void indexPending();
    void choose(int row);

    CaseFile* caseFile_ = nullptr;
    std::function<QString()> viewer_;
    boost::signals2::scoped_connection imported_;
    QLineEdit* field_;
    QLabel* message_;
    QListWidget* results_;
    QString highlight_;
};

} // namespace sp::ui
