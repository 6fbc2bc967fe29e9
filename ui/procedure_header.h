#pragma once

#include "casefile/workbook_identity.h"
#include "domain/vacancy.h"

#include <QFrame>
#include <memory>

class QGridLayout;
class QLabel;

namespace sp {
class CaseFile;
}

namespace sp::ui {

struct CaseSubscriptions;

// The band at the top of the window naming the procedure: reference, title, service, place,
// grades, deadline and number of candidates.
class ProcedureHeader : public QFrame {
    Q_OBJECT

public:
    explicit ProcedureHeader(QWidget* parent = nullptr);
    ~ProcedureHeader() override;

    void setProcedure(const Vacancy& vacancy, int candidateCount);
    void setCandidateCount(int candidateCount);
    // After setProcedure: the count follows the case's imports by itself (nullptr: stops).
    void follow(CaseFile* caseFile);
    // After setProcedure: a member's workbook says so above everything else: whose, of which
    // case, what it is for.
    void setWorkbook(const std::optional<WorkbookIdentity>& workbook);
    QString workbookText() const; // empty for a case

    QString referenceText() const;
    QString deadlineText() const;
    QString candidateCountText() const;

private:
    QLabel* addDetail(QGridLayout* grid, int column, const QString& caption,
                      const QString& objectName);

    QLabel* reference_;
    QLabel* title_;
    QLabel* organisation_;
    QLabel* grades_;
    QLabel* deadline_;
    QLabel* candidates_;
    QLabel* workbook_;
    int candidateCount_ = 0;
    std::unique_ptr<CaseSubscriptions> subscriptions_;
};

} // namespace sp::ui
