#include "casefile/case_file.h"

#include "casefile/candidate_rows.h"
#include "casefile/case_events.h"
#include "casefile/case_store.h"
#include "casefile/open_problem.h"
#include "casefile/panel_rows.h"
#include "casefile/record_rows.h"
#include "casefile/schema.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "casefile/workbook.h"
#include "casefile/writer_lock.h"
#include "domain/error.h"
#include "io/vacancy_json.h"
#include "server/server_address.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sp {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("selpanel-%1").arg(counter.fetchAndAddRelaxed(1));
}

void openConnection(CaseFile::Access access, const QString& path, QSqlDatabase& db,
                    const QString& connectionName) {
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == CaseFile::Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (const auto problem =
                openProblem(path, db.lastError(), access == CaseFile::Access::ReadOnly))
            throw *problem;
        sql::fail(db.lastError(),
                  Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot open"), path));
    }
}

// Read as it is, without SQLite's shared-memory file beside it (open_problem.h says when).
void reopenAsItIs(const QString& path, QSqlDatabase& db) {
    db.close();
    db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                       QStringLiteral("?mode=ro&immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open())
        sql::fail(db.lastError(),
                  Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot open"), path));
}

// Rejects anything that is not our file before touching it; a cause beside the file (a full
// disk, a read-only place, a leftover journal) is named rather than calling the file damaged.
void checkIdentity(QSqlDatabase& db, const QString& path, bool readOnly) {
    QSqlQuery id(db);
    if (!id.exec(QStringLiteral("PRAGMA application_id")) || !id.next()) {
        if (const auto problem = openProblem(path, id.lastError(), readOnly))
            throw *problem;
        throw Error(ErrorKind::Damaged,
                    QStringLiteral("%1 is not a Selection Panel case file or is damaged (%2)")
                        .arg(path, id.lastError().databaseText()));
    }
    const int appId = id.value(0).toInt();
    id.finish();
    if (appId != schema::ApplicationId)
        throw Error(ErrorKind::Damaged,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1 is a SQLite database but not a Selection Panel case file"),
                                path));
}

// A reader in a read-only folder or file system, or on a full disk, where SQLite cannot create its
// shared-memory file: reads the file as it is when nothing beside it waits to be recovered.
void readAsItIsIfNeeded(const QString& path, QSqlDatabase& db) {
    QSqlError error;
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("PRAGMA application_id")))
            return;
        error = probe.lastError();
    }
    if (readableAsItIs(path, error))
        reopenAsItIs(path, db);
}

void requireWritableFile(const QString& path) {
    if (!QFileInfo(path).isWritable())
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1 is read-only (a read-only file, folder or file system): it "
                                    "can be opened read-only"),
                                path));
}

void configure(QSqlDatabase& db, bool readOnly) {
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!readOnly) {
        sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

void createOwnerOnlyFile(const QString& path) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY, 0600);
    if (fd < 0 && errno == EEXIST)
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 already exists; choose another name"),
                        path));
    if (fd < 0)
        throw Error(ErrorKind::Failure,
                    QStringLiteral("%1: cannot create (%2)").arg(path, qt_error_string(errno)));
    ::close(fd);
#else
    QFile file(path);
    if (file.exists())
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 already exists; choose another name"),
                        path));
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Failure,
                    QStringLiteral("%1: cannot create (%2)").arg(path, file.errorString()));
#endif
}

Vacancy loadVacancy(QSqlDatabase& db, const QString& path) {
    QSqlQuery query = sql::exec(db, QStringLiteral("SELECT vacancy_json FROM procedure"));
    if (!query.next())
        throw Error(ErrorKind::Damaged,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 holds no procedure"), path));
    return parseVacancyJson(query.value(0).toByteArray(), path);
}

} // namespace

QString nowUtcText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void requireWritable(const CaseStore& impl) {
    if (impl.readOnly)
        throw Error(ErrorKind::Failure,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1 is open read-only: nothing can be changed"),
                                impl.path));
    if (impl.workbook)
        workbook::refuseInWorkbook(*impl.workbook, impl.path);
}

QString actorOr(CaseStore& store, const QString& otherwise) {
    return dialectOf(store.db).connectedMember(store.db).value_or(otherwise);
}

qint64 candidateIdOf(QSqlDatabase& db, const QString& reference) {
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT id FROM candidate WHERE reference = ?"), {reference});
    if (!q.next())
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no candidate %1"), reference));
    return q.value(0).toLongLong();
}

int CaseFile::currentSchemaVersion() {
    return schema::currentVersion();
}

CaseFile::CaseFile(std::unique_ptr<CaseStore> store)
    : d(std::move(store)), applications_(*d), screening_(*d), panel_(*d), marking_(*d, *this),
      results_(*d, *this), record_(*d), identities_(*d), workbooks_(*d, *this),
      dataProtection_(*d, *this) {}
CaseFile::~CaseFile() {
    // This computer remembers the record's head it wrote (record_anchor.h); nothing to do for a
    // reader, and never a reason to fail closing.
    if (d && !d->readOnly && !onServer())
        try {
            anchorRecordHead(*d);
        } catch (const std::exception&) {
        }
}

