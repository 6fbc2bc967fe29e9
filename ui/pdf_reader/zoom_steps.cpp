#include "zoom_steps.h"

#include <QCoreApplication>
#include <array>
#include <cmath>

namespace sp::ui {

namespace {
constexpr std::array<double, 8> steps{0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
// A fitted page at 99.5% is at 100% for the user: stepping in goes to 125%.
constexpr double tolerance = 1.01;
} // namespace

std::span<const double> zoomSteps() {
    return steps;
}

double zoomedIn(double zoom) {
    for (double step : steps)
        if (step > zoom * tolerance)
            return step;
    return steps.back();
}

double zoomedOut(double zoom) {
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        if (*it * tolerance < zoom)
            return *it;
    return steps.front();
}

QString zoomPercentText(double zoom) {
    return QCoreApplication::translate("sp::ui::PdfReader", "%1%").arg(std::lround(zoom * 100));
}

} // namespace sp::ui
