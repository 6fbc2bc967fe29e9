#pragma once

#include "domain/vacancy.h"
#include "server/server_address.h"
#include "server/server_connection.h"
#include "server/server_names.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace sp::test {

// The server the tests use: SP_TEST_POSTGRES_URL (scripts/with-postgres sets it), as the admin.
std::optional<server::ServerAddress> testServer();
// The address of a new, unused case id on it.
server::ServerAddress freshCaseAddress();

// What a plain SQL statement gave the role that ran it: its rows, or the server's refusal.
struct SqlResult {
    bool ok = false;
    QString error; // the server's message when refused
    std::vector<QStringList> rows;
    int affected = -1;
};
SqlResult runSql(server::ServerConnection& connection, const QString& statement);
// Each member's one-time password as push (or server-add-member) prints it, by member id.
QMap<QString, QString> oneTimePasswords(const QString& printed);
// The statement as the test cluster's superuser (SP_TEST_POSTGRES_SUPERUSER): what only a DBA
// does to members' connections, such as dropping them.
SqlResult runAsSuperuser(const QString& statement);

// A case on the test server with a chair, three members (anna, ben, cara), a secretary, a grid of
// two criteria per stage (experience, motivation: 0..5), three candidates (c1, c2, c3), the grid
// frozen; cara abstains for c2 (a family link she declared).
// Statements may say {schema} for the case's schema. Every test gets a case of its own, dropped
// afterwards with its roles.
class ServerCase : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // The server version the case is made at: this program's, or an earlier one's.
    virtual int schemaVersion() const;

    static const QStringList& members(); // chair, anna, ben, cara, sec
    // The example vacancy with the grid above: what the case's procedure holds.
    static Vacancy testVacancy();
    static QString passwordOf(const QString& member);

    server::ServerConnection& admin() { return *admin_; }
    server::ServerConnection& as(const QString& member); // signed in as the member's own role
    SqlResult run(const QString& member, const QString& statement);
    SqlResult runAsAdmin(const QString& statement);
    // A statement that must succeed; its first column's values.
    QStringList values(const QString& member, const QString& statement);
    int count(const QString& member, const QString& statement); // SELECT count(*) ...

    qint64 candidateId(const QString& reference);
    QString schema() const { return names_.schema; }
    const server::CaseNames& names() const { return names_; }
    const server::ServerAddress& address() const { return address_; }
    QString withSchema(const QString& statement) const;

    // The member's sheet with marks for criteria experience and motivation, as their own role.
    void saveSheet(const QString& member, const QString& candidate, const QString& stage,
                   int experience, int motivation, bool submit);
    void submitSheet(const QString& member, const QString& candidate, const QString& stage);

private:
    server::ServerAddress address_;
    server::CaseNames names_;
    std::unique_ptr<server::ServerConnection> admin_;
    std::map<QString, std::unique_ptr<server::ServerConnection>> connections_;
};

// Drops a case made by the tests and its roles (the test server is throwaway, but a developer's
// may not be).
void dropCase(server::ServerConnection& admin, const server::CaseNames& names,
              const QStringList& members);

} // namespace sp::test
