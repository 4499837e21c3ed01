#pragma once

#include "core/catalog/Thesaurus.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace infodoc::core {
class Clock;
class Database;
class Thesaurus;
} // namespace infodoc::core

namespace infodoc::ui {

// The thesaurus: the tree of descriptors (narrower terms load as a branch
// opens), and for the current one its scope note, broader, related and
// non-preferred terms and how many records use it. Add, rename, move, merge
// and delete descriptors; add and remove non-preferred terms.
class ThesaurusPage : public QWidget
{
    Q_OBJECT

public:
    ThesaurusPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~ThesaurusPage() override;

    // Opens the branches down to the descriptor and makes it current.
    bool showDescriptor(const QString& label);
    qint64 currentId() const;
    QTreeWidget* tree() const { return m_tree; }

    // The actions, also reachable from code (the dialogs ask for the names).
    bool addDescriptor(const QString& label, bool narrower);
    bool renameCurrent(const QString& label);
    bool moveCurrentUnder(const QString& broaderLabel); // empty: to the top
    bool mergeCurrentInto(const QString& keepLabel);
    bool addNonPreferred(const QString& label);
    bool removeNonPreferred(const QString& label);
    bool deleteCurrent();
    bool setScopeNote(const QString& note);
    bool addRelated(const QString& label);
    bool removeRelated(const QString& label);

Q_SIGNALS:
    // Descriptors changed: records and the index follow.
    void thesaurusChanged();

private:
    void fillTop();
    void fillChildren(QTreeWidgetItem* item);
    QTreeWidgetItem* itemFor(qint64 id, const QString& label);
    void showCurrent();
    bool report(const QString& title, const QString& error);
    // The descriptor of `label`; a failed read or an unknown label is reported.
    std::optional<core::Thesaurus::Descriptor> findOrReport(const QString& title, const QString& label);
    // A read of the thesaurus failed: said where the descriptor would be shown.
    void readFailed(const QString& message);
    void changed(const QString& select);
    QString askLabel(const QString& title, const QString& prompt, const QString& text = {});

    core::Database& m_db;
    std::unique_ptr<core::Thesaurus> m_thesaurus;
    QLineEdit* m_find = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QListWidget* m_nonPreferred = nullptr;
};

} // namespace infodoc::ui
