#pragma once

#include "domain/error.h"

#include <QString>
#include <optional>

namespace sp::cli {

// "yes"/"no" (also "true"/"false", "1"/"0") from an option, or a bad-input error naming it.
inline bool yesNo(const QString& value, const char* option) {
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    throw Error(
        ErrorKind::BadInput,
        QStringLiteral("--%1 must be yes or no, not '%2'").arg(QString::fromUtf8(option), value));
}

} // namespace sp::cli