std::unique_ptr<CaseFile> CaseFile::create(const QString& path, const Vacancy& vacancy) {
    createOwnerOnlyFile(path);
    try {
        auto impl = std::make_unique<CaseStore>();
        impl->path = path;
        impl->connectionName = nextConnectionName();
        impl->lock = WriterLock::acquire(path);
        openConnection(Access::ReadWrite, path, impl->db, impl->connectionName);
        sql::exec(impl->db,
                  QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId));
        configure(impl->db, false);
        schema::migrate(impl->db, schema::currentVersion());
        sql::exec(impl->db,
                  QStringLiteral("INSERT INTO procedure (id, reference, title, vacancy_json, "
                                 "created_at) VALUES (1, ?, ?, ?, ?)"),
                  {vacancy.reference, vacancy.title, QString::fromUtf8(vacancyToJson(vacancy)),
                   nowUtcText()});
        record_rows::append(impl->db, QStringLiteral("secretary"), QStringLiteral("case_created"),
                            QString(), QString(),
                            QStringLiteral("%1 %2").arg(vacancy.reference, vacancy.title),
                            seal_rows::sealUnits(impl->db, {ProcedureUnit}));
        impl->vacancy = vacancy;
        impl->versionAtOpening = schema::currentVersion();
        return std::unique_ptr<CaseFile>(new CaseFile(std::move(impl)));
    } catch (...) {
        // A case file that could not be completed is removed: nothing half-written is left.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile::remove(path);
        throw;
    }
}

std::unique_ptr<CaseFile> CaseFile::open(const QString& path, Access access, Integrity integrity) {
    if (server::looksLikeServerUrl(path))
        return openServer(path, access);
    if (!QFileInfo::exists(path))
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: no such file"), path));
    auto impl = std::make_unique<CaseStore>();
    impl->path = path;
    impl->connectionName = nextConnectionName();
    impl->readOnly = access == Access::ReadOnly;
    if (!impl->readOnly) {
        requireWritableFile(path);
        impl->lock = WriterLock::acquire(path);
    }
    openConnection(access, path, impl->db, impl->connectionName);
    if (impl->readOnly)
        readAsItIsIfNeeded(path, impl->db);
    checkIdentity(impl->db, path, impl->readOnly);
    if (integrity == Integrity::CheckedAtOpening)
        if (const auto problem = fileDialect().quickCheck(impl->db, path))
            throw Error(ErrorKind::Damaged, *problem);
    const int version = schema::readVersion(impl->db);
    if (version > schema::currentVersion())
        throw Error(
            ErrorKind::NewerVersion,
            Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem",
                                  "%1 was written by a newer version of Selection Panel (case file "
                                  "version %2; this program reads up to version %3): update "
                                  "Selection Panel to open it"),
                path, version, schema::currentVersion()));
    configure(impl->db, impl->readOnly);
    impl->versionAtOpening = version;
    if (version < schema::currentVersion()) {
        if (impl->readOnly)
            throw Error(ErrorKind::Failure,
                        Problem::of(QT_TRANSLATE_NOOP(
                                        "sp::Problem",
                                        "%1 was written by an older version (case file version %2) "
                                        "and must be upgraded: open it in Selection Panel once, or "
                                        "run selection-panel upgrade on it"),
                                    path, version));
        schema::migrate(impl->db, schema::currentVersion());
    }
    impl->vacancy = loadVacancy(impl->db, path);
    impl->workbook = workbook::identityIn(impl->db);
    return std::unique_ptr<CaseFile>(new CaseFile(std::move(impl)));
}

std::optional<WriterInfo> CaseFile::currentWriter(const QString& path) {
    return WriterLock::holder(path);
}

QString CaseFile::path() const {
    return d->path;
}
bool CaseFile::onServer() const {
    return dialectOf(d->db).onServer();
}
bool CaseFile::checkConnection() {
    return !onServer() || checkServerConnection(*d);
}
bool CaseFile::connectionLost() const {
    return d->connectionLost;
}
ConnectionEvents& CaseFile::connectionEvents() {
    return d->events.connection;
}
CaseFile::Location CaseFile::location() const {
    return {d->path, d->serverPassword};
}

std::unique_ptr<CaseFile> CaseFile::open(const Location& location, Access access,
                                         Integrity integrity) {
    if (server::looksLikeServerUrl(location.path))
        return openServer(location.path, access, location.password);
    return open(location.path, access, integrity);
}
bool CaseFile::isReadOnly() const {
    return d->readOnly;
}
int CaseFile::schemaVersion() const {
    return dialectOf(d->db).schemaVersion(d->db);
}
int CaseFile::versionAtOpening() const {
    return d->versionAtOpening;
}
const Vacancy& CaseFile::vacancy() const {
    return d->vacancy;
}
std::optional<WorkbookIdentity> CaseFile::workbookIdentity() const {
    return d->workbook;
}

CaseIdentity CaseFile::caseIdentity() const {
    return {panel_rows::selectSetting(d->db, QStringLiteral("case_id")).value_or(QString()),
            workbook::gridHashOf(d->vacancy),
            static_cast<int>(panel_rows::selectReopenings(d->db).size())};
}

VerifyReport CaseFile::verify() const {
    return verifyCase(*d);
}

std::vector<StateProblem> CaseFile::rowsChangedOutside() const {
    return sp::rowsChangedOutside(*d);
}

void CaseFile::backupTo(const QString& target) const {
    backupCase(*d, target);
}

std::optional<QString> CaseFile::integrityProblem() const {
    return dialectOf(d->db).quickCheck(d->db, d->path);
}

} // namespace sp
