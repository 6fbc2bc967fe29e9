#pragma once

#include <QString>
#include <stdexcept>

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

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind) {}
    ErrorKind kind() const { return kind_; }
    QString message() const { return QString::fromStdString(what()); }

private:
    ErrorKind kind_;
};

} // namespace sp
