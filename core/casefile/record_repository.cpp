#include "casefile/record_repository.h"

#include "casefile/case_store.h"
#include "casefile/record_rows.h"
#include "casefile/sql.h"

namespace sp {

std::vector<RecordEntry> RecordRepository::entries(const QString& candidate,
                                                   const QString& actor) const {
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

void RecordRepository::noteAction(const QString& actor, const QString& action,
                                  const QString& detail) {
    requireWritable(*d);
    sql::Transaction transaction(d->db);
    record_rows::append(d->db, actor, action, QString(), QString(), detail);
    transaction.commit();
}

} // namespace sp
