#include "casefile/case_file.h"
#include "cli/commands_list.h"
#include "cli/marking_options.h"
#include "cli/output.h"
#include "cli/text_indexing.h"
#include "domain/error.h"
#include "io/vacancy_json.h"
#include "server/server_case.h"
#include "server/server_names.h"
#include "server/server_password.h"
#include "server/server_push.h"

#include <QFile>

namespace sp::cli {

namespace {

server::ServerAddress addressArgument(const QCommandLineParser& p) {
    return server::parseServerUrl(positionals(p, 1, "URL")[0]);
}

QByteArray firstLineOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            ErrorKind::NotFound,
            QStringLiteral("cannot read the password file %1: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.size() < 12)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1: the password on its first line is shorter than 12 "
                                   "characters")
                        .arg(path));
    return line;
}

// How the member signs in: the libpq connection line (psql, or any tool), the program's address,
// and the ~/.pgpass line that spares typing the password.
void printSignIn(const server::ServerAddress& address, const PanelMember& member,
                 const QString& login, const QByteArray& generatedPassword) {
    const QString host = address.host.isEmpty() ? QStringLiteral("HOST") : address.host;
    const QString port = address.port != 0 ? QString::number(address.port) : QStringLiteral("5432");
    QString conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                           .arg(host, port, address.database, login);
    for (const auto& option : address.options)
        conninfo += QLatin1Char(' ') + option;
    out("added {} ({}, {}): signs in as the PostgreSQL role {}\n", str(member.id), str(member.name),
        str(roleKey(member.role)), str(login));
    if (!generatedPassword.isEmpty())
        out("one-time password: {}\n", generatedPassword.toStdString());
    err("{}"
        "To sign in:\n"
        "  psql \"{}\"\n"
        "  selection-panel {}\n"
        "To sign in without typing the password, the member adds this line to ~/.pgpass "
        "(chmod 600 ~/.pgpass):\n"
        "  {}:{}:{}:{}:PASSWORD\n"
        "and at the first sign-in chooses their own password: psql \"{}\" -c '\\password'\n",
        generatedPassword.isEmpty()
            ? ""
            : "Give it to the member in person or by a separate channel; it is shown only now.\n",
        str(conninfo), str(address.urlFor(login)), str(host), str(port), str(address.database),
        str(login), str(conninfo));
}

} // namespace

Command serverInitCommand() {
    static const QCommandLineOption vacancy(
        QStringLiteral("vacancy"), QStringLiteral("The vacancy definition (JSON), as for new."),
        QStringLiteral("FILE"));
    return {"server-init",
            "Create a case on a PostgreSQL server: its schema, roles, rights and the row-level "
            "security that keeps each member's marks secret (run by the admin).",
            "postgresql://[ADMIN@]HOST[:PORT]/DATABASE?case=ID --vacancy FILE",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(
                    QStringLiteral("URL"),
                    QStringLiteral("The server, database and case id (lower-case letters and "
                                   "digits); libpq parameters such as sslmode=verify-full may "
                                   "follow. The admin (a role with CREATEROLE that owns the "
                                   "database) signs in by libpq's usual means (~/.pgpass, "
                                   "PGPASSWORD, Kerberos, peer), never a password here."));
                p.addOption(vacancy);
            },
            [](const QCommandLineParser& p) {
                const server::ServerAddress address = addressArgument(p);
                if (!p.isSet(vacancy))
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--vacancy FILE is required (see --help)"));
                const Vacancy v = loadVacancyFile(p.value(vacancy));
                const server::CaseNames names = server::caseNames(address.caseId);
                server::ServerConnection admin(address);
                server::initCase(admin, v);
                out("created case {} on {} for {} ({})\n", str(names.caseId),
                    str(address.display()), str(v.reference), str(v.title));
                err("Schema {} is owned by the role {} (you are in it); every member's role will "
                    "be in {}.\nAdd the panel: selection-panel server-add-member {} --member ID "
                    "--role chair|member|secretary --name NAME\n",
                    str(names.schema), str(names.owner), str(names.panel),
                    str(address.urlFor(address.user)));
                return static_cast<int>(Success);
            }};
}

