#include "server/case_sql.h"

namespace sp::server {

// Who is connected, and what the panel's rules let them see: the functions the row-level
// policies (case_policies_sql.cpp) are made of. The connected member is the one mapped to
// session_user, the role that signed in: SET ROLE (to the panel's group role, the only one a
// member may take) changes nothing of what they see. Functions that must read rows the caller
// may not see are SECURITY DEFINER (run as the case's owner role, which row security does not
// restrict), answer only about the caller, and fix their search_path with pg_temp last, so
// nothing a caller creates can stand in for the case's tables.
const QStringList& caseFunctionStatements() {
    static const QStringList statements = {
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.current_member() RETURNS text
            LANGUAGE sql STABLE
            AS $$ SELECT member_id FROM {schema}.member_role WHERE role_name = session_user $$)sql"),
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.current_member_role() RETURNS text
            LANGUAGE sql STABLE
            AS $$ SELECT p.role FROM {schema}.panel_member p
                  JOIN {schema}.member_role r ON r.member_id = p.id
                  WHERE r.role_name = session_user $$)sql"),
        // A direct hierarchical or family link (panel.h mustAbstain).
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.abstains(candidate bigint) RETURNS boolean
            LANGUAGE sql STABLE
            AS $$ SELECT EXISTS (SELECT 1 FROM {schema}.conflict c
                  WHERE c.member_id = {schema}.current_member() AND c.candidate_id = $1
                    AND c.nature IN ('hierarchical', 'family')) $$)sql"),
        // Reads mark_sheet past its own policy, which calls it; only the caller's own sheet.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.has_submitted(candidate bigint, stage text)
            RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp
            AS $$ SELECT EXISTS (SELECT 1 FROM {schema}.mark_sheet s
                  WHERE s.member_id = {schema}.current_member() AND s.candidate_id = $1
                    AND s.stage = $2 AND s.submitted_at IS NOT NULL) $$)sql"),
        // marking_rules.h canSeeMarks: a chair or member who does not abstain, once their own
        // sheet for the candidate and stage is submitted.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.sees_others(candidate bigint, stage text)
            RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT coalesce({schema}.current_member_role() IN ('chair', 'member'), false)
                  AND NOT {schema}.abstains($1) AND {schema}.has_submitted($1, $2) $$)sql"),
        // Every expected marker (panel.h expectedMarkers: chair and members who do not abstain)
        // has submitted, and there is at least one. Says only how far the marking is, which the
        // whole panel follows.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.all_submitted(candidate bigint, stage text)
            RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp
            AS $$
              WITH expected AS (
                SELECT p.id FROM {schema}.panel_member p
                WHERE p.role IN ('chair', 'member')
                  AND NOT EXISTS (SELECT 1 FROM {schema}.conflict c
                    WHERE c.member_id = p.id AND c.candidate_id = $1
                      AND c.nature IN ('hierarchical', 'family')))
              SELECT EXISTS (SELECT 1 FROM expected)
                AND NOT EXISTS (SELECT 1 FROM expected e
                  WHERE NOT EXISTS (SELECT 1 FROM {schema}.mark_sheet s
                    WHERE s.member_id = e.id AND s.candidate_id = $1 AND s.stage = $2
                      AND s.submitted_at IS NOT NULL))
            $$)sql"),
        // marking_rules.h canSeeConsolidated: a marker as canSeeMarks; the secretary once every
        // expected marker has submitted; nobody who abstains.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.sees_results(candidate bigint, stage text)
            RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT CASE {schema}.current_member_role()
                    WHEN 'secretary' THEN NOT {schema}.abstains($1)
                                          AND {schema}.all_submitted($1, $2)
                    WHEN 'chair' THEN {schema}.sees_others($1, $2)
                    WHEN 'member' THEN {schema}.sees_others($1, $2)
                    ELSE false END $$)sql"),
        // marking_rules.h canMark: a chair or member, the grid frozen, not abstaining.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.may_mark(candidate bigint) RETURNS boolean
            LANGUAGE sql STABLE
            AS $$ SELECT coalesce({schema}.current_member_role() IN ('chair', 'member'), false)
                  AND NOT {schema}.abstains($1)
                  AND EXISTS (SELECT 1 FROM {schema}.grid_state WHERE state = 'frozen') $$)sql"),
        // The grid's criteria of a stage (the vacancy's JSON in procedure, as the case file
        // keeps it), and their maximum marks.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.stage_criteria(stage text)
            RETURNS TABLE (criterion_id text, max_mark integer) LANGUAGE sql STABLE
            AS $$ SELECT c ->> 'id', (c ->> 'max_mark')::integer
                  FROM {schema}.procedure p,
                       jsonb_array_elements(p.vacancy_json::jsonb -> 'criteria') c
                  WHERE c ->> 'stage' = $1 $$)sql"),
        // A mark for a criterion of the sheet's stage, within its maximum.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.mark_fits(stage text, criterion text,
                mark integer)
            RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT EXISTS (SELECT 1 FROM {schema}.stage_criteria($1) k
                  WHERE k.criterion_id = $2 AND $3 BETWEEN 0 AND k.max_mark) $$)sql"),
        // marking_rules.h validateMarks: a submitted sheet marks every criterion of its stage,
        // so submitting an empty sheet is no way to see the others' marks. Reads the caller's
        // own marks past the policies (mark's policy reads mark_sheet, whose check calls this).
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.own_sheet_complete(candidate bigint,
                stage text)
            RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp
            AS $$ SELECT EXISTS (SELECT 1 FROM {schema}.stage_criteria($2))
                  AND NOT EXISTS (SELECT 1 FROM {schema}.stage_criteria($2) k
                    WHERE NOT EXISTS (SELECT 1 FROM {schema}.mark m
                      WHERE m.member_id = {schema}.current_member() AND m.candidate_id = $1
                        AND m.stage = $2 AND m.criterion_id = k.criterion_id)) $$)sql"),
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.manages_procedure() RETURNS boolean
            LANGUAGE sql STABLE
            AS $$ SELECT coalesce({schema}.current_member_role() IN ('chair', 'secretary'),
                                  false) $$)sql"),
        // The consolidated marks (consolidation.h, without the consensus, which has its own
        // table): per candidate, stage and criterion, over the submitted sheets of the expected
        // markers, and only where the caller sees results. The one way the secretary reads
        // anything of the marks.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.consolidated_marks()
            RETURNS TABLE (candidate_id bigint, stage text, criterion_id text, marks integer,
                           mean double precision, median double precision,
                           lowest integer, highest integer)
            LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp
            AS $$
              WITH visible AS (
                SELECT DISTINCT s.candidate_id, s.stage FROM {schema}.mark_sheet s
                WHERE {schema}.sees_results(s.candidate_id, s.stage))
              SELECT m.candidate_id, m.stage, m.criterion_id, count(*)::integer,
                     avg(m.mark)::double precision,
                     percentile_cont(0.5) WITHIN GROUP (ORDER BY m.mark),
                     min(m.mark), max(m.mark)
              FROM {schema}.mark m
              JOIN visible v ON v.candidate_id = m.candidate_id AND v.stage = m.stage
              JOIN {schema}.mark_sheet s ON s.member_id = m.member_id
                AND s.candidate_id = m.candidate_id AND s.stage = m.stage
              JOIN {schema}.panel_member p ON p.id = m.member_id
              WHERE s.submitted_at IS NOT NULL AND p.role IN ('chair', 'member')
                AND NOT EXISTS (SELECT 1 FROM {schema}.conflict c
                  WHERE c.member_id = m.member_id AND c.candidate_id = m.candidate_id
                    AND c.nature IN ('hierarchical', 'family'))
              GROUP BY m.candidate_id, m.stage, m.criterion_id
            $$)sql"),
        // Runs with the caller's rights, so it shows no more than the function does.
        QStringLiteral(R"sql(CREATE VIEW {schema}.consolidated_mark
            WITH (security_invoker = true, security_barrier = true)
            AS SELECT * FROM {schema}.consolidated_marks())sql"),
        // Which record entries a member reads (record_visibility.h): every entry that carries
        // no marks; their own; another's submitted marks or consensus once they see that
        // candidate's results at that stage; another's draft never.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.record_entry_visible(
                actor text, action text, candidate text, after_text text)
            RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT CASE
                    WHEN $2 NOT IN ('marks_saved', 'marks_submitted', 'consensus_recorded')
                      THEN true
                    WHEN $1 = {schema}.current_member() THEN true
                    WHEN $2 = 'marks_saved' THEN false
                    ELSE coalesce((SELECT {schema}.sees_results(c.id,
                                     substring($4 FROM '^(preselection|interview)'))
                                   FROM {schema}.candidate c WHERE c.reference = $3), false)
                  END $$)sql"),
    };
    return statements;
}

} // namespace sp::server
