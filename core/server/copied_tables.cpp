#include "server/copied_tables.h"

namespace sp::server {

const std::vector<CopiedTable>& copiedTables() {
    static const std::vector<CopiedTable> tables = {
        {"procedure",
         "SELECT id, reference, title, vacancy_json, created_at FROM procedure ORDER BY id",
         "INSERT INTO {schema}.procedure (id, reference, title, vacancy_json, created_at) VALUES "
         "(?, ?, ?, ?, ?)"},
        {"import_batch", "SELECT id, source, imported_at, candidates FROM import_batch ORDER BY id",
         "INSERT INTO {schema}.import_batch (id, source, imported_at, candidates) VALUES (?, ?, ?, "
         "?)"},
        {"candidate",
         "SELECT id, reference, surname, given_names, email, nationalities, received_at, category, "
         "reserve_list, education, experience_years, languages, imported_at, import_batch_id FROM "
         "candidate ORDER BY id",
         "INSERT INTO {schema}.candidate (id, reference, surname, given_names, email, "
         "nationalities, received_at, category, reserve_list, education, experience_years, "
         "languages, imported_at, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
         "?)"},
        {"document",
         "SELECT id, candidate_id, file_name, sha256, size, page_count, content FROM document "
         "ORDER BY id",
         "INSERT INTO {schema}.document (id, candidate_id, file_name, sha256, size, page_count, "
         "content) VALUES (?, ?, ?, ?, ?, ?, ?)"},
        {"duplicate_flag",
         "SELECT candidate_id, other_candidate_id, reason FROM duplicate_flag ORDER BY "
         "candidate_id, other_candidate_id",
         "INSERT INTO {schema}.duplicate_flag (candidate_id, other_candidate_id, reason) VALUES "
         "(?, ?, ?)"},
        {"eligibility_decision",
         "SELECT candidate_id, eligible, reason, pre_check, decided_by, decided_at FROM "
         "eligibility_decision ORDER BY candidate_id",
         "INSERT INTO {schema}.eligibility_decision (candidate_id, eligible, reason, pre_check, "
         "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)"},
        {"declaration_tick",
         "SELECT candidate_id, declaration, fulfilled, ticked_by, ticked_at FROM declaration_tick "
         "ORDER BY candidate_id, declaration",
         "INSERT INTO {schema}.declaration_tick (candidate_id, declaration, fulfilled, ticked_by, "
         "ticked_at) VALUES (?, ?, ?, ?, ?)"},
        {"duplicate_resolution",
         "SELECT candidate_id, counts, reason, decided_by, decided_at FROM duplicate_resolution "
         "ORDER BY candidate_id",
         "INSERT INTO {schema}.duplicate_resolution (candidate_id, counts, reason, decided_by, "
         "decided_at) VALUES (?, ?, ?, ?, ?)"},
        {"panel_member", "SELECT id, name, role, added_at FROM panel_member ORDER BY rowid",
         "INSERT INTO {schema}.panel_member (id, name, role, added_at) VALUES (?, ?, ?, ?)"},
        {"conflict",
         "SELECT member_id, candidate_id, nature, note, declared_at FROM conflict ORDER BY rowid",
         "INSERT INTO {schema}.conflict (member_id, candidate_id, nature, note, declared_at) "
         "VALUES (?, ?, ?, ?, ?)"},
        {"grid_reopening",
         "SELECT id, reopened_at, reopened_by, reason, discarded_sheets FROM grid_reopening ORDER "
         "BY id",
         "INSERT INTO {schema}.grid_reopening (id, reopened_at, reopened_by, reason, "
         "discarded_sheets) VALUES (?, ?, ?, ?, ?)"},
        {"mark_sheet",
         "SELECT member_id, candidate_id, stage, comment, submitted_at, updated_at FROM mark_sheet "
         "ORDER BY rowid",
         "INSERT INTO {schema}.mark_sheet (member_id, candidate_id, stage, comment, submitted_at, "
         "updated_at) VALUES (?, ?, ?, ?, ?, ?)"},
        {"mark",
         "SELECT member_id, candidate_id, stage, criterion_id, mark FROM mark ORDER BY member_id, "
         "candidate_id, stage, criterion_id",
         "INSERT INTO {schema}.mark (member_id, candidate_id, stage, criterion_id, mark) VALUES "
         "(?, ?, ?, ?, ?)"},
        {"consensus",
         "SELECT id, candidate_id, stage, criterion_id, mark, reason, recorded_by, recorded_at "
         "FROM consensus ORDER BY id",
         "INSERT INTO {schema}.consensus (id, candidate_id, stage, criterion_id, mark, reason, "
         "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {"shortlist_decision",
         "SELECT candidate_id, invited, reason, recorded_by, recorded_at FROM shortlist_decision "
         "ORDER BY candidate_id",
         "INSERT INTO {schema}.shortlist_decision (candidate_id, invited, reason, recorded_by, "
         "recorded_at) VALUES (?, ?, ?, ?, ?)"},
        {"recommendation",
         "SELECT id, candidate_id, justification, recorded_by, recorded_at FROM recommendation "
         "ORDER BY id",
         "INSERT INTO {schema}.recommendation (id, candidate_id, justification, recorded_by, "
         "recorded_at) VALUES (?, ?, ?, ?, ?)"},
        {"record",
         "SELECT seq, at, actor, action, candidate, before_text, after_text, previous_hash, hash, "
         "seal, signature, signed_by_key FROM record ORDER BY id",
         "INSERT INTO {schema}.record (seq, at, actor, action, candidate, before_text, after_text, "
         "previous_hash, hash, seal, signature, signed_by_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
         "?, ?, ?)"},
    };
    return tables;
}

QString insertIntoFile(const CopiedTable& table) {
    return QString::fromLatin1(table.insert).remove(QStringLiteral("{schema}."));
}

} // namespace sp::server
