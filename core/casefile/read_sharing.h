#pragma once

#include "casefile/file_version.h"
#include "domain/ranking.h"
#include "domain/screening.h"

#include <memory>
#include <vector>

namespace sp {

class CaseFile;

// Sharing what one connection read with another connection to the same file, so the window can
// rank on a thread (ui/background_reads) without the file being read twice. What is handed over
// is only kept while the file has not changed since it was read.
class ReadSharing {
public:
    // The state of the file this connection sees now (file_version.h).
    static FileVersion fileVersion(const CaseFile& caseFile);
    // Whether ranking(stage) would answer at once, from what is kept since the file last
    // changed, rather than by reading every mark (seconds at 20,000 candidates).
    static bool rankingKnown(const CaseFile& caseFile, Stage stage);
    // A ranking worked out on another connection that had fileVersion() `seenAt` here when it
    // started: kept as this connection's if the file has not changed since. Returns whether it
    // was kept.
    static bool adoptRanking(CaseFile& caseFile, Stage stage, std::vector<RankedCandidate> ranking,
                             FileVersion seenAt);
    // Takes the screening another connection read from the same state of the file instead of
    // screening every candidate again. Kept until this connection sees a change.
    static void useScreening(CaseFile& caseFile,
                             std::shared_ptr<const std::vector<ScreenedCandidate>> screening);
};

} // namespace sp
