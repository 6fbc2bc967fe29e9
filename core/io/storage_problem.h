#pragma once

#include "domain/problem.h"

#include <QString>

namespace sp {

// What stops a file from being written, in the user's words, as seen from the folder that holds
// it: a full disk, a read-only file system, a folder that cannot be written to.
bool diskIsFull(const QString& folder);
bool isReadOnlyFileSystem(const QString& folder);
bool folderIsWritable(const QString& folder);

// The words for an errno from writing a file: "the disk is full", "the file system is
// read-only", ... (else the system's own text).
Problem storageProblem(int errorNumber);

} // namespace sp
