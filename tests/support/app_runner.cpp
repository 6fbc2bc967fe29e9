#include "support/app_runner.h"

#include "support/test_paths.h"

namespace sp::test {

AppResult runApp(const QStringList& arguments, int timeoutMs) {
    QProcess process;
    process.start(appBinary(), arguments);
    AppResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace sp::test
