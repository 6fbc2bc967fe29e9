#pragma once

#include "domain/grid.h"
#include "domain/panel.h"
#include "domain/problem.h"
#include "domain/vacancy.h"

#include <QString>
#include <QStringList>
#include <boost/container/flat_map.hpp>
#include <vector>

namespace sp {

// A sheet's marks by criterion id, in id order. Kept in one block rather than a node per mark: a
// ranking at 20,000 candidates visits two million marks, and a tree's nodes were most of its time
// and memory.
using Marks = boost::container::flat_map<QString, int>;

// Whether an action is allowed and, when refused, why (in words for the panel).
struct Permission {
    bool allowed = false;
    QString reason;                // English, "first; second"; empty when allowed
    std::vector<Problem> problems; // the same, for the window to translate

    static Permission allow() { return {true, {}, {}}; }
    static Permission refuse(const Problem& problem) { return refuse(std::vector{problem}); }
    static Permission refuse(std::vector<Problem> problems) {
        QString reason = englishOf(problems);
        return {false, std::move(reason), std::move(problems)};
    }
    // A reason not worth translating: shown as it is.
    static Permission refuse(const QString& reason) { return refuse(Problem::verbatim(reason)); }
};

// One member's marks for one candidate at one stage: saved as a draft, then submitted. Once
// submitted the sheet is final: the member has seen the others' marks, and a change after that
// would no longer be an independent mark (a disagreement is settled by a consensus mark).
struct MarkSheet {
    QString member;    // PanelMember::id
    QString candidate; // the candidate's reference
    Stage stage = Stage::Preselection;
    Marks marks; // criterion id -> mark 0..maxMark
    QString comment;
    bool submitted = false;
};

// The sheet of a member for a candidate and stage, nullptr if none.
const MarkSheet* findSheet(const std::vector<MarkSheet>& sheets, const QString& member,
                           const QString& candidate, Stage stage);

// Only a chair or member on the panel, with the grid frozen, who does not abstain for the
// candidate.
// "preselection: certifications=3 experience=2; comment: ...; submitted": how a sheet reads in
// the record.
QString markSheetText(const MarkSheet& sheet);

Permission canMark(const QString& member, const QString& candidate, Stage stage,
                   GridState gridState, const std::vector<PanelMember>& panel,
                   const std::vector<Conflict>& conflicts);

// Unknown criterion (or one of the other stage), mark outside 0..maximum; on a submitted sheet
// also every criterion of the stage left unmarked. A draft may be partial.
std::vector<Problem> markProblems(const MarkSheet& sheet, const std::vector<Criterion>& criteria);
QStringList validateMarks(const MarkSheet& sheet,
                          const std::vector<Criterion>& criteria); // English

// Saving (as a draft or submitted) the sheet: canMark, the member's sheet for the candidate and
// stage not already submitted, and validateMarks. The reason lists every problem.
Permission canSave(const MarkSheet& sheet, const std::vector<MarkSheet>& existing,
                   GridState gridState, const std::vector<Criterion>& criteria,
                   const std::vector<PanelMember>& panel, const std::vector<Conflict>& conflicts);

// Whether the viewer may see the others' marks for the candidate at the stage and the results
// consolidated from them:
// - a chair or member after submitting their own sheet for that candidate and stage (every
//   member marks alone, as in conference review systems); drafts of others are never shown;
// - a member who abstains for the candidate: never;
// - the secretary, who does not mark: the consolidated results only, once every expected marker
//   has submitted, and never the individual marks. The stricter choice, because individual marks
//   never leave the panel (Annex III, Art. 6) and the secretary prepares what does leave it; and
//   a result shown before every member has submitted could reach a member who has not.
Permission canSeeMarks(const QString& viewer, const QString& candidate, Stage stage,
                       const std::vector<PanelMember>& panel, const std::vector<MarkSheet>& sheets,
                       const std::vector<Conflict>& conflicts);
Permission canSeeConsolidated(const QString& viewer, const QString& candidate, Stage stage,
                              const std::vector<PanelMember>& panel,
                              const std::vector<MarkSheet>& sheets,
                              const std::vector<Conflict>& conflicts);

// The sheets for the candidate and stage the viewer may read: their own (draft or submitted),
// and the others' submitted ones when canSeeMarks allows.
std::vector<MarkSheet> visibleSheets(const QString& viewer, const QString& candidate, Stage stage,
                                     const std::vector<PanelMember>& panel,
                                     const std::vector<MarkSheet>& sheets,
                                     const std::vector<Conflict>& conflicts);

// Only the chair, not abstaining for the candidate, once every expected marker has submitted:
// a consensus mark follows the panel's discussion of the submitted marks.
Permission canRecordConsensus(const QString& member, const QString& candidate, Stage stage,
                              const std::vector<PanelMember>& panel,
                              const std::vector<MarkSheet>& sheets,
                              const std::vector<Conflict>& conflicts);

// The expected markers (panel.h) of the candidate who have not submitted their sheet for the
// stage, in panel order.
QStringList pendingMarkers(const QString& candidate, Stage stage,
                           const std::vector<PanelMember>& panel,
                           const std::vector<MarkSheet>& sheets,
                           const std::vector<Conflict>& conflicts);

} // namespace sp
