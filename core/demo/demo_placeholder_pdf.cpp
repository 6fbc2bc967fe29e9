#include "demo/demo_placeholder_pdf.h"

#include "demo/demo_names.h"

#include <QStringList>
#include <vector>

namespace sp {

namespace {

// A PDF literal string: printable ASCII with ( ) \ escaped.
QByteArray pdfText(const QString& text) {
    QByteArray out;
    for (QChar c : asciiTransliteration(text)) {
        const char ascii = c.toLatin1();
        if (ascii < 0x20 || ascii > 0x7e)
            continue;
        if (ascii == '(' || ascii == ')' || ascii == '\\')
            out += '\\';
        out += ascii;
    }
    return out;
}

QByteArray pageContent(const DemoApplication& application) {
    const ApplicationData& data = application.data;
    const QStringList lines = {
        QStringLiteral("Application %1").arg(data.reference),
        QStringLiteral("%1, %2").arg(data.surname, data.givenNames),
        data.email,
        QStringLiteral("Placeholder PDF of a demo case file (demo --minimal-pdfs)."),
    };
    QByteArray content = "BT /F1 14 Tf 16 TL 72 770 Td\n";
    for (const QString& line : lines)
        content += "(" + pdfText(line) + ") Tj T*\n";
    content += "ET\n";
    return content;
}

} // namespace

QByteArray placeholderApplicationPdf(const DemoApplication& application) {
    const QByteArray content = pageContent(application);
    const std::vector<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "endstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    std::vector<qsizetype> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(qulonglong(i + 1)) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(qulonglong(objects.size() + 1)) + "\n";
    pdf += "0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(qulonglong(objects.size() + 1)) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace sp
