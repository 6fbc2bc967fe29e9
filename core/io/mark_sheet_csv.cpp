#include "io/mark_sheet_csv.h"

#include "domain/grid.h"
#include "io/csv_reader.h"
#include "io/csv_writer.h"

#include <map>
#include <set>

namespace sp {

namespace {

const QString referenceColumn = QStringLiteral("reference");
const QString surnameColumn = QStringLiteral("surname");
const QString givenNamesColumn = QStringLiteral("given_names");
const QString commentColumn = QStringLiteral("comment");
// As long as a reference may be (application_fields.h): a longer cell names no candidate, and is
// not echoed.
constexpr int maxReferenceLength = 40;

// The header's columns by index; problems for unknown or repeated ones.
std::map<int, QString> readHeader(const CsvTable& table, const QString& fileName, Stage stage,
                                  const std::vector<Criterion>& stageCriteria,
                                  std::vector<ImportProblem>& problems) {
    std::set<QString> known = {referenceColumn, surnameColumn, givenNamesColumn, commentColumn};
    for (const auto& c : stageCriteria)
        known.insert(c.id);
    std::map<int, QString> columns;
    std::set<QString> seen;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header[i].trimmed();
        if (!known.count(name))
            problems.push_back(ImportProblem::of(
                fileName, table.headerRow, excerpt(name),
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "not a column of the sheet nor a %1 criterion"),
                            stageKey(stage))));
        else if (!seen.insert(name).second)
            problems.push_back(
                ImportProblem::of(fileName, table.headerRow, name,
                                  {QT_TRANSLATE_NOOP("sp::Problem", "the column appears twice")}));
        else
            columns[i] = name;
    }
    if (!seen.count(referenceColumn))
        problems.push_back(ImportProblem::of(
            fileName, table.headerRow, referenceColumn,
            {QT_TRANSLATE_NOOP("sp::Problem", "the sheet has no reference column")}));
    return columns;
}

} // namespace

QByteArray markSheetCsv(const std::vector<MarkSheetLine>& lines, Stage stage,
                        const std::vector<Criterion>& criteria) {
    const std::vector<Criterion> stageCriteria = criteriaOf(criteria, stage);
    CsvWriter csv;
    csv.text(referenceColumn).text(surnameColumn).text(givenNamesColumn);
    for (const auto& c : stageCriteria)
        csv.text(c.id);
    csv.text(commentColumn).endRow();
    for (const auto& line : lines) {
        csv.text(line.reference).text(line.surname).text(line.givenNames);
        for (const auto& c : stageCriteria) {
            auto mark = line.marks.find(c.id);
            if (mark == line.marks.end())
                csv.text(QString());
            else
                csv.number(static_cast<qint64>(mark->second));
        }
        csv.text(line.comment).endRow();
    }
    return csv.data();
}

MarkSheetImport readMarkSheetCsv(const QByteArray& bytes, const QString& fileName,
                                 const QString& member, Stage stage,
                                 const std::vector<Criterion>& criteria) {
    MarkSheetImport result;
    const CsvTable table = readCsv(bytes, fileName);
    if (!table.ok()) {
        result.problems = table.problems;
        return result;
    }
    const std::vector<Criterion> stageCriteria = criteriaOf(criteria, stage);
    const std::map<int, QString> columns =
        readHeader(table, fileName, stage, stageCriteria, result.problems);
    std::set<QString> references;
    for (const auto& record : table.records) {
        ImportedMarkSheet imported;
        imported.row = record.row;
        imported.sheet.member = member;
        imported.sheet.stage = stage;
        for (const auto& [index, name] : columns) {
            // Exactly what the writer wrote: a reference -1 was written '-1.
            const QString written = CsvWriter::restored(record.cells.value(index));
            const QString cell = written.trimmed();
            auto problem = [&, &column = name](Problem message) {
                result.problems.push_back(
                    ImportProblem::of(fileName, record.row, column, std::move(message)));
            };
            if (name == referenceColumn) {
                imported.sheet.candidate = cell;
                if (cell.isEmpty())
                    problem({QT_TRANSLATE_NOOP("sp::Problem", "no candidate reference")});
                else if (cell.size() > maxReferenceLength) {
                    imported.sheet.candidate.clear();
                    problem(Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                          "longer than %1 characters: not a "
                                                          "candidate reference"),
                                        maxReferenceLength));
                } else if (!references.insert(cell).second)
                    problem(Problem::of(
                        QT_TRANSLATE_NOOP("sp::Problem", "%1 appears twice in the sheet"), cell));
            } else if (name == commentColumn) {
                imported.sheet.comment = written;
            } else if (name != surnameColumn && name != givenNamesColumn && !cell.isEmpty()) {
                bool whole = false;
                const int mark = cell.toInt(&whole);
                if (!whole) {
                    problem(
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not a whole number"),
                                    excerpt(cell)));
                    continue;
                }
                // The range check is the marking rules' own, one cell at a time.
                MarkSheet single{member, imported.sheet.candidate, stage, {{name, mark}}, {},
                                 false};
                const std::vector<Problem> invalid = markProblems(single, criteria);
                if (!invalid.empty())
                    // The message without the criterion, which is the column; the window's text
                    // keeps it, as the rules word it.
                    for (const Problem& rule : invalid)
                        result.problems.push_back({fileName, record.row, name,
                                                   rule.english().section(QStringLiteral(": "), 1),
                                                   rule});
                else
                    imported.sheet.marks[name] = mark;
            }
        }
        result.sheets.push_back(imported);
    }
    return result;
}

} // namespace sp
