#pragma once

#include <QString>
#include <utility>

namespace sp {

// Where the automatic backup before a destructive operation goes: beside the case file, named
// CASE.before-OCCASION-YYYYmmddTHHMMSSZ.selpanel ("erase", "reopen"); a second one within the same
// second gets a counter rather than failing.
QString automaticBackupPath(const QString& casePath, const QString& occasion);

// Removes the automatic backup again unless the operation it was taken for went through: a failed
// erasure or reopening leaves no extra copy of the personal data behind.
class BackupKeptIfDone {
public:
    explicit BackupKeptIfDone(QString path) : path_(std::move(path)) {}
    ~BackupKeptIfDone();
    BackupKeptIfDone(const BackupKeptIfDone&) = delete;
    BackupKeptIfDone& operator=(const BackupKeptIfDone&) = delete;
    void done() { done_ = true; }

private:
    QString path_;
    bool done_ = false;
};

} // namespace sp
