#include <QGuiApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// Core tests read and write PDFs (QtPdf, QPdfWriter), which need a QGuiApplication; the
// offscreen platform needs no display.
int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // What the program remembers per user (the record's anchors) goes to a folder of this run's,
    // also for the program the tests start.
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
