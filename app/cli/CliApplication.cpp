#include "app/cli/CliApplication.h"

#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"

#include "core/catalog/StarterData.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonDocument>

namespace infodoc::app {

using namespace infodoc::core;

CliApplication::CliApplication() : m_out(stdout), m_err(stderr) {}

int CliApplication::usage(const QString& message)
{
    m_err << "infodoc-cli: " << message << '\n' << tr("Try \"infodoc-cli --help\".") << '\n';
    m_err.flush();
    return 2;
}

int CliApplication::fail(const QString& message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    m_err << "infodoc-cli: " << tr("error: %1").arg(line) << '\n';
    m_err.flush();
    return 1;
}

bool CliApplication::parse(const QStringList& arguments, Parsed& parsed, QString& error)
{
    // Global options may stand anywhere; the first bare word is the command.
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            if (a.contains(u'=')) {
                parsed.options.insert(QStringLiteral("db"), a.section(u'=', 1));
            } else if (i + 1 < arguments.size()) {
                parsed.options.insert(QStringLiteral("db"), arguments.at(++i));
            } else {
                error = tr("--db needs a file name.");
                return false;
            }
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            parsed.flags.insert(QStringLiteral("help"));
        } else if (a == QLatin1String("--version")) {
            parsed.flags.insert(QStringLiteral("version"));
        } else {
            rest.append(a);
        }
    }
    if (parsed.flags.contains(QStringLiteral("help")) || parsed.flags.contains(QStringLiteral("version")))
        return true;
    if (rest.isEmpty()) {
        error = tr("No command given.");
        return false;
    }
    parsed.command = rest.takeFirst();
    const Command* spec = command(parsed.command);
    if (!spec) {
        error = tr("Unknown command \"%1\".").arg(parsed.command);
        return false;
    }
    bool onlyPositional = false;
    for (int i = 0; i < rest.size(); ++i) {
        const QString a = rest.at(i) == QLatin1String("-o") ? QStringLiteral("--output") : rest.at(i);
        if (!onlyPositional && a == QLatin1String("--")) {
            onlyPositional = true;
        } else if (!onlyPositional && a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const bool inlineValue = name.contains(u'=');
            if (inlineValue) {
                value = name.section(u'=', 1);
                name = name.section(u'=', 0, 0);
            }
            if (spec->flagOptions.contains(name) && !inlineValue) {
                parsed.flags.insert(name);
            } else if (spec->valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= rest.size()) {
                        error = tr("--%1 needs a value.").arg(name);
                        return false;
                    }
                    value = rest.at(++i);
                }
                parsed.options.insert(name, value);
            } else {
                error = tr("Unknown option --%1 for \"%2\".").arg(name, parsed.command);
                return false;
            }
        } else {
            parsed.positional.append(a);
        }
    }
    if (parsed.positional.size() < spec->minPositional || parsed.positional.size() > spec->maxPositional) {
        error = tr("Wrong number of arguments for \"%1\".").arg(parsed.command);
        return false;
    }
    return true;
}

int CliApplication::run(const QStringList& arguments)
{
    QString error;
    if (!parse(arguments, m_args, error))
        return usage(error);
    if (m_args.flags.contains(QStringLiteral("help"))) {
        printHelp();
        return 0;
    }
    if (m_args.flags.contains(QStringLiteral("version"))) {
        m_out << "infodoc-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    return command(m_args.command)->run(*this);
}

std::unique_ptr<Database> CliApplication::openCatalogue(bool create, int& exitCode)
{
    const QString path = Database::resolvePath(m_args.options.value(QStringLiteral("db")));
    auto db =
        Database::open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    if (!db) {
        exitCode = fail(db.errorMessage());
        return nullptr;
    }
    if ((*db)->wasCreated()) {
        SystemClock clock;
        if (auto s = StarterData::install(**db, clock); !s) {
            exitCode = fail(s.errorMessage());
            return nullptr;
        }
    }
    return std::move(*db);
}

bool CliApplication::readJsonObject(QJsonObject& object, int& exitCode)
{
    const QString file = m_args.options.value(QStringLiteral("file"));
    QByteArray data;
    QString source = tr("standard input");
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            exitCode = fail(tr("Cannot read %1: %2").arg(file, f.errorString()));
            return false;
        }
        data = f.readAll();
        source = file;
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            exitCode = fail(tr("Cannot read the standard input."));
            return false;
        }
        data = in.readAll();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(data.left(error.offset).count('\n')) + 1;
        exitCode = fail(tr("%1, line %2: invalid JSON (%3).").arg(source).arg(line).arg(error.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        exitCode = fail(tr("%1: a record must be a JSON object.").arg(source));
        return false;
    }
    object = doc.object();
    return true;
}

bool CliApplication::positiveId(const QString& text, qint64& id, int& exitCode)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = usage(tr("\"%1\" is not a record number.").arg(text));
        return false;
    }
    return true;
}

std::unique_ptr<core::Clock> CliApplication::clockOf(const QString& option, int& exitCode)
{
    if (!m_args.options.contains(option))
        return std::make_unique<core::SystemClock>();
    auto parsed = core::Calendar::parseDate(m_args.options.value(option));
    if (!parsed) {
        exitCode = usage(parsed.errorMessage());
        return nullptr;
    }
    return std::make_unique<core::FixedClock>(QDateTime(*parsed, QTime(12, 0), QTimeZone::systemTimeZone()));
}

bool CliApplication::idList(const QString& text, QList<qint64>& ids, int& exitCode)
{
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        qint64 id = 0;
        if (!positiveId(part.trimmed(), id, exitCode))
            return false;
        ids.append(id);
    }
    return true;
}

} // namespace infodoc::app
