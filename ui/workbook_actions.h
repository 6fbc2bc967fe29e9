#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace sp {
class CaseFile;
}

namespace sp::ui {

class EditHistory;

// The File menu's member workbooks and returns (issue 16): thin over CaseFile, each saying in a
// message what it wrote or why not.

// Export member workbooks…: one workbook per member who marks, into a folder the secretary
// chooses ("CASE-workbook-MEMBER.selpanel"). Returns the files written.
QStringList exportMemberWorkbooks(QWidget* parent, const CaseFile& caseFile);
// Return my marks…: in a workbook, the member's signed return, where they choose.
QString returnMyMarks(QWidget* parent, const CaseFile& workbook);
// Import returns…: each return file chosen, one after the other (an import cannot be undone);
// returns how many came in.
int importReturns(QWidget* parent, CaseFile& caseFile, EditHistory& edits);

// While set, no file dialog is shown: the responder gets what is asked ("folder", "return",
// "returns") and answers with the paths.
void setWorkbookPathResponder(std::function<QStringList(const QString& asked)> responder);

} // namespace sp::ui
