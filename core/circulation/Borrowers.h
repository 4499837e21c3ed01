#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace infodoc::core {

class Clock;
class Database;

// The kinds of structure a borrower works for; keys are stored, labels translated.
enum class StructureType
{
    Commune,
    Intercommunality,
    StateService,
    Association,
    SocialLandlord,
    School,
    Other,
};

// A borrower (personal data: never in the visitor mode, the index or the logs).
struct Borrower
{
    qint64 id = 0;
    QString name;
    QString card; // the card's barcode, unique
    qint64 categoryId = 0;
    QString structure;
    qint64 structureAuthorityId = 0; // an organisation of the authorities, or 0 for free text
    StructureType structureType = StructureType::Other;
    QString function;
    QString commune;
    QString email;
    QString phone;
    QString notes;
    QDateTime created;
    QDateTime lastActivity;
};

// A category of borrowers and its loan rules.
struct LoanRule
{
    QString documentType; // a document type key, or empty for every type
    bool lendable = true; // false: consulted on site only
    int loanDays = 21;
    int maxItems = 5;
    int maxRenewals = 1;
    bool holdsAllowed = true;
};

struct BorrowerCategory
{
    qint64 id = 0;
    QString code;
    QString name;
    QList<LoanRule> rules; // the general rule (empty type) first

    // The rule for a document type: its own, else the general one.
    LoanRule ruleFor(const QString& documentType) const;
};

// Borrowers, their categories with the loan rules, and the list of functions.
class Borrowers
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::Borrowers)

public:
    Borrowers(Database& db, const Clock& clock);

    static QList<StructureType> structureTypes();
    static QString key(StructureType type);
    static QString label(StructureType type);
    static std::optional<StructureType> structureTypeFromKey(const QString& key);

    Result<std::optional<Borrower>> find(qint64 id) const;
    Result<std::optional<Borrower>> byCard(const QString& card) const;
    // Borrowers whose name, structure, card or e-mail contain the words typed
    // (all when empty), by name.
    Result<QList<Borrower>> list(const QString& filter = {}, int limit = 500) const;
    Result<int> count() const;

    // Borrowers already known that look like this one: same e-mail, or nearly
    // the same name and the same structure.
    Result<QList<Borrower>> possibleDuplicates(const Borrower& borrower) const;
    // Problems that stop a save, translated; empty when it can be saved.
    QStringList problems(const Borrower& borrower) const;

    Result<qint64> add(const Borrower& borrower);
    Status update(const Borrower& borrower);
    // Deletes a borrower with nothing open; their past loans are anonymised.
    Status remove(qint64 id);

    Result<QList<BorrowerCategory>> categories() const;
    Result<std::optional<BorrowerCategory>> category(qint64 id) const;
    Result<std::optional<BorrowerCategory>> categoryByCode(const QString& code) const;
    // Replaces a category's rules (the general one must be among them).
    Status setRules(qint64 categoryId, const QList<LoanRule>& rules);
    Result<qint64> addCategory(const QString& code, const QString& name, const LoanRule& general);

    Result<QStringList> functions() const;
    Status setFunctions(const QStringList& labels);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace infodoc::core
