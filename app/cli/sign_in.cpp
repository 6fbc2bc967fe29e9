#include "cli/sign_in.h"

#include "cli/terminal_passphrase.h"
#include "domain/error.h"
#include "server/server_address.h"

#include <QFile>

namespace sp::cli {

namespace {

// The file's first lines (its passphrase, or a one-time code and the new passphrase).
QList<QByteArray> passphraseLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            ErrorKind::NotFound,
            QStringLiteral("cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    QList<QByteArray> lines = file.read(64 * 1024).split('\n');
    for (auto& line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    return lines;
}

QByteArray chosenOnTerminal(const QString& member) {
    const QByteArray first = readHiddenLine(
        QStringLiteral("Choose a passphrase for %1 (at least 8 characters): ").arg(member));
    if (readHiddenLine(QStringLiteral("The same passphrase again: ")) != first)
        throw Error(ErrorKind::BadInput, QStringLiteral("the two passphrases differ"));
    return first;
}

// On a server the member signed in as their own role: acting or reading as another is refused.
bool signedInByServer(CaseFile& caseFile, const QString& member) {
    if (caseFile.identities().credentials(member) != identity::Credentials::ServerRole)
        return false;
    caseFile.identities().signIn(member, QByteArray());
    return true;
}

} // namespace

std::unique_ptr<CaseFile> openCase(const QString& path, CaseFile::Access access) {
    if (!server::looksLikeServerUrl(path))
        return CaseFile::open(path, access);
    try {
        return CaseFile::openServer(path, access);
    } catch (const Error& e) {
        // libpq's words when it found no password to give.
        if (!e.message().contains(QLatin1String("no password supplied")) || !haveTerminal())
            throw;
    }
    const server::ServerAddress address = server::parseServerUrl(path);
    const QByteArray password = readHiddenLine(
        QStringLiteral("Password for %1 on %2: ")
            .arg(address.user.isEmpty() ? qEnvironmentVariable("PGUSER") : address.user,
                 address.display()));
    return CaseFile::openServer(path, access, QString::fromUtf8(password));
}

const QCommandLineOption& passphraseFileOption() {
    static const QCommandLineOption option(
        QStringLiteral("passphrase-file"),
        QStringLiteral("Read the member's passphrase from the file's first line (with a one-time "
                       "code: the code, then the new passphrase) instead of the terminal."),
        QStringLiteral("FILE"));
    return option;
}

std::unique_ptr<CaseFile> openSignedIn(const QString& path, const QString& member,
                                       const QCommandLineParser& parser) {
    auto caseFile = openCase(path);
    if (signedInByServer(*caseFile, member))
        return caseFile;
    // Someone not on the panel (a data protection officer erasing, say) has no passphrase: the
    // domain rules decide whether they may act, and the act is recorded unsigned.
    if (!findMember(caseFile->panel().members(), member))
        return caseFile;
    const identity::Credentials credentials = caseFile->identities().credentials(member);
    QByteArray passphrase;
    QByteArray newPassphrase;
    if (parser.isSet(passphraseFileOption())) {
        const auto lines = passphraseLines(parser.value(passphraseFileOption()));
        passphrase = lines.value(0);
        if (credentials == identity::Credentials::OneTimeCode)
            newPassphrase = lines.value(1);
    } else if (!haveTerminal()) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("acting as %1 needs their passphrase: run in a terminal, or "
                                   "give --passphrase-file FILE")
                        .arg(member));
    } else if (credentials == identity::Credentials::None) {
        passphrase = chosenOnTerminal(member);
    } else {
        passphrase = readHiddenLine(credentials == identity::Credentials::OneTimeCode
                                        ? QStringLiteral("One-time code for %1: ").arg(member)
                                        : QStringLiteral("Passphrase for %1: ").arg(member));
        if (credentials == identity::Credentials::OneTimeCode)
            newPassphrase = chosenOnTerminal(member);
    }
    caseFile->identities().signIn(member, passphrase, newPassphrase);
    return caseFile;
}

void signInToRead(CaseFile& caseFile, const QString& member, const QCommandLineParser& parser) {
    if (!findMember(caseFile.panel().members(), member))
        return; // the command says the reader is not on the panel
    if (signedInByServer(caseFile, member))
        return;
    const identity::Credentials credentials = caseFile.identities().credentials(member);
    if (credentials == identity::Credentials::None)
        return; // like acting: a member without a passphrase yet reads unsigned
    if (credentials == identity::Credentials::OneTimeCode)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 holds a one-time code: sign in with it once to act (say, "
                                   "mark) and choose a passphrase, then read as them")
                        .arg(member));
    QByteArray passphrase;
    if (parser.isSet(passphraseFileOption()))
        passphrase = passphraseLines(parser.value(passphraseFileOption())).value(0);
    else if (haveTerminal())
        passphrase = readHiddenLine(QStringLiteral("Passphrase for %1: ").arg(member));
    else
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("reading as %1 needs their passphrase: run in a terminal, or "
                                   "give --passphrase-file FILE")
                        .arg(member));
    caseFile.identities().signIn(member, passphrase);
}

} // namespace sp::cli
