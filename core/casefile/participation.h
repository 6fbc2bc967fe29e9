#pragma once

#include "domain/marking_rules.h"
#include "domain/vacancy.h"

#include <QStringList>

namespace sp {

class CaseFile;

// Who takes part in a stage: at pre-selection the candidates the panel decided eligible
// (takesPartInMerit), at interview those invited on the shortlist with the panel's decisions.
QStringList participantsOf(const CaseFile& caseFile, Stage stage); // by reference, sorted

// Refused, naming why, when the candidate does not take part in the stage.
Permission participation(const CaseFile& caseFile, const QString& reference, Stage stage);

} // namespace sp
