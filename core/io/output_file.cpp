#include "io/output_file.h"

#include "domain/error.h"

#include <QFile>
#include <filesystem>
#include <system_error>

namespace sp {

void writeFileReplacing(const QString& path, const QByteArray& bytes) {
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(ErrorKind::Failure,
                    QStringLiteral("%1: cannot write: %2").arg(temporary, file.errorString()));
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const QString writeError = file.errorString();
    file.close();
    if (!written) {
        QFile::remove(temporary);
        throw Error(ErrorKind::Failure,
                    QStringLiteral("%1: cannot write: %2").arg(temporary, writeError));
    }
    std::error_code error;
    // Replaces an existing FILE in one step on every platform.
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        QFile::remove(temporary);
        throw Error(ErrorKind::Failure, QStringLiteral("%1: cannot replace: %2")
                                            .arg(path, QString::fromStdString(error.message())));
    }
}

} // namespace sp
