#include "domain/record.h"
#include "server_fixture.h"

#include <QDateTime>
#include <thread>

// The record on the server: appended only, in one's own name, its chain kept by the database and
// readable by verify; a marks entry read as the panel's rules say.
namespace {

using sp::test::ServerCase;
using ServerRecord = ServerCase;

QString append(const QString& actor, const QString& action, const QString& candidate = {},
               const QString& after = {}) {
    return QStringLiteral("INSERT INTO {schema}.record (actor, action, candidate, after_text) "
                          "VALUES ('%1', '%2', '%3', '%4')")
        .arg(actor, action, candidate, after);
}

TEST_F(ServerRecord, MembersAppendInTheirOwnNameOnly) {
    const auto own = run("anna", append("anna", "note_added"));
    EXPECT_TRUE(own.ok) << own.error.toStdString();
    const auto other = run("anna", append("ben", "note_added"));
    EXPECT_FALSE(other.ok);
    EXPECT_TRUE(other.error.contains("own name")) << other.error.toStdString();
    const auto system = run("sec", append("selection-panel", "state_sealed"));
    EXPECT_FALSE(system.ok);
    // Nor a forged place in the chain.
    const auto placed = run("anna", "INSERT INTO {schema}.record (seq, actor, action, "
                                    "previous_hash, hash) VALUES (1000, 'anna', 'x', '', '')");
    EXPECT_FALSE(placed.ok);
    EXPECT_TRUE(placed.error.contains("permission denied")) << placed.error.toStdString();
}

TEST_F(ServerRecord, NoRoleOnThePanelChangesOrRemovesAnEntry) {
    ASSERT_TRUE(run("anna", append("anna", "note_added")).ok);
    for (const auto& member : members()) {
        for (const QString& statement :
             {QStringLiteral("UPDATE {schema}.record SET after_text = 'changed'"),
              QStringLiteral("DELETE FROM {schema}.record"),
              QStringLiteral("TRUNCATE {schema}.record"),
              QStringLiteral("UPDATE {schema}.record_head SET entries = 0"),
              QStringLiteral("DELETE FROM {schema}.record_head")}) {
            const auto result = run(member, statement);
            EXPECT_FALSE(result.ok) << member.toStdString() << ": " << statement.toStdString();
            EXPECT_TRUE(result.error.contains("permission denied")) << result.error.toStdString();
        }
    }
    EXPECT_EQ(values("", "SELECT after_text FROM {schema}.record WHERE action = 'note_added'"),
              QStringList{""});
}

TEST_F(ServerRecord, MembersReadNoHashesButTheServerVouchesForTheChain) {
    ASSERT_TRUE(run("anna", append("anna", "note_added")).ok);
    for (const char* column : {"hash", "previous_hash", "seal", "signature"}) {
        const auto read =
            run("ben", QStringLiteral("SELECT %1 FROM {schema}.record").arg(QLatin1String(column)));
        EXPECT_FALSE(read.ok) << column;
    }
    EXPECT_FALSE(run("ben", "SELECT * FROM {schema}.record").ok);
    EXPECT_FALSE(run("ben", "SELECT hash FROM {schema}.record_head").ok);
    const auto returning = run("ben", "INSERT INTO {schema}.record (actor, action) "
                                      "VALUES ('ben', 'x') RETURNING previous_hash");
    EXPECT_FALSE(returning.ok);
    const auto chain = run("ben", "SELECT entries, intact FROM {schema}.record_chain()");
    ASSERT_TRUE(chain.ok) << chain.error.toStdString();
    // server_case_created, five panel_member_added, anna's note.
    EXPECT_EQ(chain.rows.at(0), (QStringList{"7", "true"}));
}

TEST_F(ServerRecord, TheChainIsTheOneVerifyChecks) {
    ASSERT_TRUE(run("anna", append("anna", "note_added", "c1", "ünïcode ✓ text")).ok);
    const auto rows = runAsAdmin("SELECT seq, at, actor, action, candidate, before_text, "
                                 "after_text, seal, previous_hash, hash FROM {schema}.record "
                                 "ORDER BY id");
    ASSERT_TRUE(rows.ok) << rows.error.toStdString();
    std::vector<sp::RecordEntry> entries;
    for (const auto& row : rows.rows) {
        sp::RecordEntry e;
        e.seq = row[0].toLongLong();
        e.at = QDateTime::fromString(row[1], Qt::ISODateWithMs).toUTC();
        e.actor = row[2];
        e.action = row[3];
        e.candidate = row[4];
        e.before = row[5];
        e.after = row[6];
        e.seal = row[7];
        e.previousHash = row[8].toLatin1();
        e.hash = row[9].toLatin1();
        EXPECT_EQ(e.at.toString(Qt::ISODateWithMs), row[1]);
        entries.push_back(e);
    }
    ASSERT_EQ(entries.size(), 7u);
    EXPECT_TRUE(sp::verifyRecordChain(entries).empty());
    // A change behind the server's back shows, to verify and to the server's own check.
    ASSERT_TRUE(runAsAdmin("ALTER TABLE {schema}.record DISABLE TRIGGER record_append").ok);
    ASSERT_TRUE(runAsAdmin("UPDATE {schema}.record SET after_text = 'forged' WHERE seq = 3").ok);
    EXPECT_EQ(values("anna", "SELECT intact FROM {schema}.record_chain()"), QStringList{"false"});
}

TEST_F(ServerRecord, AnEntryWithMarksIsReadAsTheRulesSay) {
    const QString c1 = QStringLiteral("c1");
    ASSERT_TRUE(run("anna", append("anna", "marks_saved", c1, "preselection: experience=3")).ok);
    ASSERT_TRUE(
        run("anna", append("anna", "marks_submitted", c1, "preselection: experience=4")).ok);
    const QString marksEntries =
        QStringLiteral("SELECT action FROM {schema}.record WHERE actor = 'anna' AND action "
                       "LIKE 'marks%' ORDER BY seq");
    EXPECT_EQ(values("anna", marksEntries), (QStringList{"marks_saved", "marks_submitted"}));
    EXPECT_TRUE(values("ben", marksEntries).isEmpty());
    EXPECT_TRUE(values("sec", marksEntries).isEmpty());
    saveSheet("ben", "c1", "preselection", 2, 2, true);
    EXPECT_EQ(values("ben", marksEntries), QStringList{"marks_submitted"}) << "never the draft";
    EXPECT_TRUE(values("ben", "SELECT action FROM {schema}.record WHERE actor = 'anna' AND "
                              "action = 'marks_submitted' AND after_text LIKE 'interview%'")
                    .isEmpty());
    // Entries without marks are everyone's.
    EXPECT_EQ(count("cara", "SELECT count(*) FROM {schema}.record WHERE action = "
                            "'panel_member_added'"),
              5);
}

TEST_F(ServerRecord, AppendsAtTheSameMomentKeepTheChain) {
    constexpr int perMember = 25;
    const QStringList writers = {"chair", "anna", "ben", "cara"};
    std::vector<std::thread> threads;
    std::vector<int> failures(writers.size(), 0);
    for (int i = 0; i < writers.size(); ++i) {
        threads.emplace_back([&, i] {
            sp::server::ServerAddress address = this->address();
            address.user = sp::server::memberRoleName(names(), writers[i]);
            sp::server::ServerConnection connection(address, passwordOf(writers[i]));
            for (int n = 0; n < perMember; ++n)
                if (!sp::test::runSql(connection, withSchema(append(writers[i], "note_added"))).ok)
                    ++failures[i];
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (int i = 0; i < writers.size(); ++i)
        EXPECT_EQ(failures[i], 0) << writers[i].toStdString();
    EXPECT_EQ(values("sec", "SELECT entries || ' ' || intact FROM {schema}.record_chain()"),
              QStringList{QString::number(6 + perMember * writers.size()) + " true"});
}

} // namespace
