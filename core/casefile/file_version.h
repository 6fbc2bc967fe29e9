#pragma once

#include <QtGlobal>

namespace sp {

// Which state of a case file a connection has seen: SQLite's data_version changes when another
// connection (another process, another thread) commits, total_changes() when this one writes.
// Equal versions read at two moments mean nobody changed the file in between.
struct FileVersion {
    qint64 dataVersion = -1;
    qint64 ownChanges = -1;
    bool operator==(const FileVersion&) const = default;
};

} // namespace sp
