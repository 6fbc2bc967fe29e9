#include "report/report_document.h"

namespace sp::report {

Block paragraph(const QString& text) {
    Block block;
    block.text = text;
    return block;
}

Block note(const QString& text) {
    Block block;
    block.kind = Block::Kind::Note;
    block.text = text;
    return block;
}

Block subheading(const QString& text) {
    Block block;
    block.kind = Block::Kind::Subheading;
    block.text = text;
    return block;
}

Block numberedList(const QStringList& items) {
    Block block;
    block.kind = Block::Kind::List;
    block.items = items;
    return block;
}

Block table(Table table) {
    Block block;
    block.kind = Block::Kind::Table;
    block.table = std::move(table);
    return block;
}

} // namespace sp::report
