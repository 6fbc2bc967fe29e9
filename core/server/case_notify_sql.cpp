#include "server/case_sql.h"

namespace sp::server {

// Every committed change announces itself on the case's channel (its schema's name), so each
// member's window follows the others' work without reopening (server_notifications.cpp). The
// payload says which table, and for a candidate's row its id and stage: "mark_sheet/17/interview".
// It names no member and no mark: how far the marking is, which the whole panel follows anyway.
// Tables written in bulk (an import) announce once a statement.
const QStringList& caseNotifyStatements() {
    static const QStringList statements = {
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.announce_row() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
            AS $$
            DECLARE
              r jsonb;
            BEGIN
              IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
              PERFORM pg_notify(TG_TABLE_SCHEMA, TG_TABLE_NAME || '/'
                || coalesce(r ->> 'candidate_id', '') || '/' || coalesce(r ->> 'stage', ''));
              RETURN NULL;
            END
            $$)sql"),
        QStringLiteral(R"sql(CREATE FUNCTION {schema}.announce_statement() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
            AS $$
            BEGIN
              PERFORM pg_notify(TG_TABLE_SCHEMA, TG_TABLE_NAME || '//');
              RETURN NULL;
            END
            $$)sql"),
        QStringLiteral(R"sql(DO $$
            DECLARE
              t text;
            BEGIN
              FOREACH t IN ARRAY ARRAY['eligibility_decision', 'declaration_tick',
                  'duplicate_resolution', 'conflict', 'mark_sheet', 'mark', 'consensus',
                  'shortlist_decision', 'recommendation'] LOOP
                EXECUTE format('CREATE TRIGGER announce AFTER INSERT OR UPDATE OR DELETE ON '
                               '{schema}.%I FOR EACH ROW EXECUTE FUNCTION '
                               '{schema}.announce_row()', t);
              END LOOP;
              FOREACH t IN ARRAY ARRAY['procedure', 'import_batch', 'candidate', 'document',
                  'duplicate_flag', 'panel_member', 'grid_state', 'grid_reopening',
                  'setting'] LOOP
                EXECUTE format('CREATE TRIGGER announce AFTER INSERT OR UPDATE OR DELETE ON '
                               '{schema}.%I FOR EACH STATEMENT EXECUTE FUNCTION '
                               '{schema}.announce_statement()', t);
              END LOOP;
            END
            $$)sql"),
    };
    return statements;
}

} // namespace sp::server
