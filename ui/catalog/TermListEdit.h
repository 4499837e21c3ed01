#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// A list of controlled terms (subjects, territories): type with completion,
// Enter adds the term once the vocabulary knows it, Delete removes the
// selected ones.
class TermListEdit : public QWidget
{
    Q_OBJECT

public:
    // Suggestions for what is typed; "term → preferred" leads to the preferred term.
    using Suggest = std::function<QStringList(const QString& typed)>;
    // The term to store for what was typed, or an explanation why it cannot be.
    using Resolve = std::function<std::optional<QString>(const QString& typed, QString* why)>;

    TermListEdit(const QString& accessibleName, Suggest suggest, Resolve resolve, QWidget* parent = nullptr);
    // Descriptors of the thesaurus (a non-preferred term leads to its descriptor).
    static TermListEdit* descriptors(core::Database& db, const core::Clock& clock,
                                     const QString& accessibleName, QWidget* parent = nullptr);

    QStringList terms() const;
    void setTerms(const QStringList& terms);
    // Adds what is typed; false (with the reason shown) if it is not a known term.
    bool addTyped(const QString& text);
    QLineEdit* input() const { return m_input; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void removeSelected();

    Resolve m_resolve;
    QLineEdit* m_input = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace infodoc::ui
