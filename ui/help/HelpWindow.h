#pragma once

#include <QWidget>

class QListWidget;
class QLineEdit;
class QTextBrowser;

namespace infodoc::ui {

// The user guide, offline: pages in French and in English built into the
// program (resources/help), the contents on the left, links, pictures,
// back and forward, find in the page. Opened from the Help menu and by F1
// on each page at that page's chapter.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The chapters, in the order of the contents ("index", "first-run", "catalogue"…).
    static QStringList chapters();
    // The guide's language for the interface's: "fr" for French, else "en".
    static QString language();
    // The chapter's page in that language (qrc:/help/fr/loans.html).
    static QUrl url(const QString& chapter, const QString& language);

    // The one help window of `parent`, shown at the chapter.
    static HelpWindow* open(const QString& chapter, QWidget* parent);
    void showChapter(const QString& chapter);
    QString chapter() const;
    QTextBrowser* browser() const { return m_browser; }

private:
    void findNext(bool backwards);

    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_find = nullptr;
};

} // namespace infodoc::ui
