#pragma once

#include "domain/application.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sp {

// What is known of a stored application PDF without reading it again.
struct PdfFacts {
    QByteArray sha256Hex; // lower-case hex
    qint64 size = 0;      // bytes
    int pageCount = 0;
};

// A candidate as held in the case file: the declared data and the facts of their one PDF.
struct Candidate {
    qint64 id = 0;
    ApplicationData application;
    QString pdfFileName; // the name it had when imported
    PdfFacts pdf;
    QDateTime importedAt; // UTC
};

// A probable duplicate application: same PDF or same e-mail address as another one.
struct DuplicateFlag {
    QString reference;
    QString otherReference;
    QString reason; // "same PDF (SHA-256)" or "same e-mail address"
};

} // namespace sp
