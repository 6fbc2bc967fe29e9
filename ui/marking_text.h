#pragma once

#include "domain/marking_progress.h"

#include <QColor>
#include <QString>

namespace sp::ui {

// How a member's marking task reads in their candidate list.
QString markingTaskLabel(MarkingTask task); // "to mark", "draft", "submitted", "abstains", ...
// The same at the interview stage, so the list tells the two stages apart.
QString interviewTaskLabel(MarkingTask task); // "interview: to mark", ...
QColor markingTaskColour(MarkingTask task);

} // namespace sp::ui
