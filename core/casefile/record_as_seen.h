#pragma once

#include "domain/record_visibility.h"

#include <QString>
#include <functional>
#include <vector>

namespace sp {

class CaseFile;

using HiddenText = std::function<QString(HiddenBecause)>;

// What `reader` may see of the others' marks for each candidate and stage these entries concern,
// as CaseFile::visibleMarks allows it. Nothing for anyone not on the panel or the secretary.
OthersMarksByStage othersMarksSeenBy(const CaseFile& caseFile, const QString& reader,
                                     const std::vector<RecordEntry>& entries);

// Entries of the case file's record as `reader` (a panel member's id, or anyone else: then no
// individual marks at all) may read them: record_visibility.h recordAsSeenBy, the one rule every
// output of the record follows.
std::vector<RecordEntry> recordAsSeenBy(const CaseFile& caseFile, std::vector<RecordEntry> entries,
                                        const QString& reader,
                                        const HiddenText& hiddenText = hiddenTextInEnglish);

// The same for RecordRepository::entries(candidate, actor).
std::vector<RecordEntry> recordAsSeenBy(const CaseFile& caseFile, const QString& reader,
                                        const QString& candidate = QString(),
                                        const QString& actor = QString(),
                                        const HiddenText& hiddenText = hiddenTextInEnglish);

} // namespace sp
