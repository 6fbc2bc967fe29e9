#include "casefile/case_file_impl.h"
#include "casefile/workbook.h"
#include "domain/error.h"
#include "identity/imported_returns.h"
#include "identity/member_key.h"
#include "io/marks_return.h"

#include <algorithm>

namespace sp {

namespace {

[[noreturn]] void refuseReturn(const QString& source, const QString& why) {
    throw Error(ErrorKind::BadInput,
                QStringLiteral("%1: refused, nothing was imported: %2").arg(source, why));
}

// The reopening that made the return's grid obsolete: the first after the workbook's export.
QString reopeningText(const GridReopening& reopening) {
    return QStringLiteral("the grid was reopened on %1 by %2 (\"%3\") after the workbook was "
                          "exported, so these marks were given against a grid that no longer "
                          "holds; export a new workbook")
        .arg(reopening.at.toString(Qt::ISODate), reopening.by, reopening.reason);
}

void checkSignature(const CaseFile& caseFile, const ReadMarksReturn& read, const QString& source) {
    const QString& member = read.content.member;
    const std::vector<QByteArray> keys = caseFile.publicKeys(member);
    if (keys.empty())
        refuseReturn(source, QStringLiteral("%1 has no key in this case to check the return's "
                                            "signature with")
                                 .arg(member));
    const QByteArray signedBytes = canonicalBytes(read.content);
    if (identity::signatureValid(keys.back(), signedBytes, read.signature))
        return;
    const bool earlierKey = std::any_of(keys.begin(), keys.end() - 1, [&](const QByteArray& key) {
        return identity::signatureValid(key, signedBytes, read.signature);
    });
    if (earlierKey)
        refuseReturn(source, QStringLiteral("signed with a key of %1 that has been replaced since "
                                            "(their passphrase was reset): export a new workbook")
                                 .arg(member));
    refuseReturn(source, QStringLiteral("the signature is not %1's (key %2): the file was changed "
                                        "after it was signed, or was not signed by %1")
                             .arg(member, identity::publicKeyText(keys.back())));
}

} // namespace

QByteArray CaseFile::marksReturn() const {
    if (!d->workbook)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 is not a member's workbook: marks are returned from a "
                                   "workbook (export-workbook)")
                        .arg(d->path));
    const WorkbookIdentity& workbook = *d->workbook;
    const auto key = signedInKey(workbook.member);
    if (!key)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("sign in as %1 first: the return is signed with their key")
                        .arg(workbook.member));
    MarksReturn r;
    r.caseId = workbook.ofCase.caseId;
    r.vacancy = d->vacancy.reference;
    r.gridHash = workbook.ofCase.gridHash;
    r.gridReopenings = workbook.ofCase.gridReopenings;
    r.member = workbook.member;
    r.stage = workbook.stage;
    r.createdAt = QDateTime::currentDateTimeUtc();
    for (const auto& candidate : candidates())
        if (const auto sheet =
                ownSheet(candidate.application.reference, workbook.stage, workbook.member);
            sheet && sheet->submitted)
            r.sheets.push_back(*sheet);
    if (r.sheets.empty())
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 has submitted no sheet yet: nothing to return")
                        .arg(workbook.member));
    return marksReturnFile(r, key->sign(canonicalBytes(r)));
}

ImportedReturn CaseFile::importReturn(const QByteArray& bytes, const QString& source) {
    if (d->workbook)
        workbook::refuseInWorkbook(*d->workbook, d->path);
    requireWritable(*d);
    const ReadMarksReturn read = parseMarksReturn(bytes, source);
    const MarksReturn& r = read.content;
    const CaseIdentity here = caseIdentity();
    if (r.caseId != here.caseId)
        refuseReturn(source, QStringLiteral("it was made for another case (%1, case id %2), not "
                                            "this one (%3, case id %4)")
                                 .arg(r.vacancy, r.caseId, d->vacancy.reference, here.caseId));
    if (!findMember(panel(), r.member))
        refuseReturn(source, QStringLiteral("%1 is not on this case's panel").arg(r.member));
    checkSignature(*this, read, source);
    const std::vector<GridReopening> reopenings = gridReopenings();
    if (r.gridReopenings < static_cast<int>(reopenings.size()))
        refuseReturn(source, reopeningText(reopenings[static_cast<size_t>(r.gridReopenings)]));
    if (r.gridHash != here.gridHash || r.gridReopenings != here.gridReopenings)
        refuseReturn(source, QStringLiteral("it was made against another grid than this case's"));
    const QString returned = QStringLiteral("(sha256 %1)").arg(read.sha256);
    for (const auto& entry : record())
        if (entry.action == QLatin1String(identity::ReturnImportedAction) &&
            entry.after.contains(returned))
            refuseReturn(source, QStringLiteral("this return was already imported on %1")
                                     .arg(entry.at.toString(Qt::ISODate)));
    if (r.sheets.empty())
        refuseReturn(source, QStringLiteral("it holds no sheet"));
    QStringList problems;
    QStringList candidates;
    for (const auto& sheet : r.sheets) {
        candidates << sheet.candidate;
        if (!sheet.submitted)
            problems << QStringLiteral("%1: the sheet is not submitted").arg(sheet.candidate);
        const Permission may = markingPermission(sheet.candidate, sheet.stage, sheet.member);
        if (!may.allowed) {
            problems << QStringLiteral("%1: %2").arg(sheet.candidate, may.reason);
            continue;
        }
        if (const auto here = ownSheet(sheet.candidate, sheet.stage, sheet.member);
            here && here->submitted)
            problems << QStringLiteral("%1: %2 already submitted a %3 sheet in the case")
                            .arg(sheet.candidate, sheet.member, stageKey(sheet.stage));
    }
    if (!problems.empty())
        refuseReturn(source, problems.join(QStringLiteral("; ")));
    const ReturnSource from{read.sha256, QStringLiteral("secretary"),
                            identity::importedReturnText(
                                {r.member, read.sha256, static_cast<int>(r.sheets.size()),
                                 publicKeys(r.member).back(), read.signature, canonicalBytes(r)})};
    try {
        saveMarkSheets(r.sheets, &from);
    } catch (const Error& e) {
        refuseReturn(source, e.message());
    }
    return {r.member, candidates, read.sha256};
}

} // namespace sp
