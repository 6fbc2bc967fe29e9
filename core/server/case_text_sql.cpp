#include "server/case_sql.h"

namespace sp::server {

// Server version 3: the index of the applications' text (server_text_index.h), as the case
// file's (pdf_text_indexed, and the pages' words instead of FTS5). Derived data: anyone on the
// panel reads it and indexes a PDF nobody has indexed yet (each member's window does, for the
// PDFs it finds unindexed); nobody on the panel changes or removes what is indexed. An erased
// PDF takes its words with it.
const QStringList& caseTextIndexStatements() {
    static const QStringList statements = {
        QStringLiteral(R"sql(CREATE TABLE {schema}.pdf_text_indexed (
            candidate_id bigint PRIMARY KEY
              REFERENCES {schema}.document(candidate_id) ON DELETE CASCADE,
            pages integer NOT NULL CHECK (pages >= 0)))sql"),
        QStringLiteral(R"sql(CREATE TABLE {schema}.page_text (
            candidate_id bigint NOT NULL
              REFERENCES {schema}.pdf_text_indexed(candidate_id) ON DELETE CASCADE,
            page integer NOT NULL CHECK (page >= 0),
            words tsvector NOT NULL,
            PRIMARY KEY (candidate_id, page)))sql"),
        QStringLiteral("CREATE INDEX page_text_words ON {schema}.page_text USING gin (words)"),
        QStringLiteral("ALTER TABLE {schema}.pdf_text_indexed ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.pdf_text_indexed FOR SELECT "
                       "TO {panel} USING (true)"),
        QStringLiteral("CREATE POLICY panel_indexes ON {schema}.pdf_text_indexed FOR INSERT "
                       "TO {panel} WITH CHECK (true)"),
        QStringLiteral("ALTER TABLE {schema}.page_text ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY panel_reads ON {schema}.page_text FOR SELECT TO {panel} "
                       "USING (true)"),
        QStringLiteral("CREATE POLICY panel_indexes ON {schema}.page_text FOR INSERT TO {panel} "
                       "WITH CHECK (true)"),
        QStringLiteral("REVOKE ALL ON {schema}.pdf_text_indexed, {schema}.page_text FROM PUBLIC"),
        QStringLiteral("GRANT SELECT, INSERT ON {schema}.pdf_text_indexed, {schema}.page_text "
                       "TO {panel}"),
    };
    return statements;
}

} // namespace sp::server
