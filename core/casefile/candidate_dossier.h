#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

class CaseFile;

// Everything held on one candidate, for a data subject's access request (Regulation 2018/1725):
// the declared data, the screening with the panel's decisions and reasons, the shortlist and
// recommendation decisions, and the consolidated results per criterion. Never the individual
// panel members' marks.
QByteArray candidateDossierJson(const CaseFile& caseFile, const QString& reference);

// Writes DIR/application.json, DIR/record.csv (the candidate's record entries as anyone off the
// panel reads them: every entry, no member's marks or comments; record_as_seen.h) and
// DIR/application.pdf, the stored PDF (none once erased). Returns the paths written.
QStringList exportCandidateDossier(const CaseFile& caseFile, const QString& reference,
                                   const QString& dir);

} // namespace sp
