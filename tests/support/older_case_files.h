#pragma once

#include <QString>

namespace sp::test {

// Takes a case file written by this program back to what version 6 wrote: no seals in the record
// (each entry's hash worked out as version 6 did), no record head, no case id; no members'
// credentials and no signatures (version 8); no index of the PDFs' text (version 9).
void downgradeToVersion6(const QString& path);

} // namespace sp::test
