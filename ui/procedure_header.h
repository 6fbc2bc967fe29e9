#pragma once

#include "casefile/workbook_identity.h"
#include "domain/vacancy.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace sp::ui {

// The band at the top of the window naming the procedure: reference, title, service, place,
// grades, deadline and number of candidates.
class ProcedureHeader : public QFrame {
    Q_OBJECT

public:
    explicit ProcedureHeader(QWidget* parent = nullptr);

    void setProcedure(const Vacancy& vacancy, int candidateCount);
    void setCandidateCount(int candidateCount);
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
};

} // namespace sp::ui
