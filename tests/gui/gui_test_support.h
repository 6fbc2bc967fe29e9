#pragma once

#include "prompt.h"

#include <QImage>
#include <QMessageBox>
#include <QProcess>
#include <QString>
#include <memory>
#include <vector>

class QListView;

namespace sp::test {

// Creates a demo case file of the example vacancy with the program itself, as a user would:
// `selection-panel demo PATH --candidates N --seed S`. Returns an empty string on success, else
// what went wrong.
QString createDemoCaseFile(const QString& path, int candidates, int seed);

// Answers every message box with `answer` and remembers what each would have shown; while it
// lives no box blocks a test.
class PromptRecorder {
public:
    explicit PromptRecorder(QMessageBox::StandardButton answer = QMessageBox::No);
    ~PromptRecorder();
    PromptRecorder(const PromptRecorder&) = delete;
    PromptRecorder& operator=(const PromptRecorder&) = delete;

    void setAnswer(QMessageBox::StandardButton answer) { answer_ = answer; }
    const std::vector<ui::PromptRequest>& requests() const { return requests_; }
    void clear() { requests_.clear(); }

private:
    QMessageBox::StandardButton answer_;
    std::vector<ui::PromptRequest> requests_;
};

// Another process (this test program started with --hold-writer-lock PATH) that opens the case
// file for writing and keeps it open until stopped, as a colleague's window would.
class WriterLockHolder {
public:
    ~WriterLockHolder();
    // Empty string once the other process holds the lock, else why it does not.
    QString start(const QString& caseFilePath);
    void stop();

private:
    QProcess process_;
};

// The --hold-writer-lock mode of the test program; returns its exit code.
int holdWriterLock(int argc, char** argv);

// How far apart two images of the same size look, 0 (same) to 255: the mean difference of their
// grey levels at a quarter of their size, so that the same page drawn a little blurred by a
// rescale stays close and another page does not.
double lookDifference(const QImage& a, const QImage& b);

// Pixels darker than mid-grey: text and lines drawn on a page, not the view's background.
int inkPixelCount(const QImage& image);

// The rows of a list of wrapped texts that do not hold their text: shorter than it wraps to at
// the list's width, or starting inside the row before. Empty when every row fits.
QString rowsNotFitting(const QListView& list);

} // namespace sp::test
