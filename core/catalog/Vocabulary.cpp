#include "core/catalog/Vocabulary.h"

#include <QLocale>

namespace infodoc::core {

namespace {

template <typename E, std::size_t N>
std::optional<E> fromKey(const QString& key, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QString toKey(E value, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N> QList<E> values(const std::pair<E, const char*> (&table)[N])
{
    QList<E> list;
    for (const auto& entry : table)
        list.append(entry.first);
    return list;
}

const std::pair<DocumentType, const char*> kTypes[] = {
    {DocumentType::Book, "book"},
    {DocumentType::Dossier, "dossier"},
    {DocumentType::Study, "study"},
    {DocumentType::ExperienceSheet, "experience_sheet"},
    {DocumentType::Proceedings, "proceedings"},
    {DocumentType::Report, "report"},
    {DocumentType::Article, "article"},
    {DocumentType::PeriodicalIssue, "periodical_issue"},
    {DocumentType::Statistics, "statistics"},
    {DocumentType::Guide, "guide"},
    {DocumentType::Audiovisual, "audiovisual"},
    {DocumentType::WebResource, "web_resource"},
    {DocumentType::Chapter, "chapter"},
    {DocumentType::Thesis, "thesis"},
    {DocumentType::DocumentaryAnswer, "documentary_answer"},
};

const std::pair<Role, const char*> kRoles[] = {
    {Role::Author, "author"},
    {Role::Director, "director"},
    {Role::Editor, "editor"},
    {Role::Contributor, "contributor"},
    {Role::Commissioner, "commissioner"},
    {Role::LeadOrganisation, "lead_organisation"},
    {Role::Partner, "partner"},
};

const std::pair<CopyStatus, const char*> kStatuses[] = {
    {CopyStatus::Available, "available"},          {CopyStatus::OnLoan, "on_loan"},
    {CopyStatus::ReferenceOnly, "reference_only"}, {CopyStatus::Lost, "lost"},
    {CopyStatus::Withdrawn, "withdrawn"},
};

const std::pair<AuthorityKind, const char*> kKinds[] = {
    {AuthorityKind::Person, "person"},
    {AuthorityKind::Organisation, "organisation"},
};

} // namespace

QList<DocumentType> Vocabulary::documentTypes()
{
    return values(kTypes);
}
QString Vocabulary::key(DocumentType type)
{
    return toKey(type, kTypes);
}
std::optional<DocumentType> Vocabulary::documentTypeFromKey(const QString& key)
{
    return fromKey(key, kTypes);
}

QString Vocabulary::label(DocumentType type)
{
    switch (type) {
    case DocumentType::Book:
        return tr("Book");
    case DocumentType::Dossier:
        return tr("Thematic dossier");
    case DocumentType::Study:
        return tr("Study");
    case DocumentType::ExperienceSheet:
        return tr("Experience sheet");
    case DocumentType::Proceedings:
        return tr("Proceedings");
    case DocumentType::Report:
        return tr("Report");
    case DocumentType::Article:
        return tr("Article");
    case DocumentType::PeriodicalIssue:
        return tr("Periodical issue");
    case DocumentType::Statistics:
        return tr("Statistical or territorial data");
    case DocumentType::Guide:
        return tr("Methodological guide or tool kit");
    case DocumentType::Audiovisual:
        return tr("Audiovisual");
    case DocumentType::WebResource:
        return tr("Web resource");
    case DocumentType::Chapter:
        return tr("Chapter or contribution");
    case DocumentType::Thesis:
        return tr("Thesis or dissertation");
    case DocumentType::DocumentaryAnswer:
        return tr("Documentary answer");
    }
    return {};
}

QList<Role> Vocabulary::roles()
{
    return values(kRoles);
}
QString Vocabulary::key(Role role)
{
    return toKey(role, kRoles);
}
std::optional<Role> Vocabulary::roleFromKey(const QString& key)
{
    return fromKey(key, kRoles);
}

QString Vocabulary::label(Role role)
{
    switch (role) {
    case Role::Author:
        return tr("Author");
    case Role::Director:
        return tr("Director of publication");
    case Role::Editor:
        return tr("Editor");
    case Role::Contributor:
        return tr("Contributor");
    case Role::Commissioner:
        return tr("Commissioning body");
    case Role::LeadOrganisation:
        return tr("Lead organisation");
    case Role::Partner:
        return tr("Partner");
    }
    return {};
}

QList<CopyStatus> Vocabulary::copyStatuses()
{
    return values(kStatuses);
}
QString Vocabulary::key(CopyStatus status)
{
    return toKey(status, kStatuses);
}
std::optional<CopyStatus> Vocabulary::copyStatusFromKey(const QString& key)
{
    return fromKey(key, kStatuses);
}

QString Vocabulary::label(CopyStatus status)
{
    switch (status) {
    case CopyStatus::Available:
        return tr("Available");
    case CopyStatus::OnLoan:
        return tr("On loan");
    case CopyStatus::ReferenceOnly:
        return tr("Reference only");
    case CopyStatus::Lost:
        return tr("Lost");
    case CopyStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString Vocabulary::key(AuthorityKind kind)
{
    return toKey(kind, kKinds);
}
std::optional<AuthorityKind> Vocabulary::authorityKindFromKey(const QString& key)
{
    return fromKey(key, kKinds);
}

QString Vocabulary::label(AuthorityKind kind)
{
    return kind == AuthorityKind::Person ? tr("Person") : tr("Organisation");
}

namespace {
const struct
{
    const char* code;
    const char* name;
} kLanguages[] = {
    {"fre", QT_TRANSLATE_NOOP("infodoc::core::Vocabulary", "French")},
    {"eng", QT_TRANSLATE_NOOP("infodoc::core::Vocabulary", "English")},
    {"ger", QT_TRANSLATE_NOOP("infodoc::core::Vocabulary", "German")},
    {"spa", QT_TRANSLATE_NOOP("infodoc::core::Vocabulary", "Spanish")},
    {"ita", QT_TRANSLATE_NOOP("infodoc::core::Vocabulary", "Italian")},
    {"por", QT_TRANSLATE_NOOP("infodoc::core::Vocabulary", "Portuguese")},
    {"ara", QT_TRANSLATE_NOOP("infodoc::core::Vocabulary", "Arabic")},
    {"mul", QT_TRANSLATE_NOOP("infodoc::core::Vocabulary", "Several languages")},
};
} // namespace

QStringList Vocabulary::commonLanguages()
{
    QStringList codes;
    for (const auto& l : kLanguages)
        codes.append(QLatin1String(l.code));
    return codes;
}

QString Vocabulary::languageName(const QString& code)
{
    for (const auto& l : kLanguages)
        if (code == QLatin1String(l.code))
            return tr(l.name);
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part2);
    return language == QLocale::AnyLanguage ? code : QLocale(language).nativeLanguageName();
}

} // namespace infodoc::core
