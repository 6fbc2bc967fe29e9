#pragma once

#include "report/report_document.h"

#include <QByteArray>
#include <QString>

namespace sp::report {

// The document as the HTML subset QTextDocument reads (headings, tables, lists).
QString reportHtml(const Document& document);

// The document laid out on A4 with QTextDocument and printed with QPdfWriter: every page headed
// by the vacancy reference and the marking, and footed by "Page N of M". Needs a QGuiApplication.
struct ReportPdf {
    QByteArray bytes;
    int pages = 0;
};
ReportPdf reportPdf(const Document& document);

} // namespace sp::report
