#pragma once

#include <QString>

namespace sp::ui {

// The form of a text that filtering compares: case-folded, accents removed, so that "jose"
// finds "José" and "MULLER" finds "Müller".
QString foldForSearch(const QString& text);

} // namespace sp::ui