Command serverAddMemberCommand() {
    static const QCommandLineOption memberId(
        QStringLiteral("member"),
        QStringLiteral("The new member's id (lower-case letters and digits, single underscores "
                       "between)."),
        QStringLiteral("ID"));
    static const QCommandLineOption role(QStringLiteral("role"),
                                         QStringLiteral("chair, member (the default) or "
                                                        "secretary."),
                                         QStringLiteral("ROLE"), QStringLiteral("member"));
    static const QCommandLineOption name(QStringLiteral("name"),
                                         QStringLiteral("The member's name (default: the id)."),
                                         QStringLiteral("NAME"));
    static const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("The member's first password, on the file's first line (default: a "
                       "random one-time password, shown once)."),
        QStringLiteral("FILE"));
    return {"server-add-member",
            "Add a panel member to a case on a PostgreSQL server: their own login role, in the "
            "panel's group role and nothing else. Prints how they sign in.",
            "URL --member ID [--role chair|member|secretary] [--name NAME] [--password-file FILE]",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("URL"),
                                        QStringLiteral("The case on the server, as for "
                                                       "server-init."));
                p.addOptions({memberId, role, name, passwordFile});
            },
            [](const QCommandLineParser& p) {
                const server::ServerAddress address = addressArgument(p);
                const QString roleKey = p.value(role);
                const auto parsedRole = roleFromKey(roleKey);
                if (!parsedRole)
                    throw Error(ErrorKind::BadInput,
                                QStringLiteral("--role must be chair, member or secretary, not "
                                               "'%1'")
                                    .arg(roleKey));
                const QString id = requiredValue(p, memberId);
                const PanelMember member{id, p.isSet(name) ? p.value(name) : id, *parsedRole};
                const bool generated = !p.isSet(passwordFile);
                const QByteArray password = generated ? server::newOneTimePassword().toUtf8()
                                                      : firstLineOf(p.value(passwordFile));
                server::ServerConnection admin(address);
                const QString login = server::addMember(admin, member, password);
                printSignIn(address, member, login, generated ? password : QByteArray());
                return static_cast<int>(Success);
            }};
}

Command pushCommand() {
    return {"push",
            "Upload a case file to a new case on a PostgreSQL server, PDFs and record included, "
            "checked; every panel member gets their own role and a one-time password (run by "
            "the admin).",
            "CASE.selpanel postgresql://[ADMIN@]HOST[:PORT]/DATABASE?case=ID",
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("CASE"),
                                        QStringLiteral("The case file (verified first)."));
                p.addPositionalArgument(QStringLiteral("URL"),
                                        QStringLiteral("The new case on the server, as for "
                                                       "server-init."));
            },
            [](const QCommandLineParser& p) {
                const QStringList args = positionals(p, 2, "CASE and URL");
                const server::ServerAddress address = server::parseServerUrl(args[1]);
                server::ServerConnection admin(address);
                const server::PushOutcome pushed = server::pushCase(admin, args[0]);
                out("pushed {} to case {} on {}: {} candidate(s), {} mark sheet(s), {} record "
                    "entries, the record's chain checked by the server\n",
                    str(args[0]), str(address.caseId), str(address.display()), pushed.candidates,
                    pushed.sheets, pushed.recordEntries);
                for (const auto& member : pushed.members)
                    printSignIn(address, member.member, member.login, member.password.toUtf8());
                // The case file's index is FTS5's, which keeps no text to copy: the server's is
                // made from the PDFs again, here, so no member's window has to.
                indexTextsShowingProgress(*CaseFile::openServer(args[1]), address.display());
                return static_cast<int>(Success);
            }};
}

} // namespace sp::cli
