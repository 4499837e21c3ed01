#pragma once

#include "core/catalog/RecordSaver.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace infodoc::core {
class Clock;
class Database;
} // namespace infodoc::core

namespace infodoc::app {

// infodoc-cli: parses a command line and runs one command against core.
// Exit codes: 0 ok, 1 user error (one line on stderr), 2 usage.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::app::CliApplication)
    // Command groups kept in their own files share the parsing and output.
    friend class SearchCommands;
    friend class OutputCommands;
    friend class CirculationCommands;
    friend class VisitCommands;
    friend class InteropCommands;
    friend class RequestCommands;
    friend class BackupCommands;

public:
    CliApplication();
    int run(const QStringList& arguments);

    struct Command
    {
        struct Usage
        {
            const char* synopsis;    // the arguments after the name; continuation lines after \n
            const char* description; // both marked for translation in "infodoc::app::Commands"
        };
        QString name;
        QStringList valueOptions;
        QStringList flagOptions;
        int minPositional = 0;
        int maxPositional = 0;
        bool documents = false; // lays out documents: needs fonts, hence a GUI application object
        QList<Usage> usages;
        int (*run)(CliApplication& cli) = nullptr;
    };
    // The registry of commands (Commands.cpp).
    static const QList<Command>& commands();
    static const Command* command(const QString& name);
    // Whether these arguments name a command that lays out documents.
    static bool needsDocuments(const QStringList& arguments);

private:
    struct Parsed
    {
        QString command;
        QStringList positional;
        QHash<QString, QString> options;
        QSet<QString> flags;
    };

    int usage(const QString& message);
    int fail(const QString& message);
    bool parse(const QStringList& arguments, Parsed& parsed, QString& error);
    std::unique_ptr<core::Database> openCatalogue(bool create, int& exitCode);
    bool readJsonObject(QJsonObject& object, int& exitCode);
    bool positiveId(const QString& text, qint64& id, int& exitCode);
    // "1,2,3": record numbers, each checked as positiveId.
    bool idList(const QString& text, QList<qint64>& ids, int& exitCode);
    // The command's clock: the system's, or noon of the day the option
    // `option` gives (a paper slip's date, bookings as of another day, tests);
    // null, with the usage exit code, when that day is not a date.
    std::unique_ptr<core::Clock> clockOf(const QString& option, int& exitCode);
    void warnAbout(const core::RecordSaver::Saved& saved);

    int cmdInit();
    int cmdDemo();
    int cmdAdd();
    int cmdShow();
    int cmdList();
    int cmdEdit();
    int cmdDelete();
    int cmdAttach();
    int cmdDetach();
    int cmdCheck();
    int cmdBackup();
    int cmdRestore();
    int cmdThesaurus();
    int cmdVisitor();
    void printHelp();

    Parsed m_args;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace infodoc::app
