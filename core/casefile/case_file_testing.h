#pragma once

namespace sp {

class CaseFile;

// What only tests do to a case file.
class CaseFileTesting {
public:
    // Caps the database at `pages` pages (PRAGMA max_page_count) to simulate a full disk.
    static void limitPages(CaseFile& caseFile, int pages);
};

} // namespace sp
