#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

// Every file the program writes for the user (exports, sheets, backups) goes out the same way:
// under a fresh temporary name in the same folder (".NAME.tmp-HOST-PID-RANDOM", created
// exclusively, owner-only whatever the umask, never through a symlink), flushed and synced, then
// renamed into place. A kill leaves the whole file or none under its name; the temporary files a
// killed run left are removed by the next write to the same name.

// Writes PATH, replacing a file (or a symlink, never what it points to) already there. Throws
// Error(Failure) naming the path and why ("the disk is full", "read-only", ...).
void writeFileReplacing(const QString& path, const QByteArray& bytes);

// A file another writer fills (SQLite's VACUUM INTO): reserved empty and owner-only under a
// temporary name beside the target; publish() syncs it and renames it into place. Destroyed
// unpublished, it removes the temporary file.
class OutputInProgress {
public:
    enum class Existing { Replace, Refuse };
    OutputInProgress(const QString& target, Existing existing);
    ~OutputInProgress();
    OutputInProgress(const OutputInProgress&) = delete;
    OutputInProgress& operator=(const OutputInProgress&) = delete;

    const QString& temporaryPath() const { return temporary_; }
    // Existing::Refuse: throws BadInput if TARGET appeared meanwhile, leaving it untouched.
    void publish();

private:
    QString target_;
    QString temporary_;
    Existing existing_;
    bool published_ = false;
};

// Creates DIR (and missing parents) owner-only (0700) whatever the umask; refuses a DIR that is
// a symlink or not a folder. An existing folder is used as it is.
void makeOwnerOnlyFolder(const QString& dir);

// Removes what killed runs left while writing TARGET: temporary files of this host whose process
// is gone (and their SQLite journals). Those of a run still going on are left alone.
void removeStaleTemporaries(const QString& target);

} // namespace sp
