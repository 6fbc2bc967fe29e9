#include "casefile/case_file.h"
#include "casefile/record_as_seen.h"
#include "cli/commands_list.h"
#include "cli/output.h"
#include "cli/sign_in.h"
#include "domain/error.h"
#include "io/record_listing.h"

#include <algorithm>

namespace sp::cli {

namespace {

// Long before/after texts are cut in the table; --csv gives them whole.
QString cell(const QString& text) {
    const QString line = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.size() > 60 ? line.left(57) + QStringLiteral("...") : line;
}

void printTable(const std::vector<RecordEntry>& entries) {
    const QStringList header = recordHeader();
    std::vector<QStringList> rows;
    std::vector<qsizetype> widths;
    for (const auto& name : header)
        widths.push_back(name.size());
    for (const auto& entry : entries) {
        QStringList row;
        for (const auto& text : recordRow(entry))
            row << cell(text);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[static_cast<size_t>(i)] =
                std::max(widths[static_cast<size_t>(i)], row[i].size());
        rows.push_back(row);
    }
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += cells[i].leftJustified(widths[static_cast<size_t>(i)] + 2);
        out("{}\n", str(line.trimmed()));
    };
    printRow(header);
    for (const auto& row : rows)
        printRow(row);
}

} // namespace

Command recordCommand() {
    static const QCommandLineOption candidate(QStringLiteral("candidate"),
                                              QStringLiteral("Only the entries about REF."),
                                              QStringLiteral("REF"));
    static const QCommandLineOption member(
        QStringLiteral("member"),
        QStringLiteral("Only the entries by ID (their marks show only --as ID)."),
        QStringLiteral("ID"));
    static const QCommandLineOption as(
        QStringLiteral("as"),
        QStringLiteral("Read as the panel member ID may: their own marks, and the others' once "
                       "the rules allow. Without it, no member's marks or comments are shown."),
        QStringLiteral("ID"));
    static const QCommandLineOption csv(QStringLiteral("csv"),
                                        QStringLiteral("Write CSV (UTF-8 with BOM), texts whole."));
    return {"record",
            "Print the record of every change (oldest first), as a table or CSV. Members' "
            "individual marks and comments show only --as a member the rules let see them.",
            "CASE [--candidate REF] [--member ID] [--as ID] [--csv]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
                p.addOptions({candidate, member, as, csv, passphraseFileOption()});
            },
            [](const QCommandLineParser& p) {
                const QString path = positionals(p, 1, "CASE")[0];
                auto caseFile = openCase(path, CaseFile::Access::ReadOnly);
                if (p.isSet(candidate) && !caseFile->applications().candidate(p.value(candidate)))
                    throw Error(ErrorKind::NotFound,
                                QStringLiteral("no candidate %1").arg(p.value(candidate)));
                const QString reader = p.value(as);
                if (p.isSet(as) && !findMember(caseFile->panel().members(), reader))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--as %1: no such panel member").arg(reader));
                if (p.isSet(as))
                    signInToRead(*caseFile, reader, p);
                const auto entries =
                    recordAsSeenBy(*caseFile, reader, p.value(candidate), p.value(member));
                if (p.isSet(csv)) {
                    writeStdout(recordCsv(entries));
                } else {
                    printTable(entries);
                    err("{} entr{}\n", entries.size(), entries.size() == 1 ? "y" : "ies");
                }
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
