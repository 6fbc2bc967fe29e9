#pragma once

#include "domain/consolidation.h"
#include "domain/marking_rules.h"

#include <QHash>
#include <QString>
#include <vector>

namespace sp {

// One candidate's mark sheets and consensus marks.
struct CandidateMarks {
    std::vector<MarkSheet> sheets;
    std::vector<ConsensusMark> consensus;
};

// The case file's sheets and consensus marks grouped by candidate. The domain rules search the
// sheets they are given for the candidate's; handed every candidate's, ranking or marking n
// candidates would cost n² comparisons (hours at 20,000 candidates).
class MarksByCandidate {
public:
    MarksByCandidate(std::vector<MarkSheet> sheets, std::vector<ConsensusMark> consensus);
    // Empty when the candidate has none.
    const CandidateMarks& of(const QString& reference) const;

private:
    QHash<QString, CandidateMarks> byCandidate_;
    CandidateMarks none_;
};

} // namespace sp
