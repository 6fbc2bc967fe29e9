#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sp::report {

// The selection report as plain data, in the words of its language: what it says, before any
// layout. Built from the case (selection_report.h), laid out as a PDF (report_pdf.h).

struct Table {
    QStringList header;
    std::vector<QStringList> rows; // as many cells as the header
    // Columns holding numbers, aligned right.
    std::vector<int> numericColumns;
    // Each column's share of the page width in percent; empty: as the text needs.
    std::vector<int> widths;
};

// Where a panel member signs.
struct SignatureLine {
    QString name;
    QString role;
};

struct Block {
    enum class Kind {
        Paragraph,  // running text
        Note,       // a remark set apart: a stage not reached yet, what a figure is for
        Subheading, // names what follows within a section
        List,       // numbered items
        Table,
        Signatures
    };
    Kind kind = Kind::Paragraph;
    QString text;                          // Paragraph, Note, Subheading
    QStringList items;                     // List
    Table table;                           // Table
    std::vector<SignatureLine> signatures; // Signatures
};

struct Section {
    QString heading;
    std::vector<Block> blocks;
    bool startsPage = false; // the signatures begin on a page of their own
};

struct Document {
    QString title;          // "Selection report"
    QString reference;      // the vacancy's, in every page's header
    QString subtitle;       // the vacancy's title
    QString marking;        // "Restricted / selection procedure: confidential"
    QString secrecy;        // the sentence on the secrecy of the panel's proceedings
    QString issued;         // "Drawn up on 3 December 2026 from the case file ..."
    QString pageOfPages;    // "Page %1 of %2"
    QString dateLabel;      // of the signature block
    QString signatureLabel; // of the signature block
    std::vector<Section> sections;
};

// Small helpers for the builders.
Block paragraph(const QString& text);
Block note(const QString& text);
Block subheading(const QString& text);
Block numberedList(const QStringList& items);
Block table(Table table);

} // namespace sp::report
