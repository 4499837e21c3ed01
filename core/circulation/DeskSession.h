#pragma once

#include "core/circulation/Borrowers.h"
#include "core/circulation/Circulation.h"

#include <QCoreApplication>

#include <optional>
#include <variant>

namespace infodoc::core {

// The desk's one scan box (a barcode scanner types and presses Enter): a
// borrower's card selects the borrower; a copy is then lent to them (or
// returned, when it is one of theirs); a copy that is out, scanned with no
// borrower selected, is returned. Every action says what it did, with the
// title, or why it was refused; the last one can be undone.
class DeskSession
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::DeskSession)

public:
    DeskSession(Database& db, const Clock& clock, Circulation circulation);

    struct Outcome
    {
        enum class Kind
        {
            Nothing,
            BorrowerSelected,
            Lent,
            Returned,
            Renewed,
            Undone,
            Refused
        };
        Kind kind = Kind::Nothing;
        QString message;
        bool warning = false; // the borrower has late items, or a copy must be set aside
    };

    // `on`: the day of a paper slip; today by default.
    Outcome scan(const QString& text, std::optional<QDate> on = {});
    Outcome renew(const QString& copyBarcode, std::optional<QDate> on = {});
    Outcome markLost(const QString& copyBarcode, std::optional<QDate> on = {});
    Outcome undo();
    bool canUndo() const { return !std::holds_alternative<std::monostate>(m_last); }

    void selectBorrower(const Borrower& borrower);
    void clearBorrower();
    const std::optional<Borrower>& borrower() const { return m_borrower; }
    Circulation& circulation() { return m_circulation; }

    // The selected borrower's loans and holds (empty lists when none is selected).
    Result<QList<LoanInfo>> loans() const;
    Result<QList<HoldInfo>> holds() const;

private:
    Outcome refused(const QString& message);
    Outcome lend(const QString& barcode, const std::optional<QDate>& on);
    Outcome giveBack(const QString& barcode, const std::optional<QDate>& on);

    Database& m_db;
    const Clock& m_clock;
    Circulation m_circulation;
    std::optional<Borrower> m_borrower;
    std::variant<std::monostate, Circulation::Checkout, Circulation::Checkin, Circulation::Renewal> m_last;
};

} // namespace infodoc::core
