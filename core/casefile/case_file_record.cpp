#include "casefile/case_file_impl.h"
#include "casefile/record_rows.h"
#include "casefile/sql.h"

namespace sp {

std::vector<RecordEntry> CaseFile::record(const QString& candidate, const QString& actor) const {
    std::vector<RecordEntry> all = record_rows::selectAll(d->db);
    if (candidate.isEmpty() && actor.isEmpty())
        return all;
    std::vector<RecordEntry> selected;
    for (auto& e : all)
        if ((candidate.isEmpty() || e.candidate == candidate) &&
            (actor.isEmpty() || e.actor == actor))
            selected.push_back(std::move(e));
    return selected;
}

void CaseFile::recordAction(const QString& actor, const QString& action, const QString& detail) {
    requireWritable(*d);
    sql::Transaction transaction(d->db);
    record_rows::append(d->db, actor, action, QString(), QString(), detail);
    transaction.commit();
}

} // namespace sp
