#pragma once

#include <QString>
#include <vector>

// The case's tables as push copies them from a file to a server and backup from a server to a
// file: the tables of both stores have the same columns (case_tables_sql.cpp).
namespace sp::server {

// Each table as the case file keeps it and as the server does, in an order that keeps every
// reference whole; identity columns the server makes itself (rowid) are left to it, in the
// file's order.
struct CopiedTable {
    const char* name;
    const char* select; // on the case file, and on the server with the case's schema searched
    const char* insert; // on the server, {schema} for the case's schema
};

const std::vector<CopiedTable>& copiedTables();

// The table's INSERT for a case file: the server's, unqualified.
QString insertIntoFile(const CopiedTable& table);

} // namespace sp::server
