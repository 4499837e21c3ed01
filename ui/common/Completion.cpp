#include "ui/common/Completion.h"

#include "core/catalog/Territories.h"
#include "core/catalog/Thesaurus.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace infodoc::ui {

QCompleter* addCompletion(QLineEdit* line, std::function<QStringList(const QString& typed)> suggest)
{
    auto* model = new QStringListModel(line);
    auto* completer = new QCompleter(model, line);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    line->setCompleter(completer);
    QObject::connect(
        line, &QLineEdit::textEdited, model,
        [model, suggest = std::move(suggest)](const QString& text) { model->setStringList(suggest(text)); });
    return completer;
}

QStringList descriptorSuggestions(core::Database& db, const core::Clock& clock, const QString& typed,
                                  int limit)
{
    QStringList out;
    // Suggestions only: the caller checks the term entered, and shows a failed read then.
    const auto completions = core::Thesaurus(db, clock).complete(typed, limit);
    for (const auto& c : completions ? *completions : QList<core::Thesaurus::Completion>())
        if (!out.contains(c.descriptor))
            out.append(c.descriptor);
    return out;
}

QStringList territorySuggestions(core::Database& db, const core::Clock& clock, const QString& typed)
{
    QStringList out;
    // Suggestions only, as above: the territory entered is checked, and a failed read shown then.
    const auto completions = core::Territories(db, clock).complete(typed);
    for (const auto& t : completions ? *completions : QList<core::Territories::Territory>())
        if (!out.contains(t.name))
            out.append(t.name);
    return out;
}

} // namespace infodoc::ui
