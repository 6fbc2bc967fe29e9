#pragma once

#include "casefile/case_file.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>

namespace sp::cli {

// Opens a case file, or a case on a server (postgresql://...) signed in by libpq's usual means
// (PGPASSWORD, ~/.pgpass, a certificate, Kerberos); when the server wants a password none of
// them gave, it is asked on the terminal.
std::unique_ptr<CaseFile> openCase(const QString& path,
                                   CaseFile::Access access = CaseFile::Access::ReadWrite);

// --passphrase-file FILE: the passphrase on the file's first line, for scripts. Never taken as
// an argument, so it shows in no process list or shell history.
const QCommandLineOption& passphraseFileOption();

// Opens the case file for writing and signs `member` in (when they are on the panel): the
// passphrase from --passphrase-file, or asked on the terminal without echo. The first sign-in asks
// to choose it (twice on the terminal); with a one-time code the file holds the code, then the new
// passphrase on the next line.
std::unique_ptr<CaseFile> openSignedIn(const QString& path, const QString& member,
                                       const QCommandLineParser& parser);

// Reading as a member (their marks, their sheet, what they may find or read in the record) asks
// for their passphrase as acting does, once they have one; the case file may stay read-only.
// A member holding only a one-time code signs in once to act first.
void signInToRead(CaseFile& caseFile, const QString& member, const QCommandLineParser& parser);

} // namespace sp::cli
