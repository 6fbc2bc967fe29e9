#pragma once

// Application PDFs holding chosen text, page by page, and their applications CSV: what the tests
// of searching every application search (core and window alike).

#include "support/case_fixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <vector>

namespace sp::test {

// A PDF with one page per string, each line of a string drawn on its own line.
inline QByteArray pagesPdf(const QStringList& pages) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 72;
        for (const auto& line : pages[i].split(u'\n')) {
            painter.drawText(72, y, line);
            y += 20;
        }
    }
    painter.end();
    return bytes;
}

struct Applicant {
    QString surname;
    QStringList pages;
};

// Writes the applicants' CSV and PDFs into DIR (applications.csv, pdfs/) and returns the CSV.
inline QString writeApplicants(const QString& dir, const std::vector<Applicant>& applicants) {
    const QString pdfDir = QDir(dir).filePath(QStringLiteral("pdfs"));
    QDir().mkpath(pdfDir);
    QStringList rows;
    for (size_t i = 0; i < applicants.size(); ++i) {
        const QString file = QStringLiteral("applicant-%1.pdf").arg(i + 1);
        QFile pdf(QDir(pdfDir).filePath(file));
        pdf.open(QIODevice::WriteOnly);
        pdf.write(pagesPdf(applicants[i].pages));
        pdf.close();
        rows << QStringLiteral("APP-%1,%2,Given,applicant%1@example.eu,FR,2025-04-20T10:00:00Z,"
                               "external,,post_secondary,4.5,en:C1 fr:B2,%3")
                    .arg(i + 1)
                    .arg(applicants[i].surname, file);
    }
    return writeCsv(dir, QStringLiteral("applications.csv"), rows);
}

inline std::vector<Applicant> securityApplicants() {
    return {
        {"Lefèvre",
         {"Curriculum vitae: Résumé of François Lefèvre",
          "Certified CompTIA PenTest+ since 2021\nThreat modelling of web applications",
          "Sécurité des systèmes: threat modelling workshops"}},
        {"Novak", {"Curriculum vitae", "OSCP holder; modelling of threat actors"}},
        {"Schmidt", {"Lebenslauf", "Certificate in ISC2 SSCP", "Datenschutz"}},
    };
}

} // namespace sp::test
