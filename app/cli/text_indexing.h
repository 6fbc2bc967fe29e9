#pragma once

#include "casefile/case_file.h"

#include <QString>

namespace sp::cli {

// Fills the case's index of the applications' text (pdf/pdf_text_indexer.h), its progress on
// standard error, and says on standard output how many PDFs of `name` it indexed.
void indexTextsShowingProgress(CaseFile& caseFile, const QString& name);

} // namespace sp::cli
