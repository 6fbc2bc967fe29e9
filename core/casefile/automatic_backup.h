#pragma once

#include <QString>

namespace sp {

// Where the automatic backup before a destructive operation goes: beside the case file, named
// CASE.before-OCCASION-YYYYmmddTHHMMSSZ.selpanel ("erase", "reopen"); a second one within the same
// second gets a counter rather than failing.
QString automaticBackupPath(const QString& casePath, const QString& occasion);

} // namespace sp
