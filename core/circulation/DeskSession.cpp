#include "core/circulation/DeskSession.h"

#include <QLocale>

namespace infodoc::core {

namespace {

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

DeskSession::DeskSession(Database& db, const Clock& clock, Circulation circulation)
    : m_db(db), m_clock(clock), m_circulation(std::move(circulation))
{}

DeskSession::Outcome DeskSession::refused(const QString& message)
{
    return {Outcome::Kind::Refused, message, false};
}

void DeskSession::selectBorrower(const Borrower& borrower)
{
    m_borrower = borrower;
}

void DeskSession::clearBorrower()
{
    m_borrower.reset();
}

Result<QList<LoanInfo>> DeskSession::loans() const
{
    if (!m_borrower)
        return QList<LoanInfo>();
    Circulation::LoanFilter filter;
    filter.borrowerId = m_borrower->id;
    return m_circulation.loans(filter);
}

Result<QList<HoldInfo>> DeskSession::holds() const
{
    if (!m_borrower)
        return QList<HoldInfo>();
    Circulation::HoldFilter filter;
    filter.borrowerId = m_borrower->id;
    return m_circulation.holds(filter);
}

DeskSession::Outcome DeskSession::scan(const QString& text, std::optional<QDate> on)
{
    const QString code = text.trimmed();
    if (code.isEmpty())
        return {};
    Borrowers borrowers(m_db, m_clock);
    const auto card = borrowers.byCard(code);
    if (!card)
        return refused(card.errorMessage());
    if (*card) {
        m_borrower = **card;
        const auto open = loans();
        if (!open)
            return refused(open.errorMessage());
        const QDate today = m_circulation.today();
        int late = 0;
        for (const LoanInfo& l : *open)
            late += l.daysLate(today) > 0 ? 1 : 0;
        QString message = tr("%1: %n item(s) on loan", nullptr, int(open->size())).arg(m_borrower->name);
        if (late > 0)
            message += tr(", %n late", nullptr, late);
        return {Outcome::Kind::BorrowerSelected, message + u'.', late > 0};
    }
    const auto out = m_circulation.openLoan(code);
    if (!out)
        return refused(out.errorMessage());
    if (*out && (!m_borrower || (*out)->borrowerId == m_borrower->id))
        return giveBack(code, on);
    if (m_borrower)
        return lend(code, on);
    // Not out and no borrower selected: a card first, unless the code is unknown.
    const auto title = m_circulation.copyTitle(code);
    if (!title)
        return refused(title.errorMessage());
    if (!*title)
        return refused(tr("Unknown card or copy: nothing has the code %1.").arg(code));
    return refused(
        tr("\"%1\" (%2) is not on loan: scan a borrower's card first to lend it.").arg(**title, code));
}

DeskSession::Outcome DeskSession::lend(const QString& barcode, const std::optional<QDate>& on)
{
    auto done = m_circulation.checkout(barcode, m_borrower->id, on);
    if (!done)
        return refused(done.errorMessage());
    m_last = *done;
    return {Outcome::Kind::Lent,
            tr("Lent: %1 (%2) to %3, due %4.")
                .arg(done->loan.title, done->loan.barcode, m_borrower->name, shortDate(done->loan.due)),
            false};
}

DeskSession::Outcome DeskSession::giveBack(const QString& barcode, const std::optional<QDate>& on)
{
    auto done = m_circulation.checkin(barcode, on);
    if (!done)
        return refused(done.errorMessage());
    m_last = *done;
    QString message = tr("Returned: %1 (%2).").arg(done->loan.title, done->loan.barcode);
    if (done->late)
        message += u' ' + tr("%n day(s) late.", nullptr, done->loan.daysLate(done->loan.returned));
    if (done->setAside)
        message += u' ' + tr("Set it aside for %1 (hold, to collect by %2).")
                              .arg(done->setAside->borrowerName, shortDate(done->setAside->pickupBy));
    return {Outcome::Kind::Returned, message, done->setAside.has_value()};
}

DeskSession::Outcome DeskSession::renew(const QString& copyBarcode, std::optional<QDate> on)
{
    auto done = m_circulation.renew(copyBarcode, on);
    if (!done)
        return refused(done.errorMessage());
    m_last = *done;
    return {Outcome::Kind::Renewed,
            tr("Renewed: %1 (%2), now due %3.")
                .arg(done->loan.title, done->loan.barcode, shortDate(done->loan.due)),
            false};
}

DeskSession::Outcome DeskSession::markLost(const QString& copyBarcode, std::optional<QDate> on)
{
    auto done = m_circulation.markLost(copyBarcode, on);
    if (!done)
        return refused(done.errorMessage());
    m_last = std::monostate();
    return {Outcome::Kind::Returned, tr("Marked lost: %1 (%2).").arg(done->title, done->barcode), false};
}

DeskSession::Outcome DeskSession::undo()
{
    Status s;
    QString what;
    if (const auto* c = std::get_if<Circulation::Checkout>(&m_last)) {
        s = m_circulation.undoCheckout(*c);
        what = tr("Loan of %1 undone.").arg(c->loan.title);
    } else if (const auto* r = std::get_if<Circulation::Checkin>(&m_last)) {
        s = m_circulation.undoCheckin(*r);
        what = tr("Return of %1 undone: it is on loan again.").arg(r->loan.title);
    } else if (const auto* n = std::get_if<Circulation::Renewal>(&m_last)) {
        s = m_circulation.undoRenewal(*n);
        what = tr("Renewal of %1 undone.").arg(n->loan.title);
    } else {
        return refused(tr("Nothing to undo."));
    }
    if (!s)
        return refused(s.errorMessage());
    m_last = std::monostate();
    return {Outcome::Kind::Undone, what, false};
}

} // namespace infodoc::core
