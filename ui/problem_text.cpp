#include "problem_text.h"

#include <QCoreApplication>

namespace sp::ui {

namespace {

// A problem whose producer gave no Problem beside its English message (core/casefile's, for now)
// shows the message.
QString translatedOr(const Problem& what, const QString& english) {
    return *what.text ? translated(what) : english;
}

} // namespace

QString translated(const Problem& problem) {
    QStringList values = problem.args;
    for (const Problem& part : problem.parts)
        values << translated(part);
    return fillArguments(QCoreApplication::translate("sp::Problem", problem.text), values);
}

QString translated(const std::vector<Problem>& problems, Listing listing) {
    QStringList texts;
    for (const Problem& problem : problems)
        texts << translated(problem);
    return listed(texts, listing);
}

QString translated(const Error& error) {
    return translated(error.problems(), error.listing());
}

QString translated(const Permission& permission) {
    if (permission.allowed)
        return {};
    return permission.problems.empty() ? permission.reason : translated(permission.problems);
}

QString translated(const ImportProblem& problem) {
    return translatedOr(problem.what, problem.message);
}

QString translated(const RecordProblem& problem) {
    return translatedOr(problem.what, problem.message);
}

QString translated(const StateProblem& problem) {
    return translatedOr(problem.what, problem.message);
}

QString translatedWhat(const std::exception& failure) {
    if (const auto* error = dynamic_cast<const Error*>(&failure))
        return translated(*error);
    return QString::fromUtf8(failure.what());
}

std::vector<Problem> problemsOf(const std::exception& failure) {
    if (const auto* error = dynamic_cast<const Error*>(&failure))
        return error->problems();
    return {Problem::verbatim(QString::fromUtf8(failure.what()))};
}

} // namespace sp::ui
