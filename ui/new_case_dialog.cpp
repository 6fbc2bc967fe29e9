#include "new_case_dialog.h"

#include "casefile/case_file.h"
#include "io/builtin_vacancy.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

QString withExtension(const QString& path) {
    const QString extension = QLatin1String(CaseFile::Extension);
    return path.isEmpty() || path.endsWith(extension) ? path : path + extension;
}

} // namespace

std::optional<NewCaseRequest> NewCaseDialog::ask(QWidget* parent, const QString& folder) {
    NewCaseDialog dialog(folder, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

NewCaseDialog::NewCaseDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), builtin_(new QRadioButton(
                           tr("The &example vacancy built into the program (%1)")
                               .arg(QFileInfo(builtinExampleVacancyResource).completeBaseName()),
                           this)),
      fromFile_(new QRadioButton(tr("A &vacancy file (JSON):"), this)),
      vacancy_(new QLineEdit(this)), casePath_(new QLineEdit(this)) {
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New case file"));
    resize(640, 0);

    builtin_->setChecked(true);
    vacancy_->setObjectName(QStringLiteral("newCaseVacancy"));
    vacancy_->setAccessibleName(tr("Vacancy file"));
    casePath_->setObjectName(QStringLiteral("newCasePath"));
    casePath_->setAccessibleName(tr("Case file to create"));
    casePath_->setText(QDir::toNativeSeparators(
        QDir(folder).filePath(QStringLiteral("procedure") + QLatin1String(CaseFile::Extension))));
    auto* browseVacancyButton = new QPushButton(tr("&Browse…"), this);
    browseVacancyButton->setAccessibleName(tr("Browse for the vacancy file"));
    auto* browseCaseButton = new QPushButton(tr("B&rowse…"), this);
    browseCaseButton->setAccessibleName(tr("Browse for the case file"));
    connect(browseVacancyButton, &QPushButton::clicked, this, &NewCaseDialog::browseVacancy);
    connect(browseCaseButton, &QPushButton::clicked, this, &NewCaseDialog::browseCase);

    auto* vacancyRow = new QHBoxLayout;
    vacancyRow->addWidget(fromFile_);
    vacancyRow->addWidget(vacancy_, 1);
    vacancyRow->addWidget(browseVacancyButton);
    auto* caseRow = new QHBoxLayout;
    auto* caseLabel = new QLabel(tr("&Case file:"), this);
    caseLabel->setBuddy(casePath_);
    caseRow->addWidget(caseLabel);
    caseRow->addWidget(casePath_, 1);
    caseRow->addWidget(browseCaseButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    create_ = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    create_->setObjectName(QStringLiteral("newCaseCreateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {vacancy_, casePath_})
        connect(edit, &QLineEdit::textChanged, this, &NewCaseDialog::updateButtons);
    connect(fromFile_, &QRadioButton::toggled, this, &NewCaseDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The vacancy of the procedure:"), this));
    layout->addWidget(builtin_);
    layout->addLayout(vacancyRow);
    layout->addSpacing(8);
    layout->addLayout(caseRow);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateButtons();
}

NewCaseRequest NewCaseDialog::request() const {
    return {fromFile_->isChecked() ? QDir::fromNativeSeparators(vacancy_->text().trimmed())
                                   : QString(),
            withExtension(QDir::fromNativeSeparators(casePath_->text().trimmed()))};
}

void NewCaseDialog::browseVacancy() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Vacancy file"), QString(),
                                                      tr("Vacancy files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    vacancy_->setText(QDir::toNativeSeparators(path));
    fromFile_->setChecked(true);
}

void NewCaseDialog::browseCase() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Case file to create"), casePath_->text(),
        tr("Case files (*%1)").arg(QLatin1String(CaseFile::Extension)));
    if (!path.isEmpty())
        casePath_->setText(QDir::toNativeSeparators(withExtension(path)));
}

void NewCaseDialog::updateButtons() {
    vacancy_->setEnabled(fromFile_->isChecked());
    const NewCaseRequest chosen = request();
    create_->setEnabled(!chosen.casePath.isEmpty() &&
                        (builtin_->isChecked() || !chosen.vacancyPath.isEmpty()));
}

} // namespace sp::ui
