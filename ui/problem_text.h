#pragma once

#include "domain/error.h"
#include "domain/marking_rules.h"
#include "domain/problem.h"
#include "domain/record.h"
#include "domain/state_seal.h"
#include "io/import_problem.h"

#include <QString>
#include <exception>
#include <vector>

namespace sp::ui {

// Core's refusals and problems in the window's language: the text from the catalogue's
// "sp::Problem" context, then its arguments as they are and its parts translated in turn. A text
// the catalogue lacks (a verbatim one) stays as core wrote it.
QString translated(const Problem& problem);
// "first; second", or one a line, as core lists them.
QString translated(const std::vector<Problem>& problems, Listing listing = Listing::Semicolons);
QString translated(const Error& error);
QString translated(const Permission& permission); // why it is refused; empty when allowed
QString translated(const ImportProblem& problem); // its message
QString translated(const RecordProblem& problem);
QString translated(const StateProblem& problem);

// What a caught exception says: an Error translated, anything else as it is.
QString translatedWhat(const std::exception& failure);
// The problems of a caught exception, for a Permission: an Error's, or its what() verbatim.
std::vector<Problem> problemsOf(const std::exception& failure);

} // namespace sp::ui
