#pragma once

#include "domain/candidate.h"
#include "domain/ranking.h"
#include "domain/recommendation.h"
#include "domain/shortlist.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace sp {

// The results HR receives: consolidated results only, never a member's own marks (Annex III,
// Art. 6). Columns, documented in docs/commands-marking.md:
// rank, tied, reference, surname, given_names, email, tier, total, status.

enum class ExportStage { Preselection, Interview, Final };
QString exportStageKey(ExportStage stage); // "preselection", "interview", "final"
std::optional<ExportStage> exportStageFromKey(const QString& key);

struct ShortlistExportRow {
    std::optional<int> rank; // none while incomplete
    bool tied = false;
    QString reference;
    QString surname;
    QString givenNames;
    QString email;
    QString tier;                // tier label, "1 Commission official"
    std::optional<double> total; // the stage's consolidated weighted total
    QString status; // invited, suitable, not suitable, incomplete, recommended, reserve
};

// Pre-selection: the candidates invited to interview (the shortlist with the panel's
// decisions), in ranking order; status "invited".
std::vector<ShortlistExportRow> preselectionExport(const std::vector<RankedCandidate>& ranking,
                                                   const Shortlist& shortlist,
                                                   const std::vector<Candidate>& candidates);
// A stage's whole ranking (the rank command): every ranked candidate, status "invited" (on the
// shortlist after the panel's decisions), "incomplete" or "not invited".
std::vector<ShortlistExportRow> rankingExport(const std::vector<RankedCandidate>& ranking,
                                              const Shortlist& shortlist,
                                              const std::vector<Candidate>& candidates);
// Interview: every interviewed candidate; status "suitable", "not suitable" or "incomplete".
std::vector<ShortlistExportRow> interviewExport(const std::vector<FinalCandidate>& ranking,
                                                const std::vector<Candidate>& candidates);
// Final: the suitable candidates; "recommended" for the panel's recommendation, the others
// "reserve".
std::vector<ShortlistExportRow> finalExport(const std::vector<FinalCandidate>& ranking,
                                            const QString& recommended,
                                            const std::vector<Candidate>& candidates);

// UTF-8 with BOM, RFC 4180, text cells neutralised; rank and total written as numbers.
QByteArray shortlistExportCsv(const std::vector<ShortlistExportRow>& rows);

} // namespace sp
