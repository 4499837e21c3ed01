#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace infodoc::core {

class Database;

// The parts of an experience sheet a template can show, in its order.
enum class SheetField
{
    Territory,     // territories of the record that are not neighbourhoods
    Neighbourhood, // priority neighbourhoods (quartiers prioritaires)
    Lead,          // lead organisation (porteur)
    Partners,
    Period,
    Public,
    Subjects,
    Keywords,
    Context,
    Objectives,
    Actions,
    Means,
    Results,
    Contact,
    Abstract,
    WebAddress,
    Attachments,
};

// The layout of an experience sheet: which fields, in which order, under
// which labels, in which colours. A JSON file the centre can edit (and keep in
// the catalogue) without rebuilding the application.
struct SheetTemplate
{
    struct Field
    {
        SheetField field = SheetField::Context;
        QString label; // empty: the translated default label

        bool operator==(const Field&) const = default;
    };

    QString name;
    QString accentColour; // empty: the centre's colour
    QString textColour = QStringLiteral("#1a1a1a");
    QString headingFont = QStringLiteral("DejaVu Sans");
    QString bodyFont = QStringLiteral("DejaVu Serif");
    double bodySize = 10; // points
    bool showCentre = true;
    bool showLogo = true;
    QList<Field> fields;

    bool operator==(const SheetTemplate&) const = default;

    // Facts (short values) are set out in a table under the title; the
    // others are sections with a heading.
    static bool isFact(SheetField field);
};

class SheetTemplates
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::SheetTemplates)

public:
    static QList<SheetField> allFields();
    static QString key(SheetField field);
    static std::optional<SheetField> fieldFromKey(const QString& key);
    static QString label(SheetField field);
    // `label` of the template field, or the default label.
    static QString labelOf(const SheetTemplate::Field& field);

    // The template shipped with the application (resources/templates).
    static SheetTemplate builtIn();
    // Parses and checks a template; errors name `sourceName` and the line.
    static Result<SheetTemplate> fromJson(const QByteArray& json, const QString& sourceName);
    static QByteArray toJson(const SheetTemplate& sheetTemplate);

    // The catalogue's template (setting "sheet.template"), or the built-in one
    // when the catalogue has none; an error if the settings cannot be read or
    // the stored template is damaged (reset() or a new one mends it).
    static Result<SheetTemplate> load(Database& db);
    static Status save(Database& db, const SheetTemplate& sheetTemplate);
    static Status reset(Database& db);
};

} // namespace infodoc::core
