#include "core/output/SheetTemplate.h"

#include "core/storage/Settings.h"

#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace infodoc::core {

namespace {

const char* const kSettingKey = "sheet.template";
const char* const kFormat = "infodoc-sheet-template";
const char* const kRead =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the template of experience sheets");
const char* const kWrite =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot save the template of experience sheets");

struct FieldName
{
    SheetField field;
    const char* key;
    const char* label;
};

const FieldName kFields[] = {
    {SheetField::Territory, "territory", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Territory")},
    {SheetField::Neighbourhood, "neighbourhood",
     QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Priority neighbourhood")},
    {SheetField::Lead, "lead", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Lead organisation")},
    {SheetField::Partners, "partners", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Partners")},
    {SheetField::Period, "period", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Period")},
    {SheetField::Public, "public", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Target public")},
    {SheetField::Subjects, "subjects", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Themes")},
    {SheetField::Keywords, "keywords", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Keywords")},
    {SheetField::Context, "context", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Context")},
    {SheetField::Objectives, "objectives", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Objectives")},
    {SheetField::Actions, "actions", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Actions")},
    {SheetField::Means, "means", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Means and funding")},
    {SheetField::Results, "results",
     QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Results and evaluation")},
    {SheetField::Contact, "contact", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Contacts")},
    {SheetField::Abstract, "abstract", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Summary")},
    {SheetField::WebAddress, "url", QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "To find out more")},
    {SheetField::Attachments, "attachments",
     QT_TRANSLATE_NOOP("infodoc::core::SheetTemplates", "Attached documents")},
};

const FieldName& nameOf(SheetField field)
{
    for (const FieldName& f : kFields)
        if (f.field == field)
            return f;
    return kFields[0];
}

// 1-based line of a byte offset, for parse errors.
int lineAt(const QByteArray& text, int offset)
{
    return 1 + int(text.left(offset).count('\n'));
}

} // namespace

bool SheetTemplate::isFact(SheetField field)
{
    switch (field) {
    case SheetField::Territory:
    case SheetField::Neighbourhood:
    case SheetField::Lead:
    case SheetField::Partners:
    case SheetField::Period:
    case SheetField::Public:
    case SheetField::Subjects:
    case SheetField::Keywords:
        return true;
    default:
        return false;
    }
}

QList<SheetField> SheetTemplates::allFields()
{
    QList<SheetField> fields;
    for (const FieldName& f : kFields)
        fields.append(f.field);
    return fields;
}

QString SheetTemplates::key(SheetField field)
{
    return QLatin1String(nameOf(field).key);
}

std::optional<SheetField> SheetTemplates::fieldFromKey(const QString& key)
{
    for (const FieldName& f : kFields)
        if (key == QLatin1String(f.key))
            return f.field;
    return std::nullopt;
}

QString SheetTemplates::label(SheetField field)
{
    return tr(nameOf(field).label);
}

QString SheetTemplates::labelOf(const SheetTemplate::Field& field)
{
    return field.label.trimmed().isEmpty() ? label(field.field) : field.label.trimmed();
}

SheetTemplate SheetTemplates::builtIn()
{
    QFile file(QStringLiteral(":/templates/experience-sheet.json"));
    if (file.open(QIODevice::ReadOnly))
        if (auto parsed = fromJson(file.readAll(), file.fileName()))
            return *parsed;
    // The resource is compiled in and tested; this is a last resort.
    SheetTemplate t;
    for (SheetField field : allFields())
        t.fields.append({field, {}});
    return t;
}

Result<SheetTemplate> SheetTemplates::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("%1, line %2: %3")
                         .arg(sourceName)
                         .arg(lineAt(json, parseError.offset))
                         .arg(parseError.errorString())};
    if (!document.isObject() ||
        document.object().value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Error{tr("%1 is not a template of experience sheets (\"format\": \"%2\" is missing).")
                         .arg(sourceName, QLatin1String(kFormat))};
    const QJsonObject o = document.object();
    SheetTemplate t;
    t.name = o.value(QStringLiteral("name")).toString();
    auto colour = [&](const char* key, QString& target) -> Status {
        const QString value = o.value(QLatin1String(key)).toString(target).trimmed();
        if (!value.isEmpty() && !QColor::isValidColorName(value))
            return Error{tr("%1: \"%2\" is not a colour for \"%3\" (use #RRGGBB).")
                             .arg(sourceName, value, QLatin1String(key))};
        target = value;
        return {};
    };
    if (auto s = colour("accentColour", t.accentColour); !s)
        return s.error();
    if (auto s = colour("textColour", t.textColour); !s)
        return s.error();
    if (t.textColour.isEmpty())
        t.textColour = SheetTemplate().textColour;
    t.headingFont = o.value(QStringLiteral("headingFont")).toString(t.headingFont);
    t.bodyFont = o.value(QStringLiteral("bodyFont")).toString(t.bodyFont);
    t.bodySize = o.value(QStringLiteral("bodySize")).toDouble(t.bodySize);
    if (t.bodySize < 6 || t.bodySize > 16)
        return Error{
            tr("%1: the text size must be between 6 and 16 points, not %2.").arg(sourceName).arg(t.bodySize)};
    t.showCentre = o.value(QStringLiteral("showCentre")).toBool(t.showCentre);
    t.showLogo = o.value(QStringLiteral("showLogo")).toBool(t.showLogo);
    const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
    QSet<SheetField> seen;
    for (int i = 0; i < fields.size(); ++i) {
        const QJsonObject f = fields.at(i).toObject();
        const QString key = f.value(QStringLiteral("field")).toString();
        const auto field = fieldFromKey(key);
        if (!field) {
            QStringList known;
            for (const FieldName& n : kFields)
                known.append(QLatin1String(n.key));
            return Error{tr("%1, field %2: unknown field \"%3\" (known fields: %4).")
                             .arg(sourceName)
                             .arg(i + 1)
                             .arg(key, known.join(QStringLiteral(", ")))};
        }
        if (seen.contains(*field))
            return Error{tr("%1, field %2: \"%3\" appears twice.").arg(sourceName).arg(i + 1).arg(key)};
        seen.insert(*field);
        t.fields.append({*field, f.value(QStringLiteral("label")).toString().trimmed()});
    }
    if (t.fields.isEmpty())
        return Error{tr("%1: the template shows no field.").arg(sourceName)};
    return t;
}

QByteArray SheetTemplates::toJson(const SheetTemplate& t)
{
    QJsonArray fields;
    for (const auto& f : t.fields) {
        QJsonObject o{{QStringLiteral("field"), key(f.field)}};
        if (!f.label.isEmpty())
            o.insert(QStringLiteral("label"), f.label);
        fields.append(o);
    }
    const QJsonObject o{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("accentColour"), t.accentColour},
        {QStringLiteral("textColour"), t.textColour},
        {QStringLiteral("headingFont"), t.headingFont},
        {QStringLiteral("bodyFont"), t.bodyFont},
        {QStringLiteral("bodySize"), t.bodySize},
        {QStringLiteral("showCentre"), t.showCentre},
        {QStringLiteral("showLogo"), t.showLogo},
        {QStringLiteral("fields"), fields},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<SheetTemplate> SheetTemplates::load(Database& db)
{
    const QString key = QLatin1String(kSettingKey);
    const auto values = Settings::values(db, key, kRead);
    if (!values)
        return values.error();
    if (!values->contains(key))
        return builtIn();
    return fromJson(values->value(key).toUtf8(), tr("the catalogue's template"));
}

Status SheetTemplates::save(Database& db, const SheetTemplate& sheetTemplate)
{
    // What is stored must read back: check it as if it came from a file.
    const QByteArray json = toJson(sheetTemplate);
    if (auto parsed = fromJson(json, tr("the template")); !parsed)
        return parsed.error();
    return Settings::write(db, {{QLatin1String(kSettingKey), QString::fromUtf8(json)}}, kWrite);
}

Status SheetTemplates::reset(Database& db)
{
    return Settings::remove(db, QLatin1String(kSettingKey), kWrite);
}

} // namespace infodoc::core
