#pragma once

#include <QByteArray>
#include <QStringList>
#include <functional>

namespace sp {

class CaseFile;

// The text of each page of a PDF, as Qt Pdf extracts it; empty if it cannot be opened.
QStringList pdfPageTexts(const QByteArray& bytes);

// Called after each batch with the PDFs indexed so far and how many there are to index; return
// false to stop (what is indexed stays indexed, the rest is indexed next time).
using IndexProgress = std::function<bool(int done, int total)>;

// Fills the case file's search index (CaseFile::searchApplications) with the text of every
// application PDF not indexed yet: after an import, after an upgrade to a version with the index,
// after an erasure emptied it. Run by whoever opens the file for writing with Qt Pdf at hand (the
// import, demo and upgrade commands, the window). Returns how many PDFs it indexed.
int indexApplicationTexts(CaseFile& caseFile, const IndexProgress& progress = {});

} // namespace sp
