#include "io/shortlist_export.h"

#include "io/csv_writer.h"

#include <QHash>
#include <QSet>

namespace sp {

namespace {

// The candidates by reference: a search of the list for each row would cost n² at 20,000 rows.
class CandidatesByReference {
public:
    explicit CandidatesByReference(const std::vector<Candidate>& candidates) {
        index_.reserve(static_cast<qsizetype>(candidates.size()));
        for (const auto& c : candidates)
            index_.insert(c.application.reference, &c);
    }
    const Candidate* find(const QString& reference) const { return index_.value(reference); }

private:
    QHash<QString, const Candidate*> index_;
};

ShortlistExportRow rowOf(const RankedCandidate& ranked, const CandidatesByReference& candidates,
                         const QString& status) {
    ShortlistExportRow row;
    row.rank = ranked.rank;
    row.tied = ranked.tied;
    row.reference = ranked.candidate;
    row.tier = ranked.tierLabel;
    row.total = ranked.complete ? ranked.total : std::nullopt;
    row.status = status;
    if (const Candidate* candidate = candidates.find(ranked.candidate)) {
        row.surname = candidate->application.surname;
        row.givenNames = candidate->application.givenNames;
        row.email = candidate->application.email;
    }
    return row;
}

// Shortlist::entry searches the list: once per row would cost n² at 20,000 rows.
QSet<QString> invitedOf(const Shortlist& shortlist) {
    QSet<QString> invited;
    for (const auto& entry : shortlist.entries)
        if (entry.invited)
            invited.insert(entry.candidate);
    return invited;
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
    const QSet<QString> invited = invitedOf(shortlist);
    const CandidatesByReference byReference(candidates);
    std::vector<ShortlistExportRow> rows;
    for (const auto& ranked : ranking)
        if (invited.contains(ranked.candidate))
            rows.push_back(rowOf(ranked, byReference, QStringLiteral("invited")));
    return rows;
}

std::vector<ShortlistExportRow> rankingExport(const std::vector<RankedCandidate>& ranking,
                                              const Shortlist& shortlist,
                                              const std::vector<Candidate>& candidates) {
    const QSet<QString> invited = invitedOf(shortlist);
    const CandidatesByReference byReference(candidates);
    std::vector<ShortlistExportRow> rows;
    rows.reserve(ranking.size());
    for (const auto& ranked : ranking)
        rows.push_back(rowOf(ranked, byReference,
                             invited.contains(ranked.candidate) ? QStringLiteral("invited")
                             : !ranked.complete                 ? QStringLiteral("incomplete")
                                                                : QStringLiteral("not invited")));
    return rows;
}

std::vector<ShortlistExportRow> interviewExport(const std::vector<FinalCandidate>& ranking,
                                                const std::vector<Candidate>& candidates) {
    const CandidatesByReference byReference(candidates);
    std::vector<ShortlistExportRow> rows;
    for (const auto& c : ranking)
        rows.push_back(rowOf(c.ranked, byReference,
                             !c.ranked.complete ? QStringLiteral("incomplete")
                             : c.suitable       ? QStringLiteral("suitable")
                                                : QStringLiteral("not suitable")));
    return rows;
}

std::vector<ShortlistExportRow> finalExport(const std::vector<FinalCandidate>& ranking,
                                            const QString& recommended,
                                            const std::vector<Candidate>& candidates) {
    const CandidatesByReference byReference(candidates);
    std::vector<ShortlistExportRow> rows;
    for (const auto& c : ranking)
        if (c.suitable)
            rows.push_back(rowOf(c.ranked, byReference,
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
