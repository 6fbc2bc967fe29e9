#pragma once

#include <QString>

namespace sp {

// The panel's decision on a probable duplicate: whether this application counts, and why.
struct DuplicateResolution {
    bool counts = true;
    QString reason;
    QString decidedBy;
};

} // namespace sp
