#include "screening_text.h"

#include <QCoreApplication>

namespace sp::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

const QColor green(0x1b, 0x7a, 0x2e);
const QColor red(0xb0, 0x1c, 0x1c);
const QColor amber(0x9a, 0x60, 0x00);
const QColor grey(0x60, 0x60, 0x60);

} // namespace

QString screeningStatusLabel(ScreeningStatus status) {
    switch (status) {
    case ScreeningStatus::Inadmissible:
        return Text::tr("inadmissible");
    case ScreeningStatus::Superseded:
        return Text::tr("duplicate set aside");
    case ScreeningStatus::Pending:
        return Text::tr("pending");
    case ScreeningStatus::Eligible:
        return Text::tr("eligible");
    case ScreeningStatus::NotEligible:
        return Text::tr("not eligible");
    }
    return {};
}

QString criterionStateLabel(CriterionState state) {
    switch (state) {
    case CriterionState::Met:
        return Text::tr("met");
    case CriterionState::NotMet:
        return Text::tr("not met");
    case CriterionState::Unknown:
        return Text::tr("unknown");
    }
    return {};
}

QString admissibilityLabel(AdmissibilityState state) {
    switch (state) {
    case AdmissibilityState::Admissible:
        return Text::tr("admissible");
    case AdmissibilityState::Late:
        return Text::tr("inadmissible (late)");
    case AdmissibilityState::Unknown:
        return Text::tr("unknown");
    }
    return {};
}

QColor criterionStateColour(CriterionState state) {
    switch (state) {
    case CriterionState::Met:
        return green;
    case CriterionState::NotMet:
        return red;
    case CriterionState::Unknown:
        return amber;
    }
    return grey;
}

QColor screeningStatusColour(ScreeningStatus status) {
    switch (status) {
    case ScreeningStatus::Eligible:
        return green;
    case ScreeningStatus::NotEligible:
    case ScreeningStatus::Inadmissible:
        return red;
    case ScreeningStatus::Pending:
        return amber;
    case ScreeningStatus::Superseded:
        return grey;
    }
    return grey;
}

} // namespace sp::ui
