#pragma once

// What someone holding a copy of a case file can do to it with another tool (sqlite3): the
// tampering that verify must name.

#include <QString>
#include <QStringList>

namespace sp::test {

// The statements run on the file as they are, outside the program.
void rawSql(const QString& path, const QStringList& statements);

// What a careful forger does after editing an entry: every hash worked out again from the first
// entry, and the head kept beside the record made to match.
void recomputeChain(const QString& path);

// The seal of entry `seq` made to match the row `key` of `unit` as it now is, as the program
// would have sealed it (casefile/seal_rows.h).
void resealEntry(const QString& path, qint64 seq, const QString& unit, const QString& key);

} // namespace sp::test
