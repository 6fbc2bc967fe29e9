#include "marking_text.h"

#include <QCoreApplication>

namespace sp::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Marking)
};

} // namespace

QString markingTaskLabel(MarkingTask task) {
    switch (task) {
    case MarkingTask::NotTakingPart:
    case MarkingTask::NotMarking:
        return QString();
    case MarkingTask::NotYetOpen:
        return Text::tr("grid not frozen");
    case MarkingTask::Abstains:
        return Text::tr("abstains");
    case MarkingTask::ToMark:
        return Text::tr("to mark");
    case MarkingTask::Draft:
        return Text::tr("draft");
    case MarkingTask::Submitted:
        return Text::tr("submitted");
    }
    return {};
}

QString interviewTaskLabel(MarkingTask task) {
    switch (task) {
    case MarkingTask::NotTakingPart:
    case MarkingTask::NotMarking:
        return QString();
    case MarkingTask::NotYetOpen:
        return Text::tr("interview: grid not frozen");
    case MarkingTask::Abstains:
        return Text::tr("interview: abstains");
    case MarkingTask::ToMark:
        return Text::tr("interview: to mark");
    case MarkingTask::Draft:
        return Text::tr("interview: draft");
    case MarkingTask::Submitted:
        return Text::tr("interview: submitted");
    }
    return {};
}

QColor markingTaskColour(MarkingTask task) {
    switch (task) {
    case MarkingTask::ToMark:
        return QColor(0xb0, 0x1c, 0x1c);
    case MarkingTask::Draft:
        return QColor(0x9a, 0x60, 0x00);
    case MarkingTask::Submitted:
        return QColor(0x1b, 0x7a, 0x2e);
    default:
        return QColor(0x60, 0x60, 0x60);
    }
}

} // namespace sp::ui
