// The letters the desk prints and the e-mails it prepares: reminder letters
// (the wording is the centre's own text, editable per level), the notice of
// a hold ready, and the claim letters for late periodical issues. Every
// field comes from the input (hostile names, titles, addresses, wordings);
// the output must keep its shape: the HTML escapes what it is given, and an
// e-mail's header lines stay the program's own, one per line.

#include "core/catalog/Periodicals.h"
#include "core/circulation/Reminders.h"
#include "core/output/ClaimLetters.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace infodoc::core;

namespace {

// The header lines of `mail`: each "Name: value", no line break inside a value.
bool wellFormed(const QByteArray& mail)
{
    const qsizetype end = mail.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = mail.left(end).split('\n');
    for (const QByteArray& line : lines) {
        if (!line.endsWith('\r') && &line != &lines.last())
            return false;
        const QByteArray header = line.endsWith('\r') ? line.chopped(1) : line;
        if (header.contains('\r') || header.contains('\0'))
            return false;
        const qsizetype colon = header.indexOf(": ");
        if (colon <= 0)
            return false;
        for (char c : header.left(colon))
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-'))
                return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QStringList f =
        QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)).split(u'\x1f');
    auto field = [&f](int i) { return i < f.size() ? f.at(i) : QString(); };

    CentreIdentity centre;
    centre.name = field(0);
    centre.address = field(1);
    centre.email = field(2);
    Reminders::Wording wording{field(3), field(4)};
    Reminders::Letter letter;
    letter.name = field(5);
    letter.card = field(6);
    letter.email = field(7);
    letter.structure = field(8);
    letter.level = 1;
    const QStringList titles = field(9).split(u'\x1e');
    for (qsizetype i = 0; i < titles.size() && i < 50; ++i) {
        Reminders::Item item;
        item.loan.title = titles.at(i);
        item.loan.barcode = field(10);
        item.loan.callNumber = field(11);
        item.loan.due = QDate(2026, 11, 2);
        item.level = 1;
        item.daysLate = int(i);
        letter.items.append(item);
    }
    const QDate day(2026, 12, 7);
    const QDateTime at(day, QTime(10, 0), Qt::UTC);

    const QString html = Reminders::letterHtml(letter, wording, centre, day);
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        __builtin_trap(); // text given as text, never as markup
    if (!wellFormed(Reminders::eml(letter, wording, centre, at)))
        __builtin_trap();

    HoldInfo hold;
    hold.title = field(9);
    hold.barcode = field(10);
    hold.borrowerName = field(5);
    hold.email = field(7);
    hold.pickupBy = day.addDays(7);
    (void)Reminders::holdNotice(hold, centre);
    if (!wellFormed(Reminders::holdEml(hold, centre, at)))
        __builtin_trap();

    Periodicals::Late late;
    late.periodical.title = field(9);
    late.periodical.publisher = field(12);
    late.periodical.publisherAddress = field(13);
    late.periodical.publisherEmail = field(14);
    late.issue.number = 42;
    late.issue.expected = QDate(2026, 10, 1);
    late.daysLate = 67;
    const QString claim = ClaimLetters::html({late, late}, centre, day);
    if (claim.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        __builtin_trap();
    return 0;
}
