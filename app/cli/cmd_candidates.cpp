#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "io/candidate_listing.h"
#include "io/csv_writer.h"

#include <algorithm>

namespace sp::cli {

namespace {

// The columns a person reads in a terminal; --csv gives them all.
const QStringList tableColumns = {"reference",      "surname", "given_names", "nationalities",
                                  "received_local", "tier",    "status"};

void printTable(const CandidateListing& listing) {
    std::vector<int> indexes;
    std::vector<qsizetype> widths;
    for (const auto& name : tableColumns) {
        indexes.push_back(static_cast<int>(listing.header.indexOf(name)));
        widths.push_back(name.size());
    }
    for (const auto& row : listing.rows)
        for (size_t i = 0; i < indexes.size(); ++i)
            widths[i] = std::max(widths[i], row[indexes[i]].size());
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += cells[i].leftJustified(widths[static_cast<size_t>(i)] + 2);
        out("{}\n", str(line.trimmed()));
    };
    printRow(tableColumns);
    for (const auto& row : listing.rows) {
        QStringList cells;
        for (int index : indexes)
            cells << row[index];
        printRow(cells);
    }
}

} // namespace

Command candidatesCommand() {
    static const QCommandLineOption csv(QStringLiteral("csv"),
                                        QStringLiteral("Write CSV (UTF-8 with BOM) with every "
                                                       "column instead of a table."));
    return {"candidates", "List the candidates of a case file.", "CASE [--csv]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOption(csv);
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                const auto listing =
                    candidateListing(caseFile->screening().all(), caseFile->vacancy());
                if (p.isSet(csv)) {
                    CsvWriter writer;
                    writer.row(listing.header);
                    for (const auto& row : listing.rows)
                        writer.row(row);
                    writeStdout(writer.data());
                } else {
                    printTable(listing);
                    err("{} candidate(s)\n", listing.rows.size());
                }
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
