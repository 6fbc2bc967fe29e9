#pragma once

#include <QStringList>

namespace sp::ui {

// The case files opened last, newest first, kept in the user's settings (not in a case file).
class RecentFiles {
public:
    static constexpr int maximum = 8;

    // Only the files that still exist; the missing ones are forgotten.
    static QStringList list();
    // Puts the file first (once), keeping at most `maximum`.
    static void add(const QString& path);
    static void clear();
};

} // namespace sp::ui
