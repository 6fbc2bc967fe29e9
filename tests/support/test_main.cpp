#include <QGuiApplication>
#include <gtest/gtest.h>

// Core tests read and write PDFs (QtPdf, QPdfWriter), which need a QGuiApplication; the
// offscreen platform needs no display.
int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
