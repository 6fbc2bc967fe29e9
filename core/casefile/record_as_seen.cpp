#include "casefile/record_as_seen.h"

#include "casefile/case_file.h"

namespace sp {

namespace {

// A member who marks: is the panel member `reader` someone whose own marks open the others'?
bool marksThemselves(const CaseFile& caseFile, const QString& reader) {
    const std::vector<PanelMember> panel = caseFile.panel().members();
    const PanelMember* member = reader.isEmpty() ? nullptr : findMember(panel, reader);
    return member && roleMarks(member->role);
}

} // namespace

OthersMarksByStage othersMarksSeenBy(const CaseFile& caseFile, const QString& reader,
                                     const std::vector<RecordEntry>& entries) {
    OthersMarksByStage access;
    if (!marksThemselves(caseFile, reader))
        return access; // the secretary and anyone off the panel never see individual marks
    for (const auto& [candidate, stage] : othersMarksConcerned(entries, reader)) {
        OthersMarks seen = OthersMarks::Hidden;
        try {
            seen = caseFile.marking().visibleMarks(candidate, stage, reader).othersVisible.allowed
                       ? OthersMarks::Visible
                       : OthersMarks::AfterOwnSubmission;
        } catch (const std::exception&) {
            // Abstaining, or a reference no longer in the file: nothing to see.
        }
        access[{candidate, stage}] = seen;
    }
    return access;
}

std::vector<RecordEntry> recordAsSeenBy(const CaseFile& caseFile, std::vector<RecordEntry> entries,
                                        const QString& reader, const HiddenText& hiddenText) {
    const OthersMarksByStage access = othersMarksSeenBy(caseFile, reader, entries);
    const QString member = marksThemselves(caseFile, reader) ? reader : QString();
    return recordAsSeenBy(std::move(entries), member, access, hiddenText);
}

std::vector<RecordEntry> recordAsSeenBy(const CaseFile& caseFile, const QString& reader,
                                        const QString& candidate, const QString& actor,
                                        const HiddenText& hiddenText) {
    return recordAsSeenBy(caseFile, caseFile.record().entries(candidate, actor), reader,
                          hiddenText);
}

} // namespace sp
