#include "gui_test_support.h"

#include "casefile/case_file.h"
#include "support/test_paths.h"

#include <QCoreApplication>
#include <QListView>
#include <QStringList>
#include <QStyle>
#include <cstdio>
#include <cstdlib>

namespace sp::test {

QString createDemoCaseFile(const QString& path, int candidates, int seed) {
    QProcess demo;
    demo.setProcessChannelMode(QProcess::MergedChannels);
    demo.start(appBinary(),
               {QStringLiteral("demo"), path, QStringLiteral("--candidates"),
                QString::number(candidates), QStringLiteral("--seed"), QString::number(seed)});
    if (!demo.waitForFinished(120000))
        return QStringLiteral("selection-panel demo did not finish: %1").arg(demo.errorString());
    if (demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0)
        return QStringLiteral("selection-panel demo failed (exit %1): %2")
            .arg(demo.exitCode())
            .arg(QString::fromUtf8(demo.readAll()));
    return {};
}

PromptRecorder::PromptRecorder(QMessageBox::StandardButton answer) : answer_(answer) {
    ui::Prompt::setResponder([this](const ui::PromptRequest& request) {
        requests_.push_back(request);
        return answer_;
    });
}

PromptRecorder::~PromptRecorder() {
    ui::Prompt::setResponder({});
}

WriterLockHolder::~WriterLockHolder() {
    stop();
}

QString WriterLockHolder::start(const QString& caseFilePath) {
    process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process_.start(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--hold-writer-lock"), caseFilePath});
    if (!process_.waitForStarted(10000))
        return QStringLiteral("cannot start the lock holder: %1").arg(process_.errorString());
    while (!process_.canReadLine()) {
        if (!process_.waitForReadyRead(30000))
            return QStringLiteral("the lock holder did not take the lock");
    }
    const QByteArray line = process_.readLine().trimmed();
    return line == "locked" ? QString()
                            : QStringLiteral("lock holder: %1").arg(QString::fromUtf8(line));
}

void WriterLockHolder::stop() {
    if (process_.state() == QProcess::NotRunning)
        return;
    process_.closeWriteChannel(); // the holder exits at the end of its input
    if (!process_.waitForFinished(10000)) {
        process_.kill();
        process_.waitForFinished(5000);
    }
}

int holdWriterLock(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    try {
        auto caseFile =
            CaseFile::open(QString::fromLocal8Bit(argv[2]), CaseFile::Access::ReadWrite);
        std::fputs("locked\n", stdout);
        std::fflush(stdout);
        while (std::fgetc(stdin) != EOF) {
        }
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stdout, "%s\n", e.what());
        return 1;
    }
}

double lookDifference(const QImage& a, const QImage& b) {
    if (a.size() != b.size() || a.isNull())
        return 255;
    const QSize small = a.size() / 4;
    const auto reduce = [&](const QImage& image) {
        return image.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_Grayscale8);
    };
    const QImage x = reduce(a);
    const QImage y = reduce(b);
    double total = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar* p = x.constScanLine(row);
        const uchar* q = y.constScanLine(row);
        for (int column = 0; column < x.width(); ++column)
            total += std::abs(int(p[column]) - int(q[column]));
    }
    return total / (double(x.width()) * x.height());
}

int inkPixelCount(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (qGray(line[x]) < 80)
                ++count;
    }
    return count;
}

QString rowsNotFitting(const QListView& list) {
    QStringList problems;
    const int width = list.viewport()->width();
    // The style's text margin on either side, as QCommonStyle lays out an item's text.
    const int margin = list.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &list) + 1;
    for (int row = 0; row < list.model()->rowCount(); ++row) {
        const QModelIndex index = list.model()->index(row, 0);
        const QRect rect = list.visualRect(index);
        const QRect needed = list.fontMetrics().boundingRect(
            QRect(0, 0, width - 2 * margin, 10000), Qt::TextWordWrap, index.data().toString());
        if (rect.height() < needed.height())
            problems << QStringLiteral("row %1 is %2 px tall in %3 px, its text %4 px")
                            .arg(row)
                            .arg(rect.height())
                            .arg(width)
                            .arg(needed.height());
        if (row > 0 && rect.top() <= list.visualRect(list.model()->index(row - 1, 0)).bottom())
            problems << QStringLiteral("row %1 starts inside row %2").arg(row).arg(row - 1);
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace sp::test
