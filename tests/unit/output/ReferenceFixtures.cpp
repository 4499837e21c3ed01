#include "output/ReferenceFixtures.h"

namespace infodoc::test {

using namespace infodoc::core;

namespace {

Responsibility person(const QString& name, Role role = Role::Author)
{
    return {name, AuthorityKind::Person, role, 0};
}

Responsibility organisation(const QString& name, Role role = Role::Author)
{
    return {name, AuthorityKind::Organisation, role, 0};
}

} // namespace

QList<Record> referenceFixtures()
{
    QList<Record> list;
    auto add = [&list](Record r) {
        r.id = list.size() + 1;
        list.append(r);
    };
    Record r;

    r = {};
    r.type = DocumentType::Book;
    r.title = QStringLiteral("Faire société");
    r.subtitle = QStringLiteral("la politique de la ville aux États-Unis et en France");
    r.responsibilities = {person(QStringLiteral("Donzelot, Jacques")),
                          person(QStringLiteral("Mével, Catherine")),
                          person(QStringLiteral("Wyvekens, Anne"))};
    r.publisher = QStringLiteral("Seuil");
    r.place = QStringLiteral("Paris");
    r.date = QStringLiteral("2003");
    r.edition = QStringLiteral("2e éd.");
    r.collection = QStringLiteral("La couleur des idées");
    r.isbn = QStringLiteral("9782020567891");
    add(r);

    r = {};
    r.type = DocumentType::Chapter;
    r.title = QStringLiteral("La rénovation urbaine, une politique de peuplement ?");
    r.responsibilities = {person(QStringLiteral("Epstein, Renaud")),
                          person(QStringLiteral("Kirszbaum, Thomas"), Role::Editor)};
    r.containerTitle =
        QStringLiteral("En finir avec les banlieues ? Le désenchantement de la politique de la ville");
    r.publisher = QStringLiteral("Éditions de l'Aube");
    r.place = QStringLiteral("La Tour-d'Aigues");
    r.date = QStringLiteral("2015");
    r.pages = QStringLiteral("45-60");
    add(r);

    r = {};
    r.type = DocumentType::Article;
    r.title = QStringLiteral("Quartiers \"prioritaires\" : ce que disent les chiffres");
    r.responsibilities = {person(QStringLiteral("Martin, Paul")), person(QStringLiteral("Durand, Léa"))};
    r.containerTitle = QStringLiteral("Revue d'économie régionale et urbaine");
    r.volume = QStringLiteral("12");
    r.issue = QStringLiteral("3");
    r.pages = QStringLiteral("5-29");
    r.date = QStringLiteral("2019-05-14");
    add(r);

    r = {};
    r.type = DocumentType::PeriodicalIssue;
    r.title = QStringLiteral("Habiter les quartiers populaires");
    r.responsibilities = {person(QStringLiteral("Lelévrier, Christine"), Role::Director)};
    r.containerTitle = QStringLiteral("Urbanisme");
    r.issue = QStringLiteral("421");
    r.date = QStringLiteral("2021-04");
    add(r);

    r = {};
    r.type = DocumentType::Report;
    r.title = QStringLiteral("Rapport annuel de l'Observatoire national de la politique de la ville");
    r.responsibilities = {organisation(QStringLiteral("Observatoire national de la politique de la ville"))};
    r.publisher = QStringLiteral("ANCT");
    r.place = QStringLiteral("Paris");
    r.date = QStringLiteral("2022");
    r.collection = QStringLiteral("Rapports de l'ONPV");
    r.collectionNumber = QStringLiteral("8");
    add(r);

    r = {};
    r.type = DocumentType::Study;
    r.title = QStringLiteral("Diagnostic social du quartier des Doucettes");
    r.responsibilities = {person(QStringLiteral("Martin, Paul"))};
    r.publisher = QStringLiteral("Centre de ressources politique de la ville");
    add(r); // no date, no place

    r = {};
    r.type = DocumentType::Proceedings;
    r.title = QStringLiteral("Les conseils citoyens, cinq ans après");
    r.subtitle = QStringLiteral("actes de la journée régionale du 12 juin 2019");
    r.responsibilities = {person(QStringLiteral("Carrel, Marion"), Role::Director),
                          person(QStringLiteral("Talpin, Julien"), Role::Director)};
    r.publisher = QStringLiteral("Profession Banlieue");
    r.place = QStringLiteral("Saint-Denis");
    r.date = QStringLiteral("2020");
    add(r);

    r = {};
    r.type = DocumentType::Thesis;
    r.title = QStringLiteral("Les habitants face à la démolition");
    r.responsibilities = {person(QStringLiteral("Veschambre, Vincent"))};
    r.genre = QStringLiteral("Thèse de doctorat : géographie");
    r.publisher = QStringLiteral("Université de Caen");
    r.place = QStringLiteral("Caen");
    r.date = QStringLiteral("2005");
    add(r);

    r = {};
    r.type = DocumentType::WebResource;
    r.title = QStringLiteral("Observatoire des territoires");
    r.url = QStringLiteral("https://www.observatoire-des-territoires.gouv.fr/");
    r.accessed = QStringLiteral("2024-03-01");
    add(r); // no author, no date

    r = {};
    r.type = DocumentType::WebResource;
    r.title = QStringLiteral("Les quartiers prioritaires en cartes");
    r.responsibilities = {organisation(QStringLiteral("Agence nationale de la cohésion des territoires"))};
    r.url = QStringLiteral("https://sig.ville.gouv.fr/");
    r.date = QStringLiteral("2023-11-07");
    r.accessed = QStringLiteral("2024-03-12");
    add(r);

    r = {};
    r.type = DocumentType::Audiovisual;
    r.title = QStringLiteral("Paroles d'habitants");
    r.responsibilities = {person(QStringLiteral("Benguigui, Yamina"))};
    r.genre = QStringLiteral("vidéo");
    r.publisher = QStringLiteral("INA");
    r.place = QStringLiteral("Bry-sur-Marne");
    r.date = QStringLiteral("2010-06");
    add(r);

    r = {};
    r.type = DocumentType::ExperienceSheet;
    r.title = QStringLiteral("Un jardin partagé au pied des tours");
    r.responsibilities = {
        organisation(QStringLiteral("Association Les Jardins du Val"), Role::LeadOrganisation),
        organisation(QStringLiteral("Ville de Sarcelles"), Role::Partner)};
    r.publisher = QStringLiteral("CRPV Val-d'Oise");
    r.place = QStringLiteral("Cergy");
    r.date = QStringLiteral("2021");
    add(r);

    r = {};
    r.type = DocumentType::Dossier;
    r.title = QStringLiteral("Emploi et insertion dans les quartiers");
    r.publisher = QStringLiteral("CRPV Val-d'Oise");
    r.place = QStringLiteral("Cergy");
    r.date = QStringLiteral("2018");
    add(r); // no author

    r = {};
    r.type = DocumentType::Statistics;
    r.title = QStringLiteral("Revenus et pauvreté des ménages en 2020");
    r.responsibilities = {organisation(QStringLiteral("INSEE"))};
    r.publisher = QStringLiteral("INSEE");
    r.date = QStringLiteral("2022");
    add(r); // no place

    r = {};
    r.type = DocumentType::Guide;
    r.title = QStringLiteral("Guide méthodologique de l'évaluation");
    r.responsibilities = {person(QStringLiteral("Martin, Paul"))};
    r.publisher = QStringLiteral("Éditions du CGET");
    r.place = QStringLiteral("Paris");
    r.date = QStringLiteral("2020");
    add(r);

    r = {};
    r.type = DocumentType::Article;
    r.title = QStringLiteral("Pourquoi évaluer ?");
    r.responsibilities = {person(QStringLiteral("Martin, Paul"))};
    r.containerTitle = QStringLiteral("Diagonal");
    r.issue = QStringLiteral("190");
    r.pages = QStringLiteral("12-14");
    r.date = QStringLiteral("2020");
    add(r); // same author and year as the guide: 2020a, 2020b

    r = {};
    r.type = DocumentType::Book;
    r.title = QStringLiteral("Sociologie de la banlieue");
    r.responsibilities = {person(QStringLiteral("Avenel, Cyprien"))};
    add(r); // title only: no date, no place, no publisher

    return list;
}

} // namespace infodoc::test
