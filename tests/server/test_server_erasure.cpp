#include "casefile/case_file.h"
#include "domain/error.h"
#include "server/server_names.h"
#include "server_fixture.h"
#include "support/app_runner.h"

// Erasing a candidate's personal data on a server: by the server's administrator, as the case's
// owner (whom no policy hides a row from), never by a member's role, which sees only some of the
// candidate's rows and would leave the others behind.
namespace {

using sp::CaseFile;

class ServerErasure : public sp::test::ServerCase {
protected:
    void SetUp() override {
        ServerCase::SetUp();
        if (IsSkipped())
            return;
        // A draft, whose comment anna may still change.
        saveSheet("anna", "c2", "preselection", 3, 4, false);
        const auto commented = run("anna", "UPDATE {schema}.mark_sheet SET comment = 'quotes the "
                                           "CV' WHERE member_id = 'anna'");
        ASSERT_TRUE(commented.ok) << commented.error.toStdString();
        ASSERT_EQ(commented.affected, 1);
    }
    std::unique_ptr<CaseFile> openAs(const QString& member) {
        return CaseFile::openServer(address().urlFor(sp::server::memberRoleName(names(), member)),
                                    CaseFile::Access::ReadWrite, passwordOf(member));
    }
};

TEST_F(ServerErasure, TheAdministratorErasesEveryRowOfTheCandidateAndItIsRecorded) {
    const auto erased = sp::test::runApp({"erase", address().urlFor(address().user), "c2", "--by",
                                          "dpo", "--reason", "retention period over"});
    ASSERT_EQ(erased.exitCode, 0) << erased.errText().toStdString();
    EXPECT_TRUE(erased.outText().contains("c2\terased")) << erased.outText().toStdString();
    EXPECT_TRUE(erased.errText().contains("1 candidate(s) erased on the server"))
        << erased.errText().toStdString();

    auto chair = openAs("chair");
    EXPECT_TRUE(chair->dataProtection().isErased("c2"));
    const auto c2 = chair->applications().candidate("c2");
    ASSERT_TRUE(c2.has_value());
    EXPECT_EQ(c2->application.surname, QStringLiteral("erased"));
    EXPECT_TRUE(c2->application.email.isEmpty());
    EXPECT_FALSE(chair->dataProtection().isErased("c1"));
    // anna's comment on her own sheet, which no other member's role could have reached.
    EXPECT_EQ(values("", "SELECT comment FROM {schema}.mark_sheet WHERE member_id = 'anna'"),
              QStringList{"(erased)"});
    const auto entries = chair->record().entries("c2");
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().action, QStringLiteral("candidate_erased"));
    EXPECT_EQ(entries.back().actor, QStringLiteral("dpo"));
    EXPECT_EQ(entries.back().after, QStringLiteral("retention period over"));
    EXPECT_EQ(values("anna", "SELECT intact FROM {schema}.record_chain()"), QStringList{"true"});
}

TEST_F(ServerErasure, AMembersRoleIsRefusedAndNothingIsErased) {
    auto secretary = openAs("sec");
    try {
        secretary->dataProtection().eraseCandidate("c2", "sec", "as I please");
        FAIL() << "the secretary's role erased a candidate";
    } catch (const sp::Error& e) {
        EXPECT_EQ(e.kind(), sp::ErrorKind::BadInput);
        EXPECT_TRUE(e.message().contains("erased by the server's administrator")) << e.what();
        EXPECT_TRUE(e.message().contains("nothing was erased")) << e.what();
    }
    EXPECT_FALSE(secretary->dataProtection().isErased("c2"));
    EXPECT_EQ(values("", "SELECT comment FROM {schema}.mark_sheet WHERE member_id = 'anna'"),
              QStringList{"quotes the CV"});
    EXPECT_EQ(values("", "SELECT surname FROM {schema}.candidate WHERE reference = 'c2'"),
              QStringList{"Surname"});
}

} // namespace
