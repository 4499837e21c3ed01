#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace infodoc::core {

// The closed lists of the catalogue: document types, responsibility roles,
// copy statuses. Keys are stable English identifiers (stored and used in
// JSON); labels are translated for display.
enum class DocumentType
{
    Book,
    Dossier,
    Study,
    ExperienceSheet,
    Proceedings,
    Report,
    Article,
    PeriodicalIssue,
    Statistics,
    Guide,
    Audiovisual,
    WebResource,
    Chapter,
    Thesis,
    DocumentaryAnswer, // an Info-Doc request's answer, kept to answer the next one
};

enum class Role
{
    Author,
    Director,
    Editor,
    Contributor,
    Commissioner,
    LeadOrganisation,
    Partner,
};

enum class CopyStatus
{
    Available,
    OnLoan,
    ReferenceOnly,
    Lost,
    Withdrawn,
};

enum class AuthorityKind
{
    Person,
    Organisation,
};

class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Vocabulary)

public:
    static QList<DocumentType> documentTypes();
    static QString key(DocumentType type);
    static QString label(DocumentType type);
    static std::optional<DocumentType> documentTypeFromKey(const QString& key);

    static QList<Role> roles();
    static QString key(Role role);
    static QString label(Role role);
    static std::optional<Role> roleFromKey(const QString& key);

    static QList<CopyStatus> copyStatuses();
    static QString key(CopyStatus status);
    static QString label(CopyStatus status);
    static std::optional<CopyStatus> copyStatusFromKey(const QString& key);

    static QString key(AuthorityKind kind);
    static QString label(AuthorityKind kind);
    static std::optional<AuthorityKind> authorityKindFromKey(const QString& key);

    // The languages most catalogued here (ISO 639-2/B codes), for choosing.
    static QStringList commonLanguages();
    // "French" for "fre", translated; other languages in their own name, else the code.
    static QString languageName(const QString& code);

    // Keys joined for error messages ("book, dossier, ...").
    template <typename E> static QString keyList(const QList<E>& values)
    {
        QStringList keys;
        for (E value : values)
            keys.append(key(value));
        return keys.join(QLatin1String(", "));
    }
};

} // namespace infodoc::core
