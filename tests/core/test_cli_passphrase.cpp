// Issue 16 from the command line: a member acting with --member or --by signs in with their
// passphrase (a file for scripts, never an argument); a wrong one is refused and nothing changes;
// verify reports the signed acts.

#include "support/app_runner.h"
#include "support/test_paths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sp;
using namespace sp::test;

namespace {

void ok(const QStringList& args) {
    const auto result = runApp(args);
    ASSERT_EQ(result.exitCode, 0) << args.join(' ').toStdString() << "\n"
                                  << result.errText().toStdString();
}

QString fileHolding(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

} // namespace

TEST(CommandLinePassphrase, MembersActWithTheirPassphraseFileAndAWrongOneChangesNothing) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    ok({"demo", path, "--candidates", "2", "--seed", "5", "--folder", dir.filePath("f")});
    ok({"decide", path, "APP-0001", "--eligible", "yes", "--reason", "checked", "--by", "hr"});
    ok({"panel", path, "--add", "chair", "--name", "Clara Chair", "--role", "chair"});
    ok({"panel", path, "--add", "anna", "--name", "Anna Member", "--role", "member"});
    // The first sign-in chooses the passphrase: the file's.
    const QString chairFile = fileHolding(dir, "chair.txt", "chair's long passphrase\n");
    ok({"freeze", path, "--member", "chair", "--passphrase-file", chairFile});

    const QString wrong = fileHolding(dir, "wrong.txt", "not the chair's passphrase\n");
    const auto refused = runApp({"consensus", path, "APP-0001", "--stage", "preselection",
                                 "--criterion", "technologies", "--mark", "3", "--reason", "x",
                                 "--member", "chair", "--passphrase-file", wrong});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains("sign-in refused")) << refused.errText().toStdString();

    // Without a file and without a terminal (the tests' stdin is not one) nothing is asked.
    const auto noFile =
        runApp({"mark", path, "APP-0001", "--stage", "preselection", "--member", "anna",
                "--criterion", "technologies=3", "--passphrase-file", dir.filePath("missing.txt")});
    EXPECT_NE(noFile.exitCode, 0);
    EXPECT_TRUE(noFile.errText().contains("passphrase file")) << noFile.errText().toStdString();

    const QString annaFile = fileHolding(dir, "anna.txt", "anna's long passphrase\r\n");
    ok({"mark", path, "APP-0001", "--stage", "preselection", "--member", "anna", "--criterion",
        "technologies=3", "--passphrase-file", annaFile});
    // Anna cannot be acted for with the chair's passphrase.
    const auto asAnna = runApp({"submit", path, "APP-0001", "--stage", "preselection", "--member",
                                "anna", "--passphrase-file", chairFile});
    EXPECT_EQ(asAnna.exitCode, 2);
    const auto record = runApp({"record", path});
    EXPECT_FALSE(record.outText().contains("marks_submitted")) << record.outText().toStdString();

    const auto verified = runApp({"verify", path});
    EXPECT_EQ(verified.exitCode, 0) << verified.errText().toStdString();
    EXPECT_TRUE(verified.outText().contains("signatures: 4 act(s) signed"))
        << verified.outText().toStdString();
}

TEST(CommandLinePassphrase, WithoutAFileOrATerminalTheMemberIsNotSignedIn) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    ok({"demo", path, "--candidates", "1", "--seed", "5", "--folder", dir.filePath("f")});
    ok({"panel", path, "--add", "chair", "--name", "Clara Chair", "--role", "chair"});
    // runApp gives no file when one is named; QProcess's stdin is not a terminal.
    QProcess process;
    process.start(appBinary(), {"set-aggregation", path, "median", "--member", "chair"});
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--passphrase-file"));
}

