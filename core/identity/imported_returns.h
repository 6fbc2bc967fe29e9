#pragma once

#include "domain/record.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sp::identity {

// How the record keeps an imported return (casefile/workbook_return.cpp): one
// "return_imported" entry holding the member's key, signature and the signed text, after one
// "marks_submitted" entry per sheet ending in fromReturnText(). The importing secretary does not
// sign these: the member's signature over the return vouches for them, and verify checks it again.
inline constexpr auto ReturnImportedAction = "return_imported";

struct ImportedReturnText {
    QString member;
    QString sha256; // of the return file
    int sheets = 0;
    QByteArray publicKey; // raw
    QByteArray signature; // raw
    QByteArray signedText;
};
QString importedReturnText(const ImportedReturnText& imported);
// The end of each imported sheet's "marks_submitted" text.
QString fromReturnText(const QString& member, const QString& sha256);

// Whether the entry is one that an imported return vouches for, rather than its actor's signature.
bool vouchedByReturn(const RecordEntry& entry);

struct ReturnSignatures {
    int returnsChecked = 0;
    int sheetsChecked = 0; // the imported sheets found as their member signed them
    std::vector<RecordProblem> problems;
};

// Every imported return checked again: signed with a key the record registered for the member
// before it, the signature valid over the signed text, and the sheets the import wrote exactly
// those the member signed; and no sheet claiming to come from a return that was never imported.
ReturnSignatures checkImportedReturns(const std::vector<RecordEntry>& entries);

} // namespace sp::identity
