#include "fuzz/fuzz_checks.h"

#include "domain/error.h"
#include "domain/marking_rules.h"
#include "io/builtin_vacancy.h"
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/mark_sheet_csv.h"
#include "io/vacancy_json.h"

#include <exception>

namespace sp::fuzz {

namespace {

const QString csvName = QStringLiteral("fuzz.csv");
const QString jsonName = QStringLiteral("fuzz.json");

QString checkProblems(const std::vector<ImportProblem>& problems, const QString& fileName) {
    for (const auto& p : problems) {
        if (p.file != fileName)
            return QStringLiteral("a problem names the file '%1'").arg(p.file);
        if (p.message.isEmpty() || p.row < 0)
            return QStringLiteral("a problem without message or with a negative row: ") +
                   p.toString();
    }
    return {};
}

// The rows a reader finds in what CsvWriter writes for them: text neutralised against formula
// injection, and a row of one empty cell written as an empty line, which a reader skips.
std::vector<QStringList> expectedAfterRewrite(const CsvTable& table) {
    std::vector<QStringList> rows;
    auto add = [&rows](const QStringList& cells) {
        QStringList neutralised;
        for (const auto& cell : cells)
            neutralised << CsvWriter::neutralised(cell);
        if (neutralised != QStringList{QString()})
            rows.push_back(neutralised);
    };
    add(table.header);
    for (const auto& record : table.records)
        add(record.cells);
    return rows;
}

QString checkRewrite(const CsvTable& table) {
    CsvWriter writer;
    writer.row(table.header);
    for (const auto& record : table.records)
        writer.row(record.cells);
    const CsvTable again = readCsv(writer.data(), csvName);
    const std::vector<QStringList> expected = expectedAfterRewrite(table);
    if (expected.empty())
        return again.ok() ? QStringLiteral("an empty table written and read back has rows")
                          : QString();
    if (!again.ok())
        return QStringLiteral("the table written by CsvWriter cannot be read back: ") +
               again.problems.front().toString();
    std::vector<QStringList> actual{again.header};
    for (const auto& record : again.records)
        actual.push_back(record.cells);
    if (actual != expected)
        return QStringLiteral("the table written by CsvWriter reads back different cells");
    return {};
}

template <typename Parse> QString catchEverything(Parse parse) {
    try {
        return parse();
    } catch (const Error& e) {
        return QStringLiteral("unexpected sp::Error: ") + e.message();
    } catch (const std::exception& e) {
        return QStringLiteral("exception: ") + QString::fromUtf8(e.what());
    } catch (...) {
        return QStringLiteral("an exception that is not a std::exception");
    }
}

} // namespace

QString checkCsvReader(const QByteArray& bytes) {
    return catchEverything([&bytes]() -> QString {
        const CsvTable table = readCsv(bytes, csvName);
        if (!table.ok()) {
            if (!table.header.isEmpty() || !table.records.empty())
                return QStringLiteral("a file with problems still gives cells");
            return checkProblems(table.problems, csvName);
        }
        if (table.header.isEmpty() || table.headerRow < 1)
            return QStringLiteral("a file read without problems has no header");
        int previous = table.headerRow;
        for (const auto& record : table.records) {
            if (record.row <= previous)
                return QStringLiteral("row %1 follows row %2").arg(record.row).arg(previous);
            previous = record.row;
        }
        return checkRewrite(table);
    });
}

QString checkVacancyJson(const QByteArray& bytes) {
    return catchEverything([&bytes]() -> QString {
        Vacancy vacancy;
        try {
            vacancy = parseVacancyJson(bytes, jsonName);
        } catch (const Error& e) {
            if (e.kind() != ErrorKind::BadInput)
                return QStringLiteral("rejected as other than bad input: ") + e.message();
            if (!e.message().startsWith(jsonName + QStringLiteral(": ")))
                return QStringLiteral("the message does not start with the file name: ") +
                       e.message();
            return {};
        }
        // Accepted: its file form must be accepted too, and give the same file form again.
        const QByteArray written = vacancyToJson(vacancy);
        const QByteArray rewritten = vacancyToJson(parseVacancyJson(written, jsonName));
        if (rewritten != written)
            return QStringLiteral("the vacancy does not survive writing and reading back");
        return {};
    });
}

QString checkMarkSheetCsv(const QByteArray& bytes) {
    return catchEverything([&bytes]() -> QString {
        const std::vector<Criterion>& criteria = builtinExampleVacancy().criteria;
        const QString member = QStringLiteral("member-1");
        for (const Stage stage : {Stage::Preselection, Stage::Interview}) {
            const MarkSheetImport imported =
                readMarkSheetCsv(bytes, csvName, member, stage, criteria);
            if (QString why = checkProblems(imported.problems, csvName); !why.isEmpty())
                return why;
            for (const auto& [row, sheet] : imported.sheets) {
                if (row < 2 || sheet.member != member || sheet.stage != stage || sheet.submitted)
                    return QStringLiteral("row %1: the sheet is not the member's draft").arg(row);
                // Cells with a problem are left out, so what is imported must be valid.
                if (const QStringList invalid = validateMarks(sheet, criteria); !invalid.isEmpty())
                    return QStringLiteral("row %1: imported invalid marks: %2")
                        .arg(row)
                        .arg(invalid.join(QStringLiteral("; ")));
            }
        }
        return {};
    });
}

const std::vector<Target>& targets() {
    static const std::vector<Target> all = {
        {"csv_reader", checkCsvReader},
        {"vacancy_json", checkVacancyJson},
        {"mark_sheet_csv", checkMarkSheetCsv},
    };
    return all;
}

} // namespace sp::fuzz
