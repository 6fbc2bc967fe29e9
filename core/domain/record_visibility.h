#pragma once

#include "domain/record.h"
#include "domain/vacancy.h"

#include <QString>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace sp {

// What one reader of the record may see of the other members' marks for one candidate at one
// stage (marking_rules.h canSeeMarks): all of them submitted, nothing until the reader has
// submitted their own, or nothing at all (not on the panel, the secretary, abstaining).
enum class OthersMarks { Visible, AfterOwnSubmission, Hidden };

// By candidate reference and stage; a candidate and stage not listed is Hidden.
using OthersMarksByStage = std::map<std::pair<QString, Stage>, OthersMarks>;

// Why an entry's before and after are hidden from the reader; whoever shows the record words it.
enum class HiddenBecause { NotForReader, UntilReaderSubmits };

// Entries that carry a member's marks and comments: marks_saved (a draft), marks_submitted,
// consensus_recorded.
bool carriesMarks(const RecordEntry& entry);

// The stage such an entry's text starts with ("preselection: c1=3 ..." or "interview c2 = 3; ...").
std::optional<Stage> markedStage(const RecordEntry& entry);

// The candidates and stages whose OthersMarks decide what `reader` sees of these entries: those
// of the marks entries by someone else.
std::vector<std::pair<QString, Stage>> othersMarksConcerned(const std::vector<RecordEntry>& entries,
                                                            const QString& reader);

// The record as `reader` (a panel member's id; empty for anyone not on the panel) may read it.
// Every entry stays; a marks entry by someone else has its before and after replaced by
// hiddenText(why) unless `access` lets the reader see the others' marks of that candidate at that
// stage. A draft (marks_saved), and the draft a submission replaced, are seen by their author only.
std::vector<RecordEntry> recordAsSeenBy(std::vector<RecordEntry> entries, const QString& reader,
                                        const OthersMarksByStage& access,
                                        const std::function<QString(HiddenBecause)>& hiddenText);

// The hidden texts in English, for the command line and files written for others.
QString hiddenTextInEnglish(HiddenBecause why);

} // namespace sp
