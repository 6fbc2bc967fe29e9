#include "server/server_address.h"

#include "domain/error.h"
#include "server/server_names.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace sp::server {

namespace {

// The address as messages show it: without a password, wherever it was put.
QString withoutPassword(const QString& url) {
    QUrl shown(url);
    QUrlQuery query(shown);
    query.removeAllQueryItems(QStringLiteral("password"));
    shown.setQuery(query);
    return shown.toString(QUrl::RemovePassword);
}

[[noreturn]] void refuse(const QString& url, const Problem& why) {
    throw Error(ErrorKind::BadInput,
                Problem{QT_TRANSLATE_NOOP("sp::Problem", "server address '%1': %2"),
                        {withoutPassword(url)},
                        {},
                        {why}});
}

// The libpq parameters an address may carry; values without spaces or quotes, so they pass to
// libpq's connection string unchanged.
bool isAllowedOption(const QString& key) {
    static const QStringList allowed = {
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcompression"),
        QStringLiteral("gssencmode"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("channel_binding"),
        QStringLiteral("require_auth"),
    };
    return allowed.contains(key);
}

} // namespace

bool looksLikeServerUrl(const QString& text) {
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

ServerAddress parseServerUrl(const QString& url) {
    if (!looksLikeServerUrl(url))
        refuse(url, Problem::of(
                        QT_TRANSLATE_NOOP("sp::Problem", "it does not start with postgresql://")));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        refuse(url, Problem::verbatim(parsed.errorString()));
    if (!parsed.password().isEmpty())
        refuse(url, Problem::of(QT_TRANSLATE_NOOP(
                        "sp::Problem", "it holds a password; leave it out and let libpq find it "
                                       "(~/.pgpass, PGPASSFILE, or its prompt)")));
    ServerAddress address;
    address.host = parsed.host();
    address.port = parsed.port(0);
    address.user = parsed.userName();
    address.database = parsed.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        refuse(url,
               Problem::of(QT_TRANSLATE_NOOP(
                   "sp::Problem", "it names no database (postgresql://HOST/DATABASE?case=ID)")));
    static const QRegularExpression plainValue(QStringLiteral("^[A-Za-z0-9_./:@-]+$"));
    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("case")) {
            address.caseId = value;
        } else if (key == QLatin1String("host") && address.host.isEmpty()) {
            if (!plainValue.match(value).hasMatch())
                refuse(url, Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                          "host=%1 is not a plain host or folder"),
                                        value));
            address.host = value;
        } else if (key == QLatin1String("password")) {
            refuse(url,
                   Problem::of(QT_TRANSLATE_NOOP(
                       "sp::Problem", "it holds a password; leave it out and let libpq find it "
                                      "(~/.pgpass, PGPASSFILE, or its prompt)")));
        } else if (isAllowedOption(key)) {
            if (!plainValue.match(value).hasMatch())
                refuse(url,
                       Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                     "%1=%2 holds characters libpq would misread"),
                                   key, value));
            address.options << key + QLatin1Char('=') + value;
        } else {
            refuse(url, Problem::of(
                            QT_TRANSLATE_NOOP("sp::Problem",
                                              "'%1' is not a parameter Selection Panel passes on "
                                              "(case, host, sslmode, sslrootcert, sslcert, sslkey, "
                                              "connect_timeout, ...)"),
                            key));
        }
    }
    if (address.caseId.isEmpty())
        refuse(url,
               Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "it names no case (add ?case=ID)")));
    caseNames(address.caseId); // refuses an id a schema cannot be named after
    return address;
}

QString ServerAddress::display() const {
    return urlFor(QString());
}

QString ServerAddress::urlFor(const QString& userName) const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(userName);
    url.setHost(host.startsWith(QLatin1Char('/')) ? QString() : host);
    if (port != 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    for (const auto& option : options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0),
                           option.section(QLatin1Char('='), 1));
    query.addQueryItem(QStringLiteral("case"), caseId);
    url.setQuery(query);
    return url.toString();
}

} // namespace sp::server
