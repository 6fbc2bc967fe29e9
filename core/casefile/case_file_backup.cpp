#include "casefile/case_file_impl.h"
#include "casefile/sql.h"
#include "domain/error.h"

#include <QFile>

namespace sp {

void CaseFile::backupTo(const QString& target) const {
    if (QFile::exists(target))
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 already exists; choose another name").arg(target));
    // Created empty and owner-only first: VACUUM INTO fills an empty file and keeps its mode.
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            throw Error(ErrorKind::Failure,
                        QStringLiteral("%1: cannot create (%2)").arg(target, file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    try {
        sql::exec(d->db, QStringLiteral("VACUUM INTO ?"), {target});
    } catch (...) {
        QFile::remove(target);
        throw;
    }
}

} // namespace sp
