#include "casefile/seal_rows.h"

#include "casefile/sql.h"
#include "casefile/store_dialect.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace sp::seal_rows {

namespace {

// Each sealed table: a SELECT whose first two columns are the unit and the key and whose others
// are the row's content. Candidate tables end in `c`, the candidate, so one candidate's rows are
// selected by adding "WHERE c.reference = ?". The PDF's content is sealed through its SHA-256,
// which verify checks against the content.
struct SealedTable {
    const char* kind;
    const char* select;
    bool perCandidate;
    // A table a migration adds after sealing began (version 7): sealed only once it exists.
    const char* addedLater = nullptr;
};

const std::vector<SealedTable>& sealedTables() {
    static const std::vector<SealedTable> tables = {
        {"procedure",
         "SELECT '*', 'procedure', reference, title, vacancy_json, created_at FROM procedure",
         false},
        {"grid_state", "SELECT '*', 'grid_state', state, frozen_at, frozen_by FROM grid_state",
         false},
        {"grid_reopening",
         "SELECT '*', 'grid_reopening/' || id, reopened_at, reopened_by, reason, "
         "discarded_sheets FROM grid_reopening",
         false},
        {"panel_member",
         "SELECT '*', 'panel_member/' || id, name, role, added_at FROM panel_member", false},
        {"setting", "SELECT '*', 'setting/' || key, value FROM setting", false},
        // Not the failed sign-ins counted: those change with no act to record.
        {"credential",
         "SELECT '*', 'credential/' || member_id, kind, passphrase_hash, public_key, sealed_key, "
         "set_at FROM member_credential",
         false, "member_credential"},
        {"import_batch",
         "SELECT '*', 'import_batch/' || id, source, imported_at, candidates FROM import_batch",
         false},
        {"candidate",
         "SELECT c.reference, 'candidate', c.surname, c.given_names, c.email, c.nationalities, "
         "c.received_at, c.category, c.reserve_list, c.education, c.experience_years, "
         "c.languages, c.imported_at, c.import_batch_id FROM candidate c",
         true},
        {"document",
         "SELECT c.reference, 'document', d.file_name, d.sha256, d.size, d.page_count "
         "FROM document d JOIN candidate c ON c.id = d.candidate_id",
         true},
        {"eligibility",
         "SELECT c.reference, 'eligibility', e.eligible, e.reason, e.pre_check, e.decided_by, "
         "e.decided_at FROM eligibility_decision e JOIN candidate c ON c.id = e.candidate_id",
         true},
        {"declaration",
         "SELECT c.reference, 'declaration/' || t.declaration, t.fulfilled, t.ticked_by, "
         "t.ticked_at FROM declaration_tick t JOIN candidate c ON c.id = t.candidate_id",
         true},
        {"duplicate_resolution",
         "SELECT c.reference, 'duplicate_resolution', r.counts, r.reason, r.decided_by, "
         "r.decided_at FROM duplicate_resolution r JOIN candidate c ON c.id = r.candidate_id",
         true},
        {"conflict",
         "SELECT c.reference, 'conflict/' || k.member_id, k.nature, k.note, k.declared_at "
         "FROM conflict k JOIN candidate c ON c.id = k.candidate_id",
         true},
        // The marks in criterion order (the key's order), so the same marks give the same text.
        {"sheet",
         "SELECT c.reference, 'sheet/' || s.member_id || '/' || s.stage, s.comment, "
         "s.submitted_at, s.updated_at, (SELECT group_concat(m.criterion_id || '=' || m.mark, "
         "';') FROM (SELECT criterion_id, mark FROM mark WHERE member_id = s.member_id AND "
         "candidate_id = s.candidate_id AND stage = s.stage ORDER BY criterion_id) m) "
         "FROM mark_sheet s JOIN candidate c ON c.id = s.candidate_id",
         true},
        {"consensus",
         "SELECT c.reference, 'consensus/' || k.id, k.stage, k.criterion_id, k.mark, k.reason, "
         "k.recorded_by, k.recorded_at FROM consensus k JOIN candidate c ON c.id = k.candidate_id",
         true},
        {"shortlist",
         "SELECT c.reference, 'shortlist', s.invited, s.reason, s.recorded_by, s.recorded_at "
         "FROM shortlist_decision s JOIN candidate c ON c.id = s.candidate_id",
         true},
        {"recommendation",
         "SELECT c.reference, 'recommendation/' || r.id, r.justification, r.recorded_by, "
         "r.recorded_at FROM recommendation r JOIN candidate c ON c.id = r.candidate_id",
         true},
    };
    return tables;
}

// Length-prefixed fields with the value's type, so "1" and 1 and NULL differ and no text can move
// from one field into the next. 128 bits of SHA-256 are kept: enough against a forged row, half
// the size in every entry.
QByteArray rowHash(const QSqlQuery& query, int columns) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](char type, const QByteArray& field) {
        hash.addData(QByteArray(1, type) + QByteArray::number(field.size()) + ':');
        hash.addData(field);
    };
    add('k', query.value(1).toString().toUtf8());
    for (int i = 2; i < columns; ++i) {
        const QVariant value = query.value(i);
        if (value.isNull())
            add('n', QByteArray());
        else if (value.typeId() == QMetaType::QString)
            add('t', value.toString().toUtf8());
        else
            add('v', value.toString().toUtf8());
    }
    return hash.result().left(16).toHex();
}

