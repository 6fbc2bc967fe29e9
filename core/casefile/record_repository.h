#pragma once

#include "domain/record.h"

#include <QString>
#include <vector>

namespace sp {

struct CaseStore;

// The record of every change that matters: hash-chained, only ever appended to.
class RecordRepository {
public:
    explicit RecordRepository(CaseStore& store) : d(&store) {}

    // Oldest first; filtered by candidate reference and/or actor when given.
    std::vector<RecordEntry> entries(const QString& candidate = QString(),
                                     const QString& actor = QString()) const;
    // Records an action taken outside the case file (an export, a backup) by `actor`.
    void noteAction(const QString& actor, const QString& action, const QString& detail);

private:
    CaseStore* d;
};

} // namespace sp
