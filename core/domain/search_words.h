#pragma once

#include <QString>
#include <QStringList>

namespace sp {

// The words of a text as the search compares them, in order: each run of letters and digits,
// case-folded and without its accents ("Résumé" is "resume", "e-mail" two words), as the case
// file's index (SQLite FTS5, unicode61 remove_diacritics 2) reads a page. A server's index keeps
// these words, so that both stores find the same applications.
QStringList searchWords(const QString& text);

} // namespace sp
