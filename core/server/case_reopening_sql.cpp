#include "server/case_sql.h"

namespace sp::server {

// Server version 4: reopening the frozen grid. It discards every member's sheets and marks, the
// consensus marks, the shortlist decisions and the recommendation, which no member's role may
// delete (the policies keep each row to its author): a function acting as the case's owner does,
// for the chair only, in one transaction with its record entry. What it discards is kept on the
// server (discarded_row), where the case file keeps an automatic backup beside it: readable by the
// case's owner (the admin) alone, since it holds every member's marks.
const QStringList& caseGridReopeningStatements() {
    static const QStringList statements = {
        QStringLiteral(R"sql(CREATE TABLE {schema}.discarded_row (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            reopening_id bigint NOT NULL REFERENCES {schema}.grid_reopening(id),
            kind text NOT NULL,
            content jsonb NOT NULL))sql"),
        QStringLiteral("ALTER TABLE {schema}.discarded_row ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("REVOKE ALL ON {schema}.discarded_row FROM PUBLIC"),
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.reopen_grid(reason text) RETURNS integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
            DECLARE
              chair text := {schema}.current_member();
              discarded integer;
              reopening bigint;
            BEGIN
              IF chair IS NULL OR {schema}.current_member_role() IS DISTINCT FROM 'chair' THEN
                RAISE EXCEPTION 'only the chair reopens the grid'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NOT EXISTS (SELECT 1 FROM {schema}.grid_state WHERE state = 'frozen') THEN
                RAISE EXCEPTION 'the grid is not frozen: there is nothing to reopen'
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF reason IS NULL OR btrim(reason) = '' THEN
                RAISE EXCEPTION 'reopening the grid needs a reason'
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              -- One reopening at a time, and no sheet saved while it discards them.
              LOCK TABLE {schema}.grid_state, {schema}.mark_sheet IN EXCLUSIVE MODE;
              SELECT count(*) INTO discarded FROM {schema}.mark_sheet;
              INSERT INTO {schema}.grid_reopening (reopened_at, reopened_by, reason,
                                                   discarded_sheets)
                VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        chair, btrim(reason), discarded)
                RETURNING id INTO reopening;
              INSERT INTO {schema}.discarded_row (reopening_id, kind, content)
                SELECT reopening, 'mark_sheet', to_jsonb(s) || jsonb_build_object('marks',
                         (SELECT coalesce(jsonb_object_agg(m.criterion_id, m.mark), '{}')
                          FROM {schema}.mark m
                          WHERE m.member_id = s.member_id AND m.candidate_id = s.candidate_id
                            AND m.stage = s.stage))
                FROM {schema}.mark_sheet s ORDER BY s.rowid;
              INSERT INTO {schema}.discarded_row (reopening_id, kind, content)
                SELECT reopening, 'consensus', to_jsonb(c) FROM {schema}.consensus c ORDER BY c.id;
              INSERT INTO {schema}.discarded_row (reopening_id, kind, content)
                SELECT reopening, 'shortlist_decision', to_jsonb(d)
                FROM {schema}.shortlist_decision d ORDER BY d.candidate_id;
              INSERT INTO {schema}.discarded_row (reopening_id, kind, content)
                SELECT reopening, 'recommendation', to_jsonb(r)
                FROM {schema}.recommendation r ORDER BY r.id;
              DELETE FROM {schema}.mark_sheet;
              DELETE FROM {schema}.consensus;
              DELETE FROM {schema}.shortlist_decision;
              DELETE FROM {schema}.recommendation;
              UPDATE {schema}.grid_state SET state = 'draft', frozen_at = NULL, frozen_by = NULL;
              INSERT INTO {schema}.record (actor, action, before_text, after_text)
                VALUES (chair, 'grid_reopened', 'frozen',
                        format('draft; %s mark sheet(s) discarded; reason: %s; kept on the '
                               'server for its administrator (reopening %s)',
                               discarded, btrim(reason), reopening));
              RETURN discarded;
            END
            $$)sql"),
        QStringLiteral("REVOKE ALL ON FUNCTION {schema}.reopen_grid(text) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION {schema}.reopen_grid(text) TO {panel}"),
    };
    return statements;
}

} // namespace sp::server
