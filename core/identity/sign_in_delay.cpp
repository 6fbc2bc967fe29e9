#include "identity/sign_in_delay.h"

#include <QtGlobal>
#include <algorithm>

namespace sp::identity {

std::chrono::milliseconds signInDelay(int failures) {
    if (failures <= 0)
        return std::chrono::milliseconds(0);
    bool set = false;
    const qint64 first = qEnvironmentVariableIntValue("SELECTION_PANEL_SIGN_IN_DELAY_MS", &set);
    const qint64 step = set && first >= 0 ? first : 1000;
    const qint64 longest = 15 * 60 * 1000;
    const qint64 delay = step << std::min(failures - 1, 20);
    return std::chrono::milliseconds(std::min(delay, longest));
}

} // namespace sp::identity
