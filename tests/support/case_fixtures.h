#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sp {
class CaseFile;
}

namespace sp::test {

// A small real PDF (QPdfWriter) with the given number of pages, each showing `text`.
QByteArray makePdf(int pages, const QString& text);

// Writes DIR/applications.csv with the given data rows under the standard header, and returns
// its path. Each row is the cells after `reference` in header order.
QString writeCsv(const QString& dir, const QString& name, const QStringList& rows,
                 const QString& header = QString());
QString standardHeader();

// Imports `count` valid candidates (Müller, Papadopoulou, Ivanova, ...) with their PDFs into the
// case file through the real import path; returns their references.
QStringList importSample(CaseFile& caseFile, const QString& dir, int count);

} // namespace sp::test
