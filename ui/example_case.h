#pragma once

#include <QString>
#include <memory>

namespace sp {
class CaseFile;
}

namespace sp::ui {

// "Try the example": a case file of the example vacancy with invented candidates, kept in the
// user's documents folder (Documents/Selection Panel) so that it can be found and reopened.
QString exampleCasePath();
// Tests keep the example out of the user's documents.
void setExampleCaseFolder(const QString& folder);

// Creates the example case file at `path`. Throws sp::Error.
std::unique_ptr<CaseFile> createExampleCase(const QString& path);

} // namespace sp::ui
