#include "core/demo/DemoGenerator.h"

#include "core/catalog/AttachmentStore.h"
#include "core/catalog/RecordSession.h"
#include "core/catalog/StarterData.h"
#include "core/circulation/Borrowers.h"
#include "core/circulation/Circulation.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/demo/SimplePdfWriter.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QSqlQuery>

namespace infodoc::core {

namespace {

const QStringList kSurnames = {
    QStringLiteral("Martin"),   QStringLiteral("Bernard"),   QStringLiteral("Dubois"),
    QStringLiteral("Thomas"),   QStringLiteral("Robert"),    QStringLiteral("Richard"),
    QStringLiteral("Petit"),    QStringLiteral("Durand"),    QStringLiteral("Leroy"),
    QStringLiteral("Moreau"),   QStringLiteral("Simon"),     QStringLiteral("Laurent"),
    QStringLiteral("Lefèvre"),  QStringLiteral("Michel"),    QStringLiteral("Garcia"),
    QStringLiteral("David"),    QStringLiteral("Bertrand"),  QStringLiteral("Roux"),
    QStringLiteral("Vincent"),  QStringLiteral("Fournier"),  QStringLiteral("Morel"),
    QStringLiteral("Girard"),   QStringLiteral("André"),     QStringLiteral("Mercier"),
    QStringLiteral("Benali"),   QStringLiteral("Diallo"),    QStringLiteral("Traoré"),
    QStringLiteral("Nguyen"),   QStringLiteral("Haddad"),    QStringLiteral("Ferreira"),
    QStringLiteral("Boucher"),  QStringLiteral("Chevalier"), QStringLiteral("Kaci"),
    QStringLiteral("Mendy"),    QStringLiteral("Lemoine"),   QStringLiteral("Faure"),
    QStringLiteral("Rousseau"), QStringLiteral("Blanc"),     QStringLiteral("Guérin"),
    QStringLiteral("Muller"),
};
const QStringList kFirstNames = {
    QStringLiteral("Marie"),   QStringLiteral("Jean"),     QStringLiteral("Nathalie"),
    QStringLiteral("Pierre"),  QStringLiteral("Sophie"),   QStringLiteral("Karim"),
    QStringLiteral("Fatou"),   QStringLiteral("Hélène"),   QStringLiteral("Julien"),
    QStringLiteral("Camille"), QStringLiteral("Amina"),    QStringLiteral("François"),
    QStringLiteral("Léa"),     QStringLiteral("Mehdi"),    QStringLiteral("Isabelle"),
    QStringLiteral("Thierry"), QStringLiteral("Claire"),   QStringLiteral("Yacine"),
    QStringLiteral("Aurélie"), QStringLiteral("Stéphane"), QStringLiteral("Élodie"),
    QStringLiteral("Moussa"),  QStringLiteral("Cécile"),   QStringLiteral("Benoît"),
};
const QStringList kOrganisations = {
    QStringLiteral("Agence nationale de la cohésion des territoires"),
    QStringLiteral("Agence nationale pour la rénovation urbaine"),
    QStringLiteral("Observatoire national de la politique de la ville"),
    QStringLiteral("Institut national de la statistique et des études économiques"),
    QStringLiteral("Pôle ressources ville et développement social"),
    QStringLiteral("Préfecture du Val-d'Oise"),
    QStringLiteral("Conseil départemental du Val-d'Oise"),
    QStringLiteral("Caisse d'allocations familiales du Val-d'Oise"),
    QStringLiteral("Union sociale pour l'habitat"),
    QStringLiteral("Banque des territoires"),
    QStringLiteral("Fédération des centres sociaux du Val-d'Oise"),
    QStringLiteral("Mission locale Val-d'Oise Est"),
    QStringLiteral("Agence régionale de santé Île-de-France"),
    QStringLiteral("Défenseur des droits"),
    QStringLiteral("Cerema"),
    QStringLiteral("Association Les Petits Débrouillards"),
};
const QStringList kPublishers = {
    QStringLiteral("La Documentation française"),
    QStringLiteral("Éditions de l'Aube"),
    QStringLiteral("Presses universitaires de Rennes"),
    QStringLiteral("La Découverte"),
    QStringLiteral("Érès"),
    QStringLiteral("Le Moniteur"),
    QStringLiteral("Éditions Autrement"),
    QStringLiteral("Presses de Sciences Po"),
    QStringLiteral("ANCT"),
    QStringLiteral("Éditions du Cerema"),
};
const QStringList kPlaces = {QStringLiteral("Paris"),    QStringLiteral("Lyon"),
                             QStringLiteral("Rennes"),   QStringLiteral("Marseille"),
                             QStringLiteral("Cergy"),    QStringLiteral("Sarcelles"),
                             QStringLiteral("Toulouse"), QStringLiteral("Lille")};
const QStringList kActions = {
    QStringLiteral("Un atelier de cuisine partagée"),
    QStringLiteral("Une permanence d'accès aux droits"),
    QStringLiteral("Des ateliers sociolinguistiques"),
    QStringLiteral("Un jardin partagé au pied des immeubles"),
    QStringLiteral("Une marche exploratoire de femmes"),
    QStringLiteral("Un chantier d'insertion en bâtiment"),
    QStringLiteral("Un forum de l'emploi de proximité"),
    QStringLiteral("Une médiation numérique itinérante"),
    QStringLiteral("Un café des parents"),
    QStringLiteral("Des ateliers d'écriture avec les habitants"),
};
const QStringList kSentences = {
    QStringLiteral(
        "Ce document analyse les enjeux de %1 dans les quartiers prioritaires de la politique de la ville."),
    QStringLiteral("Les acteurs locaux ont mobilisé les habitants autour de %1 et de %2."),
    QStringLiteral("L'étude s'appuie sur des entretiens menés auprès des professionnels de %3."),
    QStringLiteral(
        "Les résultats montrent l'importance du partenariat entre associations, bailleurs et collectivités."),
    QStringLiteral("Une attention particulière est portée à %2, en lien avec le contrat de ville."),
    QStringLiteral("Le diagnostic partagé a permis d'identifier les besoins des familles et des jeunes."),
    QStringLiteral(
        "Les données de l'Insee éclairent les écarts entre le quartier et le reste de l'agglomération."),
    QStringLiteral("La démarche d'évaluation associe les conseils citoyens à chaque étape."),
    QStringLiteral("Des fiches pratiques présentent les outils mobilisables pour %1."),
    QStringLiteral(
        "Le financement repose sur les crédits spécifiques de la politique de la ville et le droit commun."),
};
const QStringList kTitleForms = {
    QStringLiteral("%1 dans les quartiers prioritaires : enjeux et pratiques"),
    QStringLiteral("%1 : état des lieux et perspectives"),
    QStringLiteral("Agir pour %2 : retours d'expériences"),
    QStringLiteral("%1 et %2 : regards croisés"),
    QStringLiteral("Repères sur %2 à %3"),
    QStringLiteral("Les habitants face à %2"),
};

QString lowerFirst(const QString& s)
{
    if (s.isEmpty())
        return s;
    // Keep acronyms and proper names ("QPV", "Val-d'Oise") as they are.
    if (s.size() > 1 && s.at(1).isUpper())
        return s;
    return s.at(0).toLower() + s.mid(1);
}

QString isbnFor(int n)
{
    QString digits = QStringLiteral("9782") + QString::number(700000000 + n % 100000000).right(8);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return digits + QString::number((10 - sum % 10) % 10);
}

} // namespace

DemoGenerator::DemoGenerator(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString DemoGenerator::pick(const QStringList& list)
{
    return list.at(int(m_random.bounded(quint32(list.size()))));
}

QString DemoGenerator::personName()
{
    return pick(kSurnames) + QStringLiteral(", ") + pick(kFirstNames);
}

Status DemoGenerator::lend(const QStringList& barcodes, int count, Summary& summary)
{
    if (barcodes.isEmpty())
        return Status::success();
    static const QStringList functions = {QStringLiteral("Chef de projet politique de la ville"),
                                          QStringLiteral("Coordinateur de réussite éducative"),
                                          QStringLiteral("Agent de développement"),
                                          QStringLiteral("Travailleur social"),
                                          QStringLiteral("Élu"),
                                          QStringLiteral("Étudiant")};
    Borrowers borrowers(m_db, m_clock);
    auto existing = borrowers.count();
    if (!existing)
        return existing.error();
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Borrower b;
        b.name = personName();
        b.card = QStringLiteral("L%1").arg(*existing + i + 1, 6, 10, QLatin1Char('0'));
        const QString function = functions.at(i % functions.size());
        b.function = function;
        b.categoryId = function == functions.at(4) ? 2 : function == functions.at(5) ? 3 : 1;
        b.structureType = function == functions.at(4) || i % 3 == 0 ? StructureType::Commune
                          : function == functions.at(5)             ? StructureType::School
                          : i % 3 == 1                              ? StructureType::Association
                                                                    : StructureType::StateService;
        b.commune = pick(m_communes);
        b.structure = b.structureType == StructureType::Commune ? QStringLiteral("Mairie de ") + b.commune
                                                                : pick(kOrganisations);
        b.email = QStringLiteral("lecteur%1@example.org").arg(*existing + i + 1);
        auto id = borrowers.add(b);
        if (!id)
            return Error{tr("Demo borrower %1: %2").arg(i + 1).arg(id.errorMessage())};
        ids.append(*id);
    }
    auto circulation = Circulation::open(m_db, m_clock);
    if (!circulation)
        return circulation.error();
    const QDate today = circulation->today();
    for (int i = 0; i < barcodes.size(); ++i) {
        // Lent over the last seven weeks: the oldest are late.
        const QDate out = today.addDays(-int(m_random.bounded(50u)));
        Status last;
        for (int attempt = 0; attempt < 4; ++attempt) {
            auto done = circulation->checkout(barcodes.at(i), ids.at((i + attempt * 7) % ids.size()), out);
            last = done ? Status::success() : Status(done.error());
            if (done)
                break;
        }
        if (!last)
            return Error{tr("Demo loan of %1: %2").arg(barcodes.at(i), last.errorMessage())};
        ++summary.loans;
    }
    summary.borrowers = count;
    return Status::success();
}

Status DemoGenerator::loadVocabulary()
{
    if (auto s = StarterData::install(m_db, m_clock); !s)
        return s;
    QSqlQuery q(m_db.connection());
    m_subjects.clear();
    m_communes.clear();
    m_neighbourhoods.clear();
    m_intercommunalities.clear();
    const char* const context = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the vocabularies");
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT label FROM subject ORDER BY id"));
    if (auto s = eachRow(q, context, [&] { m_subjects.append(q.value(0).toString()); }); !s)
        return s;
    q.prepare(QStringLiteral("SELECT name, level FROM territory ORDER BY id"));
    if (auto s = eachRow(q, context,
                         [&] {
                             const QString level = q.value(1).toString();
                             if (level == QLatin1String("commune"))
                                 m_communes.append(q.value(0).toString());
                             else if (level == QLatin1String("neighbourhood"))
                                 m_neighbourhoods.append(q.value(0).toString());
                             else if (level == QLatin1String("intercommunality"))
                                 m_intercommunalities.append(q.value(0).toString());
                         });
        !s)
        return s;
    if (m_subjects.isEmpty() || m_communes.isEmpty() || m_neighbourhoods.isEmpty())
        return Error{tr("The catalogue has no thesaurus or territories to build the demo from.")};
    return Status::success();
}

QString DemoGenerator::paragraph(const QStringList& themes)
{
    QStringList sentences;
    const int n = 3 + int(m_random.bounded(4u));
    for (int i = 0; i < n; ++i)
        sentences.append(pick(kSentences)
                             .replace(QLatin1String("%1"), lowerFirst(themes.value(0)))
                             .replace(QLatin1String("%2"), lowerFirst(themes.value(1)))
                             .replace(QLatin1String("%3"), themes.value(2)));
    return sentences.join(u' ');
}

Record DemoGenerator::makeRecord(int number)
{
    Record r;
    const auto types = Vocabulary::documentTypes();
    r.type = types.at(int(m_random.bounded(quint32(types.size()))));
    const QString theme1 = pick(m_subjects);
    const QString theme2 = pick(m_subjects);
    const QString commune = pick(m_communes);
    const QString neighbourhood = pick(m_neighbourhoods);
    const int year = 1995 + int(m_random.bounded(31u));
    r.subjects = {theme1, theme2};
    r.territories = {commune};
    r.language = m_random.bounded(20u) == 0 ? QStringLiteral("eng") : QStringLiteral("fre");
    r.date = QString::number(year);
    r.keywords = {lowerFirst(pick(m_subjects)).section(u' ', 0, 1)};

    switch (r.type) {
    case DocumentType::PeriodicalIssue:
        r.title = QStringLiteral("La Lettre du centre de ressources");
        r.subtitle = theme1;
        r.collectionNumber = QString::number(1 + number % 240);
        r.issn = QStringLiteral("1761-7626");
        r.date = QStringLiteral("%1-%2").arg(year).arg(1 + number % 12, 2, 10, QLatin1Char('0'));
        r.responsibilities = {{QStringLiteral("Centre de ressources politique de la ville du Val-d'Oise"),
                               AuthorityKind::Organisation, Role::Editor}};
        break;
    case DocumentType::ExperienceSheet: {
        const QString action = pick(kActions);
        r.title = action + QStringLiteral(" à ") + commune;
        r.territories.append(neighbourhood);
        r.responsibilities = {{pick(kOrganisations), AuthorityKind::Organisation, Role::LeadOrganisation},
                              {pick(kOrganisations), AuthorityKind::Organisation, Role::Partner}};
        ExperienceSheet s;
        // No random draw here: the demo catalogue stays the same for a seed.
        s.context = QStringLiteral("Le quartier %1, à %2, cumule les difficultés que la politique de la "
                                   "ville cherche à réduire. Thème principal : %3.")
                        .arg(neighbourhood, commune, lowerFirst(theme1));
        s.targetPublic =
            pick({QStringLiteral("Habitants du quartier"), QStringLiteral("Jeunes de 16 à 25 ans"),
                  QStringLiteral("Femmes isolées"), QStringLiteral("Parents d'élèves")});
        s.objectives = paragraph({theme1, theme2, commune});
        s.description = paragraph({theme2, theme1, neighbourhood});
        s.means = QStringLiteral("Une coordinatrice à mi-temps ; crédits du contrat de ville (%1 €).")
                      .arg(5000 + int(m_random.bounded(40000u)));
        s.results = paragraph({theme1, theme2, commune});
        s.contact = QStringLiteral("Service politique de la ville, mairie de ") + commune;
        s.startDate = QStringLiteral("%1-09-01").arg(year);
        s.endDate = QStringLiteral("%1-06-30").arg(year + 1);
        r.sheet = s;
        break;
    }
    default:
        // Placeholders are replaced by number: arg() would renumber them.
        r.title = pick(kTitleForms)
                      .replace(QLatin1String("%1"), theme1)
                      .replace(QLatin1String("%2"), lowerFirst(theme2))
                      .replace(QLatin1String("%3"), commune);
        break;
    }
    if (r.responsibilities.isEmpty()) {
        const int authors = 1 + int(m_random.bounded(3u));
        for (int i = 0; i < authors; ++i)
            r.responsibilities.append({personName(), AuthorityKind::Person,
                                       r.type == DocumentType::Proceedings ? Role::Director : Role::Author});
        if (m_random.bounded(3u) == 0)
            r.responsibilities.append(
                {pick(kOrganisations), AuthorityKind::Organisation, Role::Commissioner});
    }
    if (r.type == DocumentType::Book || r.type == DocumentType::Guide ||
        r.type == DocumentType::Proceedings) {
        r.publisher = pick(kPublishers);
        r.place = pick(kPlaces);
        r.isbn = isbnFor(number);
        r.extent = QStringLiteral("%1 p.").arg(48 + int(m_random.bounded(300u)));
    } else if (r.type == DocumentType::Chapter) {
        // Chapters come with their book, articles with their periodical, as
        // real records do; drawn from the number so the demo stays the same.
        static const QStringList books = {
            QStringLiteral("La politique de la ville en débats"),
            QStringLiteral("Quartiers populaires : regards croisés"),
            QStringLiteral("Vingt ans de rénovation urbaine"),
            QStringLiteral("Habiter, travailler, se déplacer dans les quartiers prioritaires")};
        r.containerTitle = books.at(number % books.size());
        r.responsibilities.append({kSurnames.at(number % kSurnames.size()) + QStringLiteral(", ") +
                                       kFirstNames.at((number / 7) % kFirstNames.size()),
                                   AuthorityKind::Person, Role::Editor});
        r.publisher = kPublishers.at(number % kPublishers.size());
        r.place = kPlaces.at(number % kPlaces.size());
        const int first = 7 + number % 180;
        r.pages = QStringLiteral("%1-%2").arg(first).arg(first + 8 + number % 25);
    } else if (r.type == DocumentType::Article) {
        static const QStringList periodicals = {QStringLiteral("Urbanisme"), QStringLiteral("Diversité"),
                                                QStringLiteral("Revue d'économie régionale et urbaine"),
                                                QStringLiteral("Espaces et sociétés"),
                                                QStringLiteral("Les Annales de la recherche urbaine")};
        r.containerTitle = periodicals.at(number % periodicals.size());
        r.volume = QString::number(1 + (year - 1995));
        r.issue = QString::number(1 + number % 4);
        const int first = 3 + number % 90;
        r.pages = QStringLiteral("%1-%2").arg(first).arg(first + 4 + number % 12);
    } else if (r.type == DocumentType::WebResource) {
        r.url = QStringLiteral("https://www.example.org/ressources/%1").arg(number);
    } else if (r.type == DocumentType::Study || r.type == DocumentType::Report) {
        r.publisher = pick(kOrganisations);
        r.place = QStringLiteral("Cergy");
        r.extent = QStringLiteral("%1 p.").arg(20 + int(m_random.bounded(120u)));
    }
    r.abstract = paragraph({theme1, theme2, commune});
    const QString prefix = lowerFirst(theme1).left(3).toUpper();
    const QString author = r.responsibilities.first().name.left(3).toUpper();
    r.callNumber = prefix + QStringLiteral(" ") + QString::number(1 + number % 9) + u' ' + author;
    if (r.type != DocumentType::WebResource && r.type != DocumentType::ExperienceSheet) {
        Copy c;
        c.barcode = QStringLiteral("D%1").arg(number, 7, 10, QLatin1Char('0'));
        c.callNumber = r.callNumber;
        c.location = QStringLiteral("Espace documentaire");
        const quint32 roll = m_random.bounded(20u);
        c.status = r.type == DocumentType::Dossier ? CopyStatus::ReferenceOnly
                   : roll == 3                     ? CopyStatus::Lost
                                                   : CopyStatus::Available;
        r.copies = {c};
    }
    return r;
}

QByteArray DemoGenerator::makePdf(const Record& record, int* pages)
{
    SimplePdfWriter pdf;
    pdf.setTitle(record.title);
    pdf.addHeading(record.title);
    pdf.addParagraph(record.authorsDisplay() + QStringLiteral(" — ") + record.date);
    pdf.addParagraph(record.abstract);
    const int sections = 2 + int(m_random.bounded(14u));
    for (int i = 0; i < sections; ++i) {
        const QStringList themes = {pick(m_subjects), record.subjects.value(0), pick(m_communes)};
        pdf.addHeading(QStringLiteral("%1. %2").arg(i + 1).arg(themes.first()));
        for (int p = 0; p < 3; ++p)
            pdf.addParagraph(paragraph(themes));
    }
    *pages = pdf.pageCount();
    return pdf.toPdf();
}

Result<DemoGenerator::Summary> DemoGenerator::generate(const Options& options, const Progress& progress)
{
    if (options.records < 0)
        return Error{tr("The number of records cannot be negative.")};
    m_random.seed(options.seed);
    if (auto s = loadVocabulary(); !s)
        return s.error();
    QSqlQuery pragma(m_db.connection());
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));

    pragma.finish();

    AttachmentStore store(m_db, m_clock);
    QList<AttachmentStore::StoredFile> created;
    auto discardCreated = [&] {
        for (const auto& f : created)
            store.discard(f);
    };
    Summary summary;
    auto transaction = WriteTransaction::begin(m_db.connection());
    if (!transaction)
        return transaction.error();
    // Read under the write lock: another writer may be adding records too.
    qint64 base = 0;
    if (!pragma.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM record")) || !pragma.next())
        return sqlError(pragma, QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the catalogue"));
    base = pragma.value(0).toLongLong();
    pragma.finish();
    QStringList toLend;
    {
        RecordRepository::Session session(m_db.connection(), m_clock);
        for (int i = 0; i < options.records; ++i) {
            const int number = int(base) + i + 1;
            const Record record = makeRecord(number);
            if (record.type != DocumentType::Dossier && !record.copies.isEmpty() &&
                record.copies.first().status == CopyStatus::Available && number % 20 == 7)
                toLend.append(record.copies.first().barcode);
            auto id = session.write(record);
            if (!id) {
                discardCreated();
                return Error{tr("Demo record %1: %2").arg(number).arg(id.errorMessage())};
            }
            if (options.pdfEvery > 0 && number % options.pdfEvery == 0) {
                int pages = 0;
                auto stored = store.storeBytes(makePdf(record, &pages));
                if (!stored) {
                    discardCreated();
                    return stored.error();
                }
                if (stored->created)
                    created.append(*stored);
                Status status = AttachmentStore::registerBlob(m_db.connection(), *stored,
                                                              QStringLiteral("application/pdf"));
                if (status) {
                    auto linked = session.linkAttachment(
                        *id, stored->sha256, QStringLiteral("document-%1.pdf").arg(number), QString());
                    if (!linked)
                        status = linked.error();
                }
                if (!status) {
                    discardCreated();
                    return status.error();
                }
                ++summary.pdfs;
                summary.pdfPages += pages;
            }
            ++summary.records;
            if (progress && (i % 500 == 0 || i + 1 == options.records) && !progress(i + 1, options.records)) {
                transaction->rollback();
                discardCreated();
                return Error{tr("Cancelled; no demo record was written.")};
            }
        }
    }
    // A borrower for fifty records: 2,000 for 100,000.
    if (auto s = lend(toLend, std::max(5, std::min(2000, options.records / 50)), summary); !s) {
        discardCreated();
        return s.error();
    }
    if (auto s = transaction->commit(); !s) {
        discardCreated();
        return s.error();
    }
    qCInfo(lcDemo) << "demo catalogue written:" << summary.records << "records," << summary.pdfs << "PDFs,"
                   << summary.loans << "loans";
    return summary;
}

} // namespace infodoc::core
