#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace infodoc::core {
class AuthorityRepository;
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::ui {

// Persons and organisations: the list filtered as you type with how many
// records each appears in, renaming (the records follow) and merging two
// forms of the same name.
class AuthoritiesPage : public QWidget
{
    Q_OBJECT

public:
    AuthoritiesPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~AuthoritiesPage() override;

    void setFilter(const QString& text);
    QTableWidget* table() const { return m_table; }
    qint64 currentId() const;
    bool renameCurrent(const QString& name);
    bool setCurrentNote(const QString& note);
    // The current authority's links move to `keepName`, then it is deleted.
    bool mergeCurrentInto(const QString& keepName);

Q_SIGNALS:
    void authoritiesChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();

    std::unique_ptr<core::AuthorityRepository> m_authorities;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr; // the list could not be read
    QTimer* m_debounce = nullptr;
};

} // namespace infodoc::ui
