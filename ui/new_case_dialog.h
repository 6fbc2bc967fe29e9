#pragma once

#include <QDialog>
#include <optional>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sp::ui {

// What a new case file is made of: the vacancy (a JSON file, or the example built into the
// program when empty) and where the case file goes.
struct NewCaseRequest {
    QString vacancyPath; // empty: the built-in example vacancy
    QString casePath;
};

// Asks for the vacancy and the path of a new case file ("newCaseDialog": "newCasePath",
// "newCaseVacancy", "newCaseCreateButton").
class NewCaseDialog : public QDialog {
    Q_OBJECT

public:
    // nullopt when the user cancels.
    static std::optional<NewCaseRequest> ask(QWidget* parent, const QString& folder);

private:
    NewCaseDialog(const QString& folder, QWidget* parent);
    NewCaseRequest request() const;
    void browseVacancy();
    void browseCase();
    void updateButtons();

    QRadioButton* builtin_;
    QRadioButton* fromFile_;
    QLineEdit* vacancy_;
    QLineEdit* casePath_;
    QPushButton* create_ = nullptr;
};

} // namespace sp::ui
