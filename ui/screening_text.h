#pragma once

#include "domain/admissibility.h"
#include "domain/eligibility.h"
#include "domain/screening.h"

#include <QColor>
#include <QString>

namespace sp::ui {

// How screening outcomes read in the window: always in words, colour only as a second cue.
QString screeningStatusLabel(ScreeningStatus status); // "eligible", "duplicate set aside", ...
QString criterionStateLabel(CriterionState state);    // "met", "not met", "unknown"
QString admissibilityLabel(AdmissibilityState state); // "admissible", "late", "unknown"
QColor criterionStateColour(CriterionState state);    // green, red, amber text colours
QColor screeningStatusColour(ScreeningStatus status);

} // namespace sp::ui
