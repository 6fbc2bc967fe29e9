#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

// Writes FILE.tmp, then renames it over FILE: a failure leaves FILE as it was and no
// half-written file behind. Throws Error(Failure) naming the path.
void writeFileReplacing(const QString& path, const QByteArray& bytes);

} // namespace sp
