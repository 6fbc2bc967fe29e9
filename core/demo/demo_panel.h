#pragma once

#include "domain/panel.h"

#include <QtGlobal>
#include <vector>

namespace sp {

class CaseFile;

// A demo panel of `members` people who mark: the chair (id "chair") and members "member2",
// "member3", ..., named after demo people drawn from the seed.
std::vector<PanelMember> demoPanel(int members, quint32 seed);

// Adds the demo panel to the case file and has the chair freeze its grid (the vacancy's).
void setUpDemoPanel(CaseFile& caseFile, int members, quint32 seed);

struct DemoMarking {
    int decided = 0; // candidates the panel decided eligible
    int sheets = 0;  // submitted pre-selection mark sheets
};

// For load tests: the chair decides every admissible candidate eligible (a pre-check that is not
// met, or unknown, is overridden with a reason, so that the whole list is marked), then every
// member submits pre-selection marks for every one of them: a mark per criterion drawn from the
// seed around a level of the candidate's own, so that the totals spread and some tie. Needs
// setUpDemoPanel first.
DemoMarking markDemoCandidates(CaseFile& caseFile, quint32 seed);

} // namespace sp
