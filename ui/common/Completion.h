#pragma once

#include <QStringList>

#include <functional>

class QCompleter;
class QLineEdit;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Completion as you type on `line`: `suggest` gives the suggestions for the
// text typed, already filtered (by the start of each word), so the popup
// shows them as they are.
QCompleter* addCompletion(QLineEdit* line, std::function<QStringList(const QString& typed)> suggest);

// Suggestions from the vocabularies: descriptors (a non-preferred term typed
// suggests its descriptor) and territory names, each once.
QStringList descriptorSuggestions(core::Database& db, const core::Clock& clock, const QString& typed,
                                  int limit = 20);
QStringList territorySuggestions(core::Database& db, const core::Clock& clock, const QString& typed);

} // namespace infodoc::ui
