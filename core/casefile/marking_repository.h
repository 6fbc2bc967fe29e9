#pragma once

#include "domain/consolidation.h"
#include "domain/marking_progress.h"
#include "domain/marking_rules.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sp {

class CaseFile;
struct CaseStore;
struct MarkingEvents;
struct ReturnSource; // workbook_identity.h

// What a viewer may see of one candidate's marks at one stage: their own sheet (draft or
// submitted) and, once allowed, the others' submitted sheets.
struct VisibleMarks {
    std::vector<MarkSheet> sheets; // own first, then the others in panel order
    Permission othersVisible;      // why the others' marks are hidden, when they are
};

// Marking: pre-selection marks only for eligible candidates (takesPartInMerit), interview marks
// only for candidates invited on the shortlist. Every change names the acting member and is
// refused (BadInput, saying why) when the rules (marking_rules.h) do not allow it.
class MarkingRepository {
public:
    MarkingRepository(CaseStore& store, const CaseFile& caseFile) : d(&store), case_(&caseFile) {}

    // Whether the member may save marks for the candidate at the stage (canMark and the above).
    Permission permission(const QString& reference, Stage stage, const QString& member) const;
    // Everything that stops the sheet from being saved (empty: it may be saved).
    QStringList sheetProblems(const MarkSheet& sheet) const;
    // Replaces each member's sheet (draft or, with submitted set, final) in one transaction:
    // all or nothing; the refusal lists every problem, each prefixed with the reference.
    // `fromReturn`: the member's signed return the sheets come from (importReturn), recorded
    // with them.
    void saveMarkSheets(const std::vector<MarkSheet>& sheets,
                        const ReturnSource* fromReturn = nullptr);
    // Submits the member's draft as it stands: every criterion of the stage must be marked.
    void submitMarks(const QString& reference, Stage stage, const QString& member);
    // The member's own sheet, if any.
    std::optional<MarkSheet> ownSheet(const QString& reference, Stage stage,
                                      const QString& member) const;
    // What the viewer may see; refused (BadInput) when they abstain or are not on the panel.
    VisibleMarks visibleMarks(const QString& reference, Stage stage, const QString& viewer) const;
    // The chair, once every expected marker has submitted (canRecordConsensus).
    void recordConsensus(const ConsensusMark& consensus, const QString& member);
    // The member's task for every candidate taking part in the stage, by reference (absent: the
    // candidate does not take part).
    QHash<QString, MarkingTask> tasks(Stage stage, const QString& member) const;

    MarkingEvents& events();

private:
    CaseStore* d;
    const CaseFile* case_;
};

} // namespace sp
