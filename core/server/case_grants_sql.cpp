#include "server/case_sql.h"

namespace sp::server {

// Who may touch what at all: members get the panel's group role and through it exactly these
// privileges; the policies (case_policies_sql.cpp) then decide which rows. Nobody but the owner
// creates anything in the case's schema; in the database, PUBLIC keeps neither CONNECT nor
// TEMPORARY (no temporary views or functions to hide behind) and, in the public schema, no CREATE.
const QStringList& caseGrantStatements() {
    static const QStringList statements = {
        QStringLiteral("REVOKE ALL ON SCHEMA {schema} FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA {schema} TO {panel}"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {schema} FROM PUBLIC"),
        QStringLiteral(R"sql(GRANT SELECT ON {schema}.procedure, {schema}.import_batch,
            {schema}.candidate, {schema}.document, {schema}.duplicate_flag, {schema}.setting,
            {schema}.grid_state, {schema}.eligibility_decision, {schema}.declaration_tick,
            {schema}.duplicate_resolution, {schema}.grid_reopening, {schema}.shortlist_decision,
            {schema}.recommendation, {schema}.panel_member, {schema}.member_role,
            {schema}.conflict, {schema}.mark_sheet, {schema}.mark, {schema}.consensus,
            {schema}.consolidated_mark TO {panel})sql"),
        QStringLiteral(R"sql(GRANT INSERT, UPDATE, DELETE ON {schema}.procedure,
            {schema}.import_batch, {schema}.candidate, {schema}.document, {schema}.duplicate_flag,
            {schema}.setting, {schema}.eligibility_decision, {schema}.declaration_tick,
            {schema}.duplicate_resolution, {schema}.shortlist_decision, {schema}.recommendation,
            {schema}.mark_sheet, {schema}.mark TO {panel})sql"),
        QStringLiteral("GRANT UPDATE ON {schema}.grid_state TO {panel}"),
        // lastval() after a row is added, which the client reads the new row's id by.
        QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {panel}"),
        QStringLiteral("GRANT INSERT ON {schema}.grid_reopening, {schema}.conflict, "
                       "{schema}.consensus TO {panel}"),
        // The record: appended only (no UPDATE, DELETE or TRUNCATE for anyone on the panel). Its
        // hashes, seals and signatures are not for members to read: they cover the marks of
        // entries a member may not see, few enough to be guessed from a hash. record_chain()
        // checks the chain for them.
        QStringLiteral("GRANT SELECT (id, seq, at, actor, action, candidate, before_text, "
                       "after_text, signed_by_key) ON {schema}.record TO {panel}"),
        QStringLiteral("GRANT INSERT (actor, action, candidate, before_text, after_text, seal) "
                       "ON {schema}.record TO {panel}"),
        QStringLiteral("GRANT SELECT (id, entries) ON {schema}.record_head TO {panel}"),
        QStringLiteral(R"sql(GRANT EXECUTE ON FUNCTION {schema}.current_member(),
            {schema}.current_member_role(), {schema}.abstains(bigint),
            {schema}.has_submitted(bigint, text), {schema}.sees_others(bigint, text),
            {schema}.all_submitted(bigint, text), {schema}.sees_results(bigint, text),
            {schema}.may_mark(bigint), {schema}.manages_procedure(),
            {schema}.stage_criteria(text), {schema}.mark_fits(text, text, integer),
            {schema}.own_sheet_complete(bigint, text),
            {schema}.consolidated_marks(), {schema}.record_entry_visible(text, text, text, text),
            {schema}.record_chain() TO {panel})sql"),
    };
    return statements;
}

// Run as the admin (who owns the database), not as the case's owner role.
const QStringList& caseDatabaseStatements() {
    static const QStringList statements = {
        QStringLiteral(R"sql(DO $$ BEGIN
              EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
              EXECUTE format('GRANT CONNECT ON DATABASE %I TO {panel}', current_database());
              IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
              END IF;
            END $$)sql"),
    };
    return statements;
}

// Run by the admin (who has CREATEROLE; the function runs with their rights, and only members of
// the owner role may call it): the member's own login role, in the panel's group role and nothing
// else, signing in with the SCRAM verifier the program computed from the password (the password
// itself never reaches the server); the panel row, the mapping, and the record entry.
const QStringList& caseAdminStatements() {
    static const QStringList statements = {
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.add_member(
                member text, member_name text, member_role text, login text, verifier text)
            RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
            AS $$
            BEGIN
              IF EXISTS (SELECT 1 FROM {schema}.panel_member WHERE id = member) THEN
                RAISE EXCEPTION '% is already on the panel of this case', member
                  USING ERRCODE = 'unique_violation';
              END IF;
              INSERT INTO {schema}.panel_member (id, name, role, added_at)
                VALUES (member, member_name, member_role,
                        to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
              PERFORM {schema}.add_member_role(member, login, verifier);
              INSERT INTO {schema}.record (actor, action, after_text)
                VALUES (member, 'panel_member_added', format('%s (%s)', member_name, member_role));
            END
            $$)sql"),
        QStringLiteral("REVOKE ALL ON FUNCTION {schema}.add_member(text, text, text, text, text) "
                       "FROM PUBLIC"),
        // A member on the panel gets their login role and its mapping: add_member's second half,
        // and all of it for a case pushed from a file (server_push.cpp), whose own record entry
        // names them. Its checks refuse a malformed id before any role is made.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.add_member_role(
                member text, login text, verifier text)
            RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
            AS $$
            BEGIN
              IF member !~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$' OR length(member) > 30 THEN
                RAISE EXCEPTION 'member id % is not lower-case letters and digits', member
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF login !~ '^[a-z][a-z0-9_]*$' OR length(login) > 63 THEN
                RAISE EXCEPTION 'role name % is not lower-case letters, digits and _', login
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF NOT EXISTS (SELECT 1 FROM {schema}.panel_member WHERE id = member) THEN
                RAISE EXCEPTION '% is not on the panel of this case', member
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE '
                             'NOREPLICATION NOBYPASSRLS INHERIT PASSWORD %L', login, verifier);
              EXECUTE format('GRANT {panel} TO %I', login);
              INSERT INTO {schema}.member_role (member_id, role_name) VALUES (member, login);
            END
            $$)sql"),
        QStringLiteral("REVOKE ALL ON FUNCTION {schema}.add_member_role(text, text, text) "
                       "FROM PUBLIC"),
    };
    return statements;
}

} // namespace sp::server
