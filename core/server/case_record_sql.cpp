#include "server/case_sql.h"

namespace sp::server {

// The record on the server: appended only, its hash chain kept by the database. The hash is the
// one of domain/record.cpp recordEntryHash (length-prefixed UTF-8 fields; the database is UTF-8,
// so octet_length counts UTF-8 bytes), so verify reads a server's record as a file's.
const QStringList& caseRecordStatements() {
    static const QStringList statements = {
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.record_field(field text) RETURNS text
            LANGUAGE sql IMMUTABLE
            AS $$ SELECT octet_length($1)::text || ':' || $1 $$)sql"),
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.record_entry_hash(
                seq bigint, at text, actor text, action text, candidate text, before_text text,
                after_text text, seal text, previous_hash text)
            RETURNS text LANGUAGE sql IMMUTABLE
            AS $$ SELECT encode(sha256(convert_to(
                    {schema}.record_field($1::text) || {schema}.record_field($2)
                    || {schema}.record_field($3) || {schema}.record_field($4)
                    || {schema}.record_field($5) || {schema}.record_field($6)
                    || {schema}.record_field($7)
                    || CASE WHEN $8 <> '' THEN {schema}.record_field($8) ELSE '' END
                    || {schema}.record_field($9), 'UTF8')), 'hex') $$)sql"),
        // Every insert passes here, one at a time per case (an advisory lock for the rest of the
        // transaction, keyed by the case's schema): a member's entry is in their own name only,
        // and gets the next seq, the previous entry's hash, the server's time and its hash. An
        // entry brought with its own seq and hash (a case pushed from a file, by the admin) must
        // follow the head and carry its true hash.
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.record_append() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
            DECLARE
              case_schema bigint;
              case_owner oid;
              head_entries bigint;
              head_hash text;
            BEGIN
              SELECT n.oid::bigint, n.nspowner INTO STRICT case_schema, case_owner
                FROM pg_namespace n WHERE n.nspname = TG_TABLE_SCHEMA;
              PERFORM pg_advisory_xact_lock((x'53504e4c'::bigint << 32) | case_schema);
              IF NOT pg_has_role(session_user, case_owner, 'MEMBER')
                 AND NEW.actor IS DISTINCT FROM {schema}.current_member() THEN
                RAISE EXCEPTION 'the record takes entries in the connected member''s own name only: % is not %',
                  NEW.actor, coalesce({schema}.current_member(), session_user::text)
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              SELECT h.entries, h.hash INTO head_entries, head_hash
                FROM {schema}.record_head h WHERE h.id = 1;
              head_entries := coalesce(head_entries, 0);
              head_hash := coalesce(head_hash, '');
              IF NEW.seq IS NULL THEN
                NEW.seq := head_entries + 1;
                NEW.previous_hash := head_hash;
                NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                  'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
                NEW.hash := {schema}.record_entry_hash(NEW.seq, NEW.at, NEW.actor, NEW.action,
                  NEW.candidate, NEW.before_text, NEW.after_text, NEW.seal, NEW.previous_hash);
              ELSIF NEW.seq <> head_entries + 1 OR NEW.previous_hash IS DISTINCT FROM head_hash THEN
                RAISE EXCEPTION 'record entry % does not follow entry % of the record',
                  NEW.seq, head_entries USING ERRCODE = 'serialization_failure';
              ELSIF NEW.hash IS DISTINCT FROM {schema}.record_entry_hash(NEW.seq, NEW.at,
                  NEW.actor, NEW.action, NEW.candidate, NEW.before_text, NEW.after_text,
                  NEW.seal, NEW.previous_hash) THEN
                RAISE EXCEPTION 'record entry %: its hash does not match its fields', NEW.seq
                  USING ERRCODE = 'data_exception';
              END IF;
              INSERT INTO {schema}.record_head (id, entries, hash) VALUES (1, NEW.seq, NEW.hash)
                ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, hash = excluded.hash;
              RETURN NEW;
            END
            $$)sql"),
        QStringLiteral("CREATE TRIGGER record_append BEFORE INSERT ON {schema}.record "
                       "FOR EACH ROW EXECUTE FUNCTION {schema}.record_append()"),
        // The chain checked where the hashes are: members do not read them (case_grants_sql.cpp).
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.record_chain()
            RETURNS TABLE (entries bigint, intact boolean)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$
              WITH chain AS (
                SELECT r.seq, r.hash, r.previous_hash,
                       row_number() OVER (ORDER BY r.seq) AS position,
                       coalesce(lag(r.hash) OVER (ORDER BY r.seq), '') AS before_hash,
                       {schema}.record_entry_hash(r.seq, r.at, r.actor, r.action, r.candidate,
                         r.before_text, r.after_text, r.seal, r.previous_hash) AS true_hash
                FROM {schema}.record r)
              SELECT c.entries,
                     c.linked AND coalesce(h.entries = c.entries AND h.hash = c.last_hash,
                                           c.entries = 0)
              FROM (SELECT count(*) AS entries,
                           coalesce(bool_and(seq = position AND previous_hash = before_hash
                                             AND hash = true_hash), true) AS linked,
                           (array_agg(hash ORDER BY seq DESC))[1] AS last_hash
                    FROM chain) c
              LEFT JOIN {schema}.record_head h ON h.id = 1
            $$)sql"),
    };
    return statements;
}

} // namespace sp::server
