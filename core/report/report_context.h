#pragma once

#include "casefile/case_file.h"
#include "report/report_document.h"
#include "report/report_language.h"

#include <QHash>
#include <optional>
#include <vector>

// What every section of the selection report reads from the case, read once. Consolidated
// results only: nothing here holds a member's own marks or comments.
namespace sp::report {

struct ReportContext {
    ReportContext(const CaseFile& caseFile, const ReportText& text);

    const CaseFile& caseFile;
    const ReportText& text;
    const Vacancy& vacancy;
    std::vector<ScreenedCandidate> screened; // by reference
    std::vector<PanelMember> panel;
    std::vector<RecordEntry> record;
    GridState gridState = GridState::Draft;
    std::vector<RankedCandidate> preselection;
    std::optional<Shortlist> shortlist; // none when the thresholds give no shortlist
    std::vector<FinalCandidate> finalRanking;
    RecommendationState recommendation;

    QString t(const char* source) const { return text.t(source); }
    // "CLIMA-0001 Müller, Jürgen"
    QString candidateName(const QString& reference) const;
    // The member's name as the panel knows them; the id itself when not on the panel.
    QString memberName(const QString& id) const;
    QString roleName(Role role) const;
    QString tierName(int tierRank) const;
    QString rankText(const RankedCandidate& ranked) const; // "2", "2 (tie)", "not fully marked"
    QString when(const QDateTime& utc) const;              // in the procedure's time zone
    QString yesNo(bool yes) const;

    // Whether a stage has results to report.
    bool preselectionReached() const;
    bool interviewReached() const;

private:
    QHash<QString, qsizetype> position_; // reference -> index in screened
};

// The sections, in the report's order.
Section vacancySection(const ReportContext& c);
Section panelSection(const ReportContext& c);
Section gridSection(const ReportContext& c);
Section screeningSection(const ReportContext& c);
Section shortlistSection(const ReportContext& c);
Section interviewSection(const ReportContext& c);
Section finalRankingSection(const ReportContext& c);
Section recommendationSection(const ReportContext& c);
Section balanceSection(const ReportContext& c);
Section signaturesSection(const ReportContext& c);

} // namespace sp::report
