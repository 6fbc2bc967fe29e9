#pragma once

#include "domain/record.h"

#include <QDateTime>
#include <QString>
#include <optional>

// The record's head as this computer last saw it, kept outside the case file (in the user's data
// folder, one small file per case), so a record whose last entries were deleted, or whose chain was
// recomputed, by someone with the case file alone shows the next time verify runs here.
namespace sp::record_anchor {

struct Anchor {
    RecordHead head;
    QDateTime seenAt; // UTC
};

// The folder the anchors are kept in.
QString folder();
std::optional<Anchor> load(const QString& caseId);
// Keeps `head` unless this computer has already seen a longer record of the case. Best effort: a
// folder that cannot be written leaves the anchor as it was.
void advance(const QString& caseId, const RecordHead& head);

} // namespace sp::record_anchor
