#pragma once

#include "domain/record.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace sp {

// The record as rows a person or a spreadsheet reads: seq, at (UTC), actor, action, candidate,
// before, after.
QStringList recordHeader();
QStringList recordRow(const RecordEntry& entry);
// CSV (CsvWriter: UTF-8 with BOM, formula cells neutralised); seq is written as a number.
QByteArray recordCsv(const std::vector<RecordEntry>& entries);

} // namespace sp
