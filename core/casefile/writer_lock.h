#pragma once

#include "casefile/case_file.h"

#include <QLockFile>
#include <QString>
#include <memory>
#include <optional>

namespace sp {

// One writer at a time: a lock file beside the case file ("CASE.selpanel.lock") naming the
// holder. The operating system's lock is released if the holder dies, so a crash never leaves
// the case file locked on the same machine.
class WriterLock {
public:
    static QString lockPathFor(const QString& caseFilePath);
    // Takes the lock or throws ErrorKind::Locked naming who holds it.
    static std::unique_ptr<WriterLock> acquire(const QString& caseFilePath);
    static std::optional<WriterInfo> holder(const QString& caseFilePath);

private:
    explicit WriterLock(const QString& lockPath);
    QLockFile lock_;
};

} // namespace sp
