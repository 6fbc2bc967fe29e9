#pragma once

#include "domain/marking_rules.h"
#include "domain/vacancy.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace sp {

// A member's submitted sheets, carried from their workbook back to the case: a small JSON file
// with the member's Ed25519 signature over the canonical bytes of its "return" object.
struct MarksReturn {
    QString caseId;         // the case's setting 'case_id'
    QString vacancy;        // the vacancy's reference, for the reader
    QString gridHash;       // workbook.h gridHashOf
    int gridReopenings = 0; // the grid's reopenings when the workbook was exported
    QString member;
    Stage stage = Stage::Preselection;
    QDateTime createdAt; // UTC
    std::vector<MarkSheet> sheets;
};

// What is signed: a fixed prefix naming the format, then the "return" object as compact JSON
// with its keys sorted, so the same return always gives the same bytes.
QByteArray canonicalBytes(const MarksReturn& marksReturn);

// The return signed in `canonical` (canonicalBytes), as the record keeps it; throws like
// parseMarksReturn.
MarksReturn parseCanonicalReturn(const QByteArray& canonical, const QString& source);

// The file: format, version, the return and the signature (base64).
QByteArray marksReturnFile(const MarksReturn& marksReturn, const QByteArray& signature);

struct ReadMarksReturn {
    MarksReturn content;
    QByteArray signature;
    QString sha256; // of the whole file, as the case's record names it
};

// Reads a return file's bytes; throws Error(BadInput) naming `source` when they are not a whole
// return (truncated, damaged, another kind of file).
ReadMarksReturn parseMarksReturn(const QByteArray& bytes, const QString& source);

} // namespace sp
