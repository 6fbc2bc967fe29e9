#pragma once

#include "domain/record.h"

#include <QAbstractTableModel>
#include <QString>
#include <map>
#include <vector>

namespace sp::ui {

// Entries of the procedure's record, one row each, oldest first, as a person reads them: local
// time, the member's name, a label for the action, before and after cut to one short line (the
// tooltip gives them whole).
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        WhenColumn,
        WhoColumn,
        WhatColumn,
        CandidateColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum Role {
        FullTextRole = Qt::UserRole + 1, // before/after whole, the others as displayed
        ProblemRole, // why the entry breaks the hash chain, empty if it does not
    };

    explicit RecordTableModel(QObject* parent = nullptr);

    // `memberNames` names the panel members by id; `problems` gives, by entry number, why an
    // entry breaks the hash chain.
    void setEntries(std::vector<RecordEntry> entries, std::map<QString, QString> memberNames,
                    std::map<qint64, QString> problems);
    const std::vector<RecordEntry>& entries() const { return entries_; }

    // "Eligibility decided" for "eligibility_decision"; an unknown code as it is.
    static QString actionLabel(const QString& action);
    // The panel member's name for a member id, anything else as it is.
    QString actorLabel(const QString& actor) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const RecordEntry& entry, int column) const;
    QString toolTip(const RecordEntry& entry, int column) const;

    std::vector<RecordEntry> entries_;
    std::map<QString, QString> memberNames_;
    std::map<qint64, QString> problems_;
};

} // namespace sp::ui
