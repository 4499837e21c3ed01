#include "core/circulation/BorrowerJson.h"

#include <QJsonValue>

namespace infodoc::core {

namespace {

const char* const kFields[] = {"name",     "card",    "category", "structure", "structureType",
                               "function", "commune", "email",    "phone",     "notes"};

} // namespace

Status BorrowerJson::apply(const QJsonObject& object, const QList<BorrowerCategory>& categories, Borrower& b)
{
    QStringList known;
    for (const char* f : kFields)
        known.append(QLatin1String(f));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return Error{tr("Unknown field \"%1\" (the fields are: %2).")
                             .arg(it.key(), known.join(QStringLiteral(", ")))};
        if (!it.value().isString())
            return Error{tr("Field \"%1\" must be text.").arg(it.key())};
    }
    auto text = [&](const char* key, QString& field) {
        if (object.contains(QLatin1String(key)))
            field = object.value(QLatin1String(key)).toString().trimmed();
    };
    text("name", b.name);
    text("card", b.card);
    text("structure", b.structure);
    text("function", b.function);
    text("commune", b.commune);
    text("email", b.email);
    text("phone", b.phone);
    text("notes", b.notes);
    if (object.contains(QStringLiteral("structureType"))) {
        const QString key = object.value(QStringLiteral("structureType")).toString();
        const auto type = Borrowers::structureTypeFromKey(key);
        if (!type) {
            QStringList keys;
            for (StructureType t : Borrowers::structureTypes())
                keys.append(Borrowers::key(t));
            return Error{
                tr("Unknown structure type \"%1\" (one of: %2).").arg(key, keys.join(QStringLiteral(", ")))};
        }
        b.structureType = *type;
        b.structureAuthorityId = 0;
    }
    if (object.contains(QStringLiteral("category"))) {
        const QString wanted = object.value(QStringLiteral("category")).toString().trimmed();
        QStringList codes;
        bool found = false;
        for (const BorrowerCategory& c : categories) {
            codes.append(c.code);
            if (c.code == wanted || c.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                b.categoryId = c.id;
                found = true;
            }
        }
        if (!found)
            return Error{tr("Unknown borrower category \"%1\" (one of: %2).")
                             .arg(wanted, codes.join(QStringLiteral(", ")))};
    }
    return Status::success();
}

QJsonObject BorrowerJson::toJson(const Borrower& b, const QList<BorrowerCategory>& categories)
{
    QString category;
    for (const BorrowerCategory& c : categories) {
        if (c.id == b.categoryId)
            category = c.code;
    }
    return QJsonObject{{QStringLiteral("id"), b.id},
                       {QStringLiteral("name"), b.name},
                       {QStringLiteral("card"), b.card},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("structure"), b.structure},
                       {QStringLiteral("structureType"), Borrowers::key(b.structureType)},
                       {QStringLiteral("function"), b.function},
                       {QStringLiteral("commune"), b.commune},
                       {QStringLiteral("email"), b.email},
                       {QStringLiteral("phone"), b.phone},
                       {QStringLiteral("notes"), b.notes},
                       {QStringLiteral("created"), b.created.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("lastActivity"), b.lastActivity.toUTC().toString(Qt::ISODate)}};
}

} // namespace infodoc::core