bool present(QSqlDatabase& db, const SealedTable& table) {
    return !table.addedLater || dialectOf(db).hasTable(db, QString::fromLatin1(table.addedLater));
}

void collect(QSqlQuery& query, std::vector<RowSeal>& into) {
    const int columns = query.record().count();
    while (query.next())
        into.push_back(
            {query.value(0).toString(), query.value(1).toString(), rowHash(query, columns)});
}

} // namespace

std::vector<RowSeal> sealAll(QSqlDatabase& db) {
    std::vector<RowSeal> seals;
    if (!dialectOf(db).sealsRows())
        return seals;
    for (const auto& table : sealedTables()) {
        if (!present(db, table))
            continue;
        QSqlQuery query = sql::exec(db, QString::fromLatin1(table.select));
        collect(query, seals);
    }
    return seals;
}

std::vector<RowSeal> sealUnits(QSqlDatabase& db, const QStringList& units) {
    std::vector<RowSeal> seals;
    if (!dialectOf(db).sealsRows())
        return seals;
    const bool procedure = units.contains(ProcedureUnit);
    for (const auto& table : sealedTables()) {
        if (!table.perCandidate) {
            if (procedure && present(db, table)) {
                QSqlQuery query = sql::exec(db, QString::fromLatin1(table.select));
                collect(query, seals);
            }
            continue;
        }
        QSqlQuery query = sql::prepare(db, QString::fromLatin1(table.select) +
                                               QStringLiteral(" WHERE c.reference = ?"));
        for (const auto& unit : units) {
            if (unit == ProcedureUnit)
                continue;
            sql::run(query, {unit});
            collect(query, seals);
        }
    }
    return seals;
}

std::vector<RowSeal> sealKinds(QSqlDatabase& db, const QStringList& kinds) {
    std::vector<RowSeal> seals;
    if (!dialectOf(db).sealsRows())
        return seals;
    for (const auto& table : sealedTables())
        if (kinds.contains(QLatin1String(table.kind)) && present(db, table)) {
            QSqlQuery query = sql::exec(db, QString::fromLatin1(table.select));
            collect(query, seals);
        }
    return seals;
}

std::vector<RowSeal> sealRows(QSqlDatabase& db, const std::vector<RowId>& rows) {
    std::vector<RowSeal> seals;
    if (!dialectOf(db).sealsRows())
        return seals;
    for (const auto& row : rows) {
        const QString kind = row.key.section(QLatin1Char('/'), 0, 0);
        RowSeal seal{row.unit, row.key, DeletedRow};
        for (const auto& table : sealedTables()) {
            if (kind != QLatin1String(table.kind) || !present(db, table))
                continue;
            std::vector<RowSeal> stored;
            if (table.perCandidate) {
                QSqlQuery query = sql::exec(db,
                                            QString::fromLatin1(table.select) +
                                                QStringLiteral(" WHERE c.reference = ?"),
                                            {row.unit});
                collect(query, stored);
            } else {
                QSqlQuery query = sql::exec(db, QString::fromLatin1(table.select));
                collect(query, stored);
            }
            for (const auto& found : stored)
                if (found.unit == row.unit && found.key == row.key)
                    seal.hash = found.hash;
        }
        seals.push_back(seal);
    }
    return seals;
}

std::vector<RowSeal> sealRow(QSqlDatabase& db, const QString& unit, const QString& key) {
    return sealRows(db, {{unit, key}});
}

std::vector<RowSeal> changes(const std::vector<RowSeal>& before,
                             const std::vector<RowSeal>& after) {
    std::vector<RowSeal> changed;
    for (const auto& row : after)
        if (std::find(before.begin(), before.end(), row) == before.end())
            changed.push_back(row);
    for (const auto& row : before) {
        const bool kept = std::any_of(after.begin(), after.end(), [&row](const RowSeal& now) {
            return now.unit == row.unit && now.key == row.key;
        });
        if (!kept)
            changed.push_back({row.unit, row.key, DeletedRow});
    }
    return changed;
}

std::vector<RowSeal> asDeleted(std::vector<RowSeal> seals) {
    for (auto& seal : seals)
        seal.hash = DeletedRow;
    return seals;
}

qint64 lastInsertedId(QSqlDatabase& db) {
    return dialectOf(db).lastInsertedId(db);
}

} // namespace sp::seal_rows
