#pragma once

#include "domain/problem.h"

#include <QString>
#include <stdexcept>
#include <vector>

namespace sp {

// Why an operation failed; the command line maps BadInput to exit code 2, the rest to 1.
enum class ErrorKind {
    BadInput,     // the user's file or argument is wrong: they can fix it
    NotFound,     // a file, candidate or reference that does not exist
    Locked,       // another process holds the case file for writing
    NewerVersion, // the case file was written by a newer Selection Panel
    Damaged,      // the case file fails its integrity check or is not a case file
    Failure,      // anything else (disk full, I/O error, a bug)
};

// what() and message() are English, for the command line and the logs; problems() is what the
// window translates.
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const Problem& problem) : Error(kind, std::vector<Problem>{problem}) {}
    // Several problems at once, listed as "first; second" or one a line.
    Error(ErrorKind kind, std::vector<Problem> problems, Listing listing = Listing::Semicolons)
        : std::runtime_error(englishOf(problems, listing).toStdString()), kind_(kind),
          listing_(listing),
          problems_(problems.empty() ? std::vector<Problem>{Problem::verbatim({})}
                                     : std::move(problems)) {}
    // A message not worth translating (a driver's): the window shows it as it is.
    Error(ErrorKind kind, const QString& message) : Error(kind, Problem::verbatim(message)) {}

    ErrorKind kind() const { return kind_; }
    QString message() const { return QString::fromStdString(what()); }
    const Problem& problem() const { return problems_.front(); }
    const std::vector<Problem>& problems() const { return problems_; }
    Listing listing() const { return listing_; }

private:
    ErrorKind kind_;
    Listing listing_;
    std::vector<Problem> problems_; // never empty
};

} // namespace sp
