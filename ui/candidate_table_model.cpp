#include "candidate_table_model.h"

#include "display_format.h"
#include "search_text.h"

#include <QLocale>

namespace sp::ui {

CandidateTableModel::CandidateTableModel(QObject* parent)
    : QAbstractTableModel(parent), zone_(QTimeZone::utc()) {}

void CandidateTableModel::setTimeZone(const QTimeZone& zone) {
    zone_ = zone.isValid() ? zone : QTimeZone::utc();
    if (!candidates_.empty())
        emit dataChanged(index(0, ReceivedColumn), index(rowCount() - 1, ReceivedColumn));
}

void CandidateTableModel::setCandidates(std::vector<Candidate> candidates) {
    beginResetModel();
    candidates_ = std::move(candidates);
    searchTexts_.clear();
    searchTexts_.reserve(candidates_.size());
    for (const Candidate& c : candidates_) {
        const ApplicationData& a = c.application;
        searchTexts_.push_back(foldForSearch(
            QStringList{a.reference, a.surname, a.givenNames, a.email}.join(QLatin1Char('\n'))));
    }
    endResetModel();
}

int CandidateTableModel::rowOfCandidate(qint64 candidateId) const {
    for (size_t row = 0; row < candidates_.size(); ++row)
        if (candidates_[row].id == candidateId)
            return static_cast<int>(row);
    return -1;
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(candidates_.size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate& c = candidate(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, index.column());
    case SortRole:
        return sortData(c, index.column());
    case SearchTextRole:
        return searchTexts_[static_cast<size_t>(index.row())];
    case CandidateIdRole:
        return c.id;
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReceivedColumn)
            return tr("%1 (%2)\n%3 UTC")
                .arg(zonedDateTimeText(c.application.receivedAt, zone_),
                     QString::fromUtf8(zone_.id()),
                     zonedDateTimeText(c.application.receivedAt, QTimeZone::utc()));
        if (index.column() <= GivenNamesColumn)
            return c.application.email;
        return {};
    default:
        return {};
    }
}

QVariant CandidateTableModel::displayData(const Candidate& c, int column) const {
    const ApplicationData& a = c.application;
    switch (column) {
    case ReferenceColumn:
        return a.reference;
    case SurnameColumn:
        return a.surname;
    case GivenNamesColumn:
        return a.givenNames;
    case NationalitiesColumn:
        return a.nationalities.join(QLatin1String(", "));
    case ReceivedColumn:
        return zonedDateTimeText(a.receivedAt, zone_);
    case CategoryColumn:
        return categoryLabel(a.category);
    case PagesColumn:
        return c.pdf.pageCount;
    default:
        return {};
    }
}

QVariant CandidateTableModel::sortData(const Candidate& c, int column) const {
    switch (column) {
    case ReceivedColumn:
        return c.application.receivedAt.toMSecsSinceEpoch();
    case CategoryColumn:
        return static_cast<int>(c.application.category); // Article 29 order, not alphabetical
    default:
        return displayData(c, column);
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == PagesColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case SurnameColumn:
        return tr("Surname");
    case GivenNamesColumn:
        return tr("Given names");
    case NationalitiesColumn:
        return tr("Nationalities");
    case ReceivedColumn:
        return tr("Received");
    case CategoryColumn:
        return tr("Category");
    case PagesColumn:
        return tr("Pages");
    default:
        return {};
    }
}

} // namespace sp::ui
