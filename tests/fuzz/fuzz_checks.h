#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace sp::fuzz {

// What one fuzz target checks for one input: it feeds the bytes to a parser as a user's file
// and returns what went wrong (a crash or hang is caught by the sanitizers and libFuzzer
// themselves), or an empty string. The libFuzzer targets and the corpus regression test share
// these, so a finding that is fixed stays fixed under the normal build.
using Check = QString (*)(const QByteArray& bytes);

struct Target {
    const char* name; // also the corpus folder: tests/fuzz/corpus/<name>/
    Check check;
};

QString checkCsvReader(const QByteArray& bytes);
QString checkVacancyJson(const QByteArray& bytes);
QString checkMarkSheetCsv(const QByteArray& bytes);

const std::vector<Target>& targets();

} // namespace sp::fuzz
