#include "core/interop/Parsed_p.h"

#include "core/common/TextFolding.h"

#include <QHash>

namespace infodoc::core::interop {

std::optional<DocumentType> documentTypeOf(const QString& text)
{
    const QString key = text::foldedKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (DocumentType t : Vocabulary::documentTypes())
        if (key == text::foldedKey(Vocabulary::label(t)) || key == text::foldedKey(Vocabulary::key(t)))
            return t;
    // The catalogue's French labels whatever the language of the screen, the
    // words of reference managers and spreadsheets, DCMI and COAR types.
    static const QHash<QString, DocumentType> words = {
        {QStringLiteral("ouvrage"), DocumentType::Book},
        {QStringLiteral("livre"), DocumentType::Book},
        {QStringLiteral("book"), DocumentType::Book},
        {QStringLiteral("dossierthematique"), DocumentType::Dossier},
        {QStringLiteral("dossierdocumentaire"), DocumentType::Dossier},
        {QStringLiteral("dossier"), DocumentType::Dossier},
        {QStringLiteral("etude"), DocumentType::Study},
        {QStringLiteral("fichedexperience"), DocumentType::ExperienceSheet},
        {QStringLiteral("actes"), DocumentType::Proceedings},
        {QStringLiteral("actesdecolloque"), DocumentType::Proceedings},
        {QStringLiteral("conferenceobject"), DocumentType::Proceedings},
        {QStringLiteral("rapport"), DocumentType::Report},
        {QStringLiteral("report"), DocumentType::Report},
        {QStringLiteral("reports"), DocumentType::Report},
        {QStringLiteral("officialreports"), DocumentType::Report},
        {QStringLiteral("article"), DocumentType::Article},
        {QStringLiteral("journalarticle"), DocumentType::Article},
        {QStringLiteral("magazinearticle"), DocumentType::Article},
        {QStringLiteral("newspaperarticle"), DocumentType::Article},
        {QStringLiteral("numerodeperiodique"), DocumentType::PeriodicalIssue},
        {QStringLiteral("periodique"), DocumentType::PeriodicalIssue},
        {QStringLiteral("donneesstatistiquesouterritoriales"), DocumentType::Statistics},
        {QStringLiteral("donneesstatistiques"), DocumentType::Statistics},
        {QStringLiteral("dataset"), DocumentType::Statistics},
        {QStringLiteral("guidemethodologiqueouboiteaoutils"), DocumentType::Guide},
        {QStringLiteral("guide"), DocumentType::Guide},
        {QStringLiteral("audiovisuel"), DocumentType::Audiovisual},
        {QStringLiteral("film"), DocumentType::Audiovisual},
        {QStringLiteral("videorecording"), DocumentType::Audiovisual},
        {QStringLiteral("movingimage"), DocumentType::Audiovisual},
        {QStringLiteral("sound"), DocumentType::Audiovisual},
        {QStringLiteral("ressourceweb"), DocumentType::WebResource},
        {QStringLiteral("siteweb"), DocumentType::WebResource},
        {QStringLiteral("webpage"), DocumentType::WebResource},
        {QStringLiteral("website"), DocumentType::WebResource},
        {QStringLiteral("chapitreoucontribution"), DocumentType::Chapter},
        {QStringLiteral("chapitre"), DocumentType::Chapter},
        {QStringLiteral("chapter"), DocumentType::Chapter},
        {QStringLiteral("booksection"), DocumentType::Chapter},
        {QStringLiteral("bookpart"), DocumentType::Chapter},
        {QStringLiteral("conferencepaper"), DocumentType::Chapter},
        {QStringLiteral("theseoumemoire"), DocumentType::Thesis},
        {QStringLiteral("these"), DocumentType::Thesis},
        {QStringLiteral("memoire"), DocumentType::Thesis},
        {QStringLiteral("thesis"), DocumentType::Thesis},
        {QStringLiteral("doctoralthesis"), DocumentType::Thesis},
    };
    if (const auto t = words.constFind(key); t != words.cend())
        return *t;
    // info:eu-repo/semantics/article and the like: the last word.
    if (text.contains(u'/'))
        return documentTypeOf(text.section(u'/', -1));
    return std::nullopt;
}

} // namespace infodoc::core::interop
