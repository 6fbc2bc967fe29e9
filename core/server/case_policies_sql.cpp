#include "server/case_sql.h"

namespace sp::server {

// Row-level security: what each member may read and write, enforced by the database whatever
// tool they connect with. Every table has it on (a table without a policy shows nothing); the
// case's owner role, which owns the tables, is not subject to it (the admin and the SECURITY
// DEFINER functions act as it). {panel} is the case's group role, which every member's role is in.
const QStringList& casePolicyStatements() {
    static const QStringList statements = {
        // What the whole panel reads and the chair or the secretary keeps: the procedure, the
        // applications and their PDFs, the settings.
        QStringLiteral("ALTER TABLE {schema}.procedure ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.procedure FOR SELECT TO {panel} "
                       "USING (true)"),
        QStringLiteral("CREATE POLICY managers_write ON {schema}.procedure FOR ALL TO {panel} "
                       "USING ({schema}.manages_procedure()) "
                       "WITH CHECK ({schema}.manages_procedure())"),
        QStringLiteral("ALTER TABLE {schema}.import_batch ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.import_batch FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY managers_write ON {schema}.import_batch FOR ALL "
                       "TO {panel} USING ({schema}.manages_procedure()) "
                       "WITH CHECK ({schema}.manages_procedure())"),
        QStringLiteral("ALTER TABLE {schema}.candidate ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.candidate FOR SELECT TO {panel} "
                       "USING (true)"),
        QStringLiteral("CREATE POLICY managers_write ON {schema}.candidate FOR ALL TO {panel} "
                       "USING ({schema}.manages_procedure()) "
                       "WITH CHECK ({schema}.manages_procedure())"),
        QStringLiteral("ALTER TABLE {schema}.document ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.document FOR SELECT TO {panel} "
                       "USING (true)"),
        QStringLiteral("CREATE POLICY managers_write ON {schema}.document FOR ALL TO {panel} "
                       "USING ({schema}.manages_procedure()) "
                       "WITH CHECK ({schema}.manages_procedure())"),
        QStringLiteral("ALTER TABLE {schema}.duplicate_flag ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.duplicate_flag FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY managers_write ON {schema}.duplicate_flag FOR ALL "
                       "TO {panel} USING ({schema}.manages_procedure()) "
                       "WITH CHECK ({schema}.manages_procedure())"),
        QStringLiteral("ALTER TABLE {schema}.setting ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.setting FOR SELECT TO {panel} "
                       "USING (true)"),
        QStringLiteral("CREATE POLICY managers_write ON {schema}.setting FOR ALL TO {panel} "
                       "USING ({schema}.manages_procedure()) "
                       "WITH CHECK ({schema}.manages_procedure())"),
        QStringLiteral("ALTER TABLE {schema}.grid_state ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.grid_state FOR SELECT TO {panel} "
                       "USING (true)"),
        QStringLiteral("CREATE POLICY managers_write ON {schema}.grid_state FOR UPDATE "
                       "TO {panel} USING ({schema}.manages_procedure()) "
                       "WITH CHECK ({schema}.manages_procedure() AND (frozen_by IS NULL "
                       "OR frozen_by = {schema}.current_member()))"),

        // Decisions anyone on the panel takes, in their own name only.
        QStringLiteral("ALTER TABLE {schema}.eligibility_decision ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.eligibility_decision FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY own_name ON {schema}.eligibility_decision FOR ALL "
                       "TO {panel} USING ({schema}.current_member() IS NOT NULL) "
                       "WITH CHECK (decided_by = {schema}.current_member())"),
        QStringLiteral("ALTER TABLE {schema}.declaration_tick ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.declaration_tick FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY own_name ON {schema}.declaration_tick FOR ALL TO {panel} "
                       "USING ({schema}.current_member() IS NOT NULL) "
                       "WITH CHECK (ticked_by = {schema}.current_member())"),
        QStringLiteral("ALTER TABLE {schema}.duplicate_resolution ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.duplicate_resolution FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY own_name ON {schema}.duplicate_resolution FOR ALL "
                       "TO {panel} USING ({schema}.current_member() IS NOT NULL) "
                       "WITH CHECK (decided_by = {schema}.current_member())"),
        QStringLiteral("ALTER TABLE {schema}.grid_reopening ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.grid_reopening FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY own_name ON {schema}.grid_reopening FOR INSERT "
                       "TO {panel} WITH CHECK ({schema}.manages_procedure() "
                       "AND reopened_by = {schema}.current_member())"),
        QStringLiteral("ALTER TABLE {schema}.shortlist_decision ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.shortlist_decision FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY own_name ON {schema}.shortlist_decision FOR ALL "
                       "TO {panel} USING ({schema}.current_member() IS NOT NULL) "
                       "WITH CHECK (recorded_by = {schema}.current_member())"),
        QStringLiteral("ALTER TABLE {schema}.recommendation ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.recommendation FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY own_name ON {schema}.recommendation FOR ALL TO {panel} "
                       "USING ({schema}.current_member() IS NOT NULL) "
                       "WITH CHECK (recorded_by = {schema}.current_member())"),

        // The panel, and who signs in as whom: read by all, written by the admin only.
        QStringLiteral("ALTER TABLE {schema}.panel_member ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.panel_member FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("ALTER TABLE {schema}.member_role ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.member_role FOR SELECT "
                       "TO {panel} USING (true)"),
        // A member declares their own conflicts; the panel sees them all (who abstains).
        QStringLiteral("ALTER TABLE {schema}.conflict ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.conflict FOR SELECT TO {panel} "
                       "USING (true)"),
        QStringLiteral("CREATE POLICY own_name ON {schema}.conflict FOR INSERT TO {panel} "
                       "WITH CHECK (member_id = {schema}.current_member())"),

        // Mark sheets: one's own, drafts included; the others' submitted ones once one's own is
        // submitted and one does not abstain. Written in one's own name only, where one may
        // mark; begun as a draft and submitted once every criterion is marked; a submitted sheet
        // is final (no policy lets an update or delete reach it).
        QStringLiteral("ALTER TABLE {schema}.mark_sheet ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY own_or_after_submitting ON {schema}.mark_sheet "
                       "FOR SELECT TO {panel} "
                       "USING (member_id = {schema}.current_member() "
                       "OR (submitted_at IS NOT NULL "
                       "AND {schema}.sees_others(candidate_id, stage)))"),
        QStringLiteral("CREATE POLICY own_new ON {schema}.mark_sheet FOR INSERT TO {panel} "
                       "WITH CHECK (member_id = {schema}.current_member() "
                       "AND {schema}.may_mark(candidate_id) AND submitted_at IS NULL)"),
        QStringLiteral("CREATE POLICY own_draft ON {schema}.mark_sheet FOR UPDATE TO {panel} "
                       "USING (member_id = {schema}.current_member() AND submitted_at IS NULL) "
                       "WITH CHECK (member_id = {schema}.current_member() "
                       "AND {schema}.may_mark(candidate_id) AND (submitted_at IS NULL "
                       "OR {schema}.own_sheet_complete(candidate_id, stage)))"),
        QStringLiteral("CREATE POLICY own_draft_removed ON {schema}.mark_sheet FOR DELETE "
                       "TO {panel} "
                       "USING (member_id = {schema}.current_member() AND submitted_at IS NULL)"),
        // A mark is seen with its sheet (the policy above decides), and only once submitted
        // when it is another's; written only on one's own draft, for a criterion of the stage.
        QStringLiteral("ALTER TABLE {schema}.mark ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY with_its_sheet ON {schema}.mark FOR SELECT TO {panel} "
                       "USING (EXISTS (SELECT 1 FROM {schema}.mark_sheet s "
                       "WHERE s.member_id = mark.member_id AND s.candidate_id = mark.candidate_id "
                       "AND s.stage = mark.stage))"),
        QStringLiteral("CREATE POLICY own_draft_new ON {schema}.mark FOR INSERT TO {panel} "
                       "WITH CHECK (member_id = {schema}.current_member() "
                       "AND {schema}.mark_fits(stage, criterion_id, mark) "
                       "AND EXISTS (SELECT 1 FROM {schema}.mark_sheet s "
                       "WHERE s.member_id = mark.member_id AND s.candidate_id = mark.candidate_id "
                       "AND s.stage = mark.stage AND s.submitted_at IS NULL))"),
        QStringLiteral("CREATE POLICY own_draft ON {schema}.mark FOR UPDATE TO {panel} "
                       "USING (member_id = {schema}.current_member() "
                       "AND EXISTS (SELECT 1 FROM {schema}.mark_sheet s "
                       "WHERE s.member_id = mark.member_id AND s.candidate_id = mark.candidate_id "
                       "AND s.stage = mark.stage AND s.submitted_at IS NULL)) "
                       "WITH CHECK (member_id = {schema}.current_member() "
                       "AND {schema}.mark_fits(stage, criterion_id, mark) "
                       "AND EXISTS (SELECT 1 FROM {schema}.mark_sheet s "
                       "WHERE s.member_id = mark.member_id AND s.candidate_id = mark.candidate_id "
                       "AND s.stage = mark.stage AND s.submitted_at IS NULL))"),
        QStringLiteral("CREATE POLICY own_draft_removed ON {schema}.mark FOR DELETE TO {panel} "
                       "USING (member_id = {schema}.current_member() "
                       "AND EXISTS (SELECT 1 FROM {schema}.mark_sheet s "
                       "WHERE s.member_id = mark.member_id AND s.candidate_id = mark.candidate_id "
                       "AND s.stage = mark.stage AND s.submitted_at IS NULL))"),
        // Consensus marks: seen by whoever sees the candidate's results; recorded by the chair,
        // in their own name, once every expected member has submitted (canRecordConsensus).
        QStringLiteral("ALTER TABLE {schema}.consensus ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY with_results ON {schema}.consensus FOR SELECT TO {panel} "
                       "USING ({schema}.sees_results(candidate_id, stage))"),
        QStringLiteral("CREATE POLICY chair_records ON {schema}.consensus FOR INSERT "
                       "TO {panel} WITH CHECK ({schema}.current_member_role() = 'chair' "
                       "AND recorded_by = {schema}.current_member() "
                       "AND NOT {schema}.abstains(candidate_id) "
                       "AND {schema}.all_submitted(candidate_id, stage))"),

        // The record: read as record_visibility.h says; appended in one's own name (the
        // trigger of case_record_sql.cpp checks it too and keeps the chain).
        QStringLiteral("ALTER TABLE {schema}.record ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY as_seen ON {schema}.record FOR SELECT TO {panel} "
                       "USING ({schema}.record_entry_visible(actor, action, candidate, "
                       "after_text))"),
        QStringLiteral("CREATE POLICY own_name ON {schema}.record FOR INSERT TO {panel} "
                       "WITH CHECK (actor = {schema}.current_member())"),
        QStringLiteral("ALTER TABLE {schema}.record_head ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.record_head FOR SELECT "
                       "TO {panel} USING (true)"),
    };
    return statements;
}

} // namespace sp::server
