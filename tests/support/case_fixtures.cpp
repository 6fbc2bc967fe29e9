#include "support/case_fixtures.h"

#include "casefile/case_file.h"
#include "domain/error.h"
#include "io/application_import.h"
#include "pdf/pdf_inspector.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

namespace sp::test {

QByteArray makePdf(int pages, const QString& text) {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(72, 72, QStringLiteral("%1 (page %2)").arg(text).arg(i + 1));
        }
    }
    return bytes;
}

QString standardHeader() {
    return QStringLiteral("reference,surname,given_names,email,nationalities,received_at,category,"
                          "reserve_list,education,experience_years,languages,pdf");
}

QString writeCsv(const QString& dir, const QString& name, const QStringList& rows,
                 const QString& header) {
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Failure, path);
    f.write((header.isEmpty() ? standardHeader() : header).toUtf8() + "\n");
    for (const auto& row : rows)
        f.write(row.toUtf8() + "\n");
    return path;
}

QStringList importSample(CaseFile& caseFile, const QString& dir, int count) {
    static const QStringList people = {
        "Müller,Jürgen,juergen.mueller@example.eu,DE",
        "Papadopoulou,Ελένη,eleni.papadopoulou@example.eu,GR",
        "Иванова,Мария,maria.ivanova@example.eu,BG",
        "Łukasiewicz,Zofia,zofia.lukasiewicz@example.eu,PL",
        "Ó Súilleabháin,Seán,sean.osullivan@example.eu,IE",
    };
    const QString pdfDir = QDir(dir).filePath(QStringLiteral("sample-pdfs"));
    QDir().mkpath(pdfDir);
    QStringList rows;
    for (int i = 0; i < count; ++i) {
        const QString person = people[i % people.size()];
        const QString file = QStringLiteral("sample-%1.pdf").arg(i + 1);
        QFile pdf(QDir(pdfDir).filePath(file));
        pdf.open(QIODevice::WriteOnly);
        pdf.write(makePdf(1 + i % 3, person + QString::number(i)));
        pdf.close();
        QStringList cells = person.split(',');
        if (i >= people.size())
            cells[2] = QStringLiteral("extra%1.").arg(i) + cells[2];
        rows << QStringLiteral(",%1,%2,%3,%4,2025-04-2%5T10:00:00Z,external,,post_secondary,4.5,"
                               "en:C1 fr:B2,%6")
                    .arg(cells[0], cells[1], cells[2], cells[3])
                    .arg(i % 9)
                    .arg(file);
    }
    const QString csv = writeCsv(dir, QStringLiteral("sample.csv"), rows);
    ImportPlan plan =
        prepareImport(csv, pdfDir, caseFile.applications().existingApplications(), pdfChecker());
    if (!plan.problems.empty())
        throw Error(ErrorKind::BadInput, plan.problems.front().toString());
    const auto outcome = caseFile.applications().importApplications(plan);
    QStringList references;
    for (const auto& r : outcome.references)
        references << r;
    return references;
}

} // namespace sp::test
