#pragma once

#include "domain/problem.h"

#include <QString>

namespace sp {

// One problem of one row of an input file, printed as FILE:ROW: COLUMN: message.
// ROW is the record number as a spreadsheet shows it: the header is row 1, the first data row 2.
// row 0 means the file as a whole; an empty column means the row as a whole.
struct ImportProblem {
    QString file;
    int row = 0;
    QString column;
    QString message;   // English
    Problem what = {}; // the message, for the window to translate; empty text: show `message`

    // The message in English and for the window.
    static ImportProblem of(QString file, int row, QString column, Problem what);
    QString toString() const; // "FILE:ROW: COLUMN: message"
};

// A value as a message may quote it: at most `maxCharacters` of it, elided with …, control
// characters (a line break) shown as �, so a 10 MB cell cannot flood the output. Never for
// a personal value (a name, an e-mail address, a nationality): name the column instead.
constexpr int excerptCharacters = 20;
QString excerpt(const QString& value, int maxCharacters = excerptCharacters);
QString quotedExcerpt(const QString& value, int maxCharacters = excerptCharacters); // "…"

} // namespace sp
