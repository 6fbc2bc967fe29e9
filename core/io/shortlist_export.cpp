#include "io/shortlist_export.h"

#include "io/csv_writer.h"

#include <algorithm>

namespace sp {

namespace {

ShortlistExportRow rowOf(const RankedCandidate& ranked, const std::vector<Candidate>& candidates,
                         const QString& status) {
    ShortlistExportRow row;
    row.rank = ranked.rank;
    row.tied = ranked.tied;
    row.reference = ranked.candidate;
    row.tier = ranked.tierLabel;
    row.total = ranked.complete ? ranked.total : std::nullopt;
    row.status = status;
    auto candidate = std::find_if(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.application.reference == ranked.candidate;
    });
    if (candidate != candidates.end()) {
        row.surname = candidate->application.surname;
        row.givenNames = candidate->application.givenNames;
        row.email = candidate->application.email;
    }
    return row;
}

} // namespace

QString exportStageKey(ExportStage stage) {
    switch (stage) {
    case ExportStage::Preselection:
        return QStringLiteral("preselection");
    case ExportStage::Interview:
        return QStringLiteral("interview");
    case ExportStage::Final:
        return QStringLiteral("final");
    }
    return {};
}

std::optional<ExportStage> exportStageFromKey(const QString& key) {
    for (ExportStage stage :
         {ExportStage::Preselection, ExportStage::Interview, ExportStage::Final})
        if (exportStageKey(stage) == key)
            return stage;
    return std::nullopt;
}

std::vector<ShortlistExportRow> preselectionExport(const std::vector<RankedCandidate>& ranking,
                                                   const Shortlist& shortlist,
                                                   const std::vector<Candidate>& candidates) {
    std::vector<ShortlistExportRow> rows;
    for (const auto& ranked : ranking)
        if (const ShortlistEntry* entry = shortlist.entry(ranked.candidate);
            entry && entry->invited)
            rows.push_back(rowOf(ranked, candidates, QStringLiteral("invited")));
    return rows;
}

std::vector<ShortlistExportRow> interviewExport(const std::vector<FinalCandidate>& ranking,
                                                const std::vector<Candidate>& candidates) {
    std::vector<ShortlistExportRow> rows;
    for (const auto& c : ranking)
        rows.push_back(rowOf(c.ranked, candidates,
                             !c.ranked.complete ? QStringLiteral("incomplete")
                             : c.suitable       ? QStringLiteral("suitable")
                                                : QStringLiteral("not suitable")));
    return rows;
}

std::vector<ShortlistExportRow> finalExport(const std::vector<FinalCandidate>& ranking,
                                            const QString& recommended,
                                            const std::vector<Candidate>& candidates) {
    std::vector<ShortlistExportRow> rows;
    for (const auto& c : ranking)
        if (c.suitable)
            rows.push_back(rowOf(c.ranked, candidates,
                                 c.ranked.candidate == recommended ? QStringLiteral("recommended")
                                                                   : QStringLiteral("reserve")));
    return rows;
}

QByteArray shortlistExportCsv(const std::vector<ShortlistExportRow>& rows) {
    CsvWriter csv;
    csv.row({"rank", "tied", "reference", "surname", "given_names", "email", "tier", "total",
             "status"});
    for (const auto& row : rows) {
        if (row.rank)
            csv.number(static_cast<qint64>(*row.rank));
        else
            csv.text(QString());
        csv.text(row.tied ? QStringLiteral("yes") : QString())
            .text(row.reference)
            .text(row.surname)
            .text(row.givenNames)
            .text(row.email)
            .text(row.tier);
        if (row.total)
            csv.number(*row.total, 2);
        else
            csv.text(QString());
        csv.text(row.status).endRow();
    }
    return csv.data();
}

} // namespace sp
