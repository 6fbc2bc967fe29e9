#pragma once

#include "io/application_import.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace sp {

// Opens the bytes as a PDF with QtPdf and returns its page count, or why it cannot be read:
// "is empty", "is not a PDF", "is damaged (...)" or "is password-protected". The messages
// follow the file name: "cv.pdf: is not a PDF".
std::variant<int, QString> inspectPdf(const QByteArray& bytes);

// inspectPdf as the checker prepareImport needs.
PdfChecker pdfChecker();

} // namespace sp
