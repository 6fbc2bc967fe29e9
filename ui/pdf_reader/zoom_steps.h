#pragma once

#include <QString>
#include <span>

namespace sp::ui {

// The magnifications offered by the reader's zoom buttons and list (1 = actual size).
std::span<const double> zoomSteps();

// The next step above / below a magnification, which may lie between steps (as a fitted page
// does); the largest / smallest step at the ends.
double zoomedIn(double zoom);
double zoomedOut(double zoom);

// "150%"
QString zoomPercentText(double zoom);

} // namespace sp::ui
