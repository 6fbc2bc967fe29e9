#pragma once

#include "domain/record.h"

#include <QString>
#include <vector>

namespace sp {
class CaseFile;
}

namespace sp::ui {

// The record as `viewer` (a panel member id, or the name of someone not on the panel) may read
// it. Members mark alone: the marks and comments of another member (entries "marks_saved",
// "marks_submitted", "consensus_recorded") show only where the case file lets the viewer see the
// others' marks of that candidate at that stage (CaseFile::visibleMarks); elsewhere their
// before and after texts say they are hidden. Someone not on the panel sees no individual marks.
std::vector<RecordEntry> recordAsSeenBy(std::vector<RecordEntry> entries, const CaseFile& caseFile,
                                        const QString& viewer);

} // namespace sp::ui
