#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sp {

// A SQLite connection of its own to a file other than the case open here (a workbook or a backup
// being written, a case file read to push it), closed and removed however the work ends.
class FileConnection {
public:
    // Throws sp::Error: `failure` ("%1: cannot open", marked for translation) naming the file,
    // with the driver's words.
    FileConnection(const QString& path, const QString& connectOptions, const char* failure);
    ~FileConnection();
    FileConnection(const FileConnection&) = delete;
    FileConnection& operator=(const FileConnection&) = delete;

    QSqlDatabase& db() { return db_; }

private:
    QString name_;
    QSqlDatabase db_;
};

} // namespace sp
