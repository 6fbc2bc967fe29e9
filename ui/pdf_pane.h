#pragma once

#include <QByteArray>
#include <QPdfDocument>
#include <QWidget>
#include <memory>

class QBuffer;
class QLabel;
class QPdfView;
class QStackedWidget;

namespace sp::ui {

// Shows one application PDF, all pages one under the other, fitted to the pane's width; or, when
// there is nothing to show or the PDF cannot be read, a message saying so.
class PdfPane : public QWidget {
    Q_OBJECT

public:
    explicit PdfPane(QWidget* parent = nullptr);
    ~PdfPane() override;

    // The caption names what is shown, e.g. the candidate and the file name.
    void showPdf(const QByteArray& bytes, const QString& caption);
    void showMessage(const QString& message, const QString& caption = {});

    QPdfDocument* document() const { return document_; }
    bool isShowingMessage() const;
    QString messageText() const;
    QString pageText() const; // "page 1 of 3"

private:
    void startNewDocument();
    void discardDocument();
    void onStatusChanged(QPdfDocument::Status status);
    void updatePageText();
    QString loadErrorText() const;

    QPdfDocument* document_ = nullptr;
    std::unique_ptr<QBuffer> buffer_; // the bytes the document reads; lives as long as it
    QLabel* caption_;
    QLabel* pageLabel_;
    QStackedWidget* stack_;
    QPdfView* view_ = nullptr;
    QLabel* message_;
};

} // namespace sp::ui