TEST(CommandLinePassphrase, TheChairResetsAForgottenPassphraseWithAOneTimeCode) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    ok({"demo", path, "--candidates", "1", "--seed", "5", "--folder", dir.filePath("f")});
    ok({"decide", path, "APP-0001", "--eligible", "yes", "--reason", "checked", "--by", "hr"});
    ok({"panel", path, "--add", "chair", "--name", "Clara Chair", "--role", "chair"});
    ok({"panel", path, "--add", "anna", "--name", "Anna Member", "--role", "member"});
    ok({"freeze", path, "--member", "chair"});
    ok({"mark", path, "APP-0001", "--stage", "preselection", "--member", "anna", "--criterion",
        "technologies=3"});

    // Only the chair resets; the code is printed once.
    const auto notChair = runApp({"reset-passphrase", path, "--member", "chair", "--by", "anna",
                                  "--passphrase-file", passphraseFileFor("anna")});
    EXPECT_EQ(notChair.exitCode, 2) << notChair.errText().toStdString();
    const auto reset = runApp({"reset-passphrase", path, "--member", "anna", "--by", "chair",
                               "--passphrase-file", passphraseFileFor("chair")});
    ASSERT_EQ(reset.exitCode, 0) << reset.errText().toStdString();
    const QString code = reset.outText().section(QStringLiteral(": "), 1).trimmed();
    ASSERT_FALSE(code.isEmpty()) << reset.outText().toStdString();

    // Anna's old passphrase no longer works; the code, with a new passphrase, does once.
    const auto old = runApp({"mark", path, "APP-0001", "--stage", "preselection", "--member",
                             "anna", "--criterion", "technologies=2"});
    EXPECT_EQ(old.exitCode, 2) << old.errText().toStdString();
    const QString withCode =
        fileHolding(dir, "code.txt", code.toUtf8() + "\nanna's new long passphrase\n");
    ok({"mark", path, "APP-0001", "--stage", "preselection", "--member", "anna", "--criterion",
        "technologies=2", "--passphrase-file", withCode});
    const QString renewed = fileHolding(dir, "new.txt", "anna's new long passphrase\n");
    ok({"mark", path, "APP-0001", "--stage", "preselection", "--member", "anna", "--criterion",
        "security_practices=4", "--passphrase-file", renewed});
    EXPECT_NE(runApp({"mark", path, "APP-0001", "--stage", "preselection", "--member", "anna",
                      "--criterion", "technologies=1", "--passphrase-file", withCode})
                  .exitCode,
              0)
        << "a one-time code works once";
    EXPECT_TRUE(runApp({"record", path}).outText().contains("chair"));
    EXPECT_EQ(runApp({"verify", path}).exitCode, 0);
}

TEST(CommandLinePassphrase, ReadingAsAMemberAsksForTheirPassphraseOnceTheyHaveOne) {
    QTemporaryDir dir;
    const QString path = dir.filePath("case.selpanel");
    ok({"demo", path, "--candidates", "1", "--seed", "5", "--folder", dir.filePath("f")});
    ok({"decide", path, "APP-0001", "--eligible", "yes", "--reason", "checked", "--by", "hr"});
    ok({"panel", path, "--add", "chair", "--name", "Clara Chair", "--role", "chair"});
    ok({"panel", path, "--add", "anna", "--name", "Anna Member", "--role", "member"});
    ok({"freeze", path, "--member", "chair"});
    ok({"mark", path, "APP-0001", "--stage", "preselection", "--member", "anna", "--criterion",
        "technologies=3"});

    // Anna has a passphrase now (runApp gave hers): someone else cannot read as her.
    const QString wrong = fileHolding(dir, "wrong.txt", "somebody else's guess\n");
    for (const QStringList& reading :
         {QStringList{"marks", path, "APP-0001", "--stage", "preselection", "--member", "anna"},
          QStringList{"export-sheet", path, "--member", "anna", "--stage", "preselection", "--out",
                      dir.filePath("sheet.csv")},
          QStringList{"record", path, "--as", "anna"}}) {
        const auto refused = runApp(reading + QStringList{"--passphrase-file", wrong});
        EXPECT_EQ(refused.exitCode, 2) << reading.join(' ').toStdString();
        EXPECT_TRUE(refused.errText().contains("sign-in refused"))
            << refused.errText().toStdString();
        EXPECT_FALSE(refused.outText().contains("technologies"));
        // With hers (runApp's), it reads.
        const auto read = runApp(reading);
        EXPECT_EQ(read.exitCode, 0) << reading.join(' ').toStdString() << "\n"
                                    << read.errText().toStdString();
    }
    EXPECT_TRUE(runApp({"marks", path, "APP-0001", "--stage", "preselection", "--member", "anna"})
                    .outText()
                    .contains("technologies"));
}
