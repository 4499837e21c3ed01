#include "core/circulation/Reminders.h"

#include "core/circulation/CirculationTotals_p.h"
#include "core/common/Clock.h"
#include "core/output/CentreIdentity.h"
#include "core/output/DocumentFile.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QTextDocument>
#include <QUuid>

namespace infodoc::core {

namespace {

const char* const kReadError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the late loans");
const char* const kWriteError = QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot record the reminders");
const char* const kWordingError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read or save the wording of the reminders");

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString itemLine(const Reminders::Item& i)
{
    return Reminders::tr("%1 (copy %2), due %3, %n day(s) late", nullptr, i.daysLate)
        .arg(i.loan.title, i.loan.barcode, shortDate(i.loan.due));
}

QString fill(QString text, const Reminders::Letter& letter, const CentreIdentity& centre, const QDate& date,
             const QString& items)
{
    text.replace(QLatin1String("{name}"), letter.name);
    text.replace(QLatin1String("{centre}"), centre.name);
    text.replace(QLatin1String("{date}"), QLocale().toString(date, QLocale::LongFormat));
    text.replace(QLatin1String("{items}"), items);
    return text;
}

// "Dupont, Marie" is addressed as "Marie Dupont".
QString displayName(const QString& name)
{
    const qsizetype comma = name.indexOf(u',');
    if (comma < 0)
        return name;
    return QString(name.mid(comma + 1).trimmed() + u' ' + name.left(comma).trimmed()).trimmed();
}

QByteArray encodedWord(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 32 && c.unicode() < 127;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// A value written into a header as it is (an address, a domain): without
// the control characters that would end the header line and start another
// (an address is checked when it is entered, but a catalogue can be
// written by other programs).
QByteArray headerText(const QString& text)
{
    QString clean;
    for (QChar c : text)
        if (c.unicode() >= 32 && c.unicode() != 127)
            clean += c;
    return clean.trimmed().toLatin1();
}

QByteArray mailbox(const QString& name, const QString& address)
{
    QString clean = name;
    clean.remove(u'"').remove(u'\r').remove(u'\n');
    return encodedWord(clean).prepend('"').append('"') + " <" + headerText(address) + '>';
}

} // namespace

Reminders::Reminders(Database& db, const Clock& clock, CirculationSettings settings)
    : m_db(db), m_clock(clock), m_settings(std::move(settings))
{}

Result<QList<Reminders::Letter>> Reminders::due(const QDate& asOf) const
{
    if (!asOf.isValid())
        return Error{tr("The reminders need a valid date.")};
    const QList<int>& delays = m_settings.reminderDays;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.id, c.barcode, r.title, l.due_on, l.reminder_level, l.reminded_on, "
                             "b.id, b.name, b.card, b.email, "
                             "b.structure, l.out_on, c.record_id, l.copy_id FROM loan l JOIN copy c ON c.id "
                             "= l.copy_id JOIN record r ON "
                             "r.id = c.record_id JOIN borrower b ON b.id = l.borrower_id WHERE l.returned_on "
                             "IS NULL AND l.due_on < ? AND "
                             "l.reminder_level < ? ORDER BY b.name_key, b.id, l.due_on, l.id"));
    q.addBindValue(asOf.toString(Qt::ISODate));
    q.addBindValue(int(delays.size()));
    QList<Letter> letters;
    QHash<qint64, int> byBorrower;
    if (auto s = eachRow(q, kReadError,
                         [&] {
                             Item item;
                             item.loan.id = q.value(0).toLongLong();
                             item.loan.barcode = q.value(1).toString();
                             item.loan.title = q.value(2).toString();
                             item.loan.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
                             item.loan.reminderLevel = q.value(4).toInt();
                             const QDate reminded = QDate::fromString(q.value(5).toString(), Qt::ISODate);
                             item.loan.borrowerId = q.value(6).toLongLong();
                             item.loan.borrowerName = q.value(7).toString();
                             item.loan.card = q.value(8).toString();
                             item.loan.out = QDate::fromString(q.value(11).toString(), Qt::ISODate);
                             item.loan.recordId = q.value(12).toLongLong();
                             item.loan.copyId = q.value(13).toLongLong();
                             const int next = item.loan.reminderLevel + 1;
                             item.daysLate = int(item.loan.due.daysTo(asOf));
                             if (item.daysLate < delays.at(next - 1))
                                 return;
                             if (next > 1 && reminded.isValid() &&
                                 reminded.daysTo(asOf) < delays.at(next - 1) - delays.at(next - 2))
                                 return;
                             item.level = next;
                             auto it = byBorrower.find(item.loan.borrowerId);
                             if (it == byBorrower.end()) {
                                 Letter l;
                                 l.borrowerId = item.loan.borrowerId;
                                 l.name = item.loan.borrowerName;
                                 l.card = item.loan.card;
                                 l.email = q.value(9).toString();
                                 l.structure = q.value(10).toString();
                                 letters.append(l);
                                 it = byBorrower.insert(l.borrowerId, int(letters.size()) - 1);
                             }
                             Letter& letter = letters[*it];
                             letter.level = std::max(letter.level, next);
                             letter.items.append(item);
                         });
        !s)
        return s.error();
    return letters;
}

Result<QList<Reminders::Letter>> Reminders::record(const QDate& asOf)
{
    const QSqlDatabase db = m_db.connection();
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto letters = due(asOf);
    if (!letters)
        return letters.error();
    const QDateTime at = m_clock.now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE loan SET reminder_level = ?, reminded_on = ? WHERE id = ? AND reminder_level = ?"));
    for (const Letter& letter : std::as_const(*letters)) {
        for (const Item& item : letter.items) {
            q.bindValue(0, item.level);
            q.bindValue(1, asOf.toString(Qt::ISODate));
            q.bindValue(2, item.loan.id);
            q.bindValue(3, item.level - 1);
            if (auto s = execOrError(q, kWriteError); !s)
                return s.error();
            if (item.level == 1) {
                if (auto counted = circulation::countLate(db, asOf, item.loan.id); !counted)
                    return counted.error();
            }
            if (auto s = ChangeJournal::append(db, ChangeJournal::Entity::Loan, item.loan.id,
                                               ChangeJournal::Op::Update, at);
                !s)
                return s.error();
        }
    }
    if (auto s = transaction->commit(); !s)
        return s.error();
    return letters;
}

Result<Reminders::Sent> Reminders::send(const QDate& asOf, const QString& folder)
{
    auto letters = due(asOf);
    if (!letters)
        return letters.error();
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))};
    const auto identity = CentreSettings(m_db).load();
    if (!identity)
        return identity.error();
    const CentreIdentity& centre = *identity;
    Sent sent;
    auto discard = [&] {
        for (const QString& f : std::as_const(sent.files))
            QFile::remove(f);
    };
    for (const Letter& l : std::as_const(*letters)) {
        auto words = wording(m_db, l.level);
        if (!words) {
            discard();
            return words.error();
        }
        const QString base = QDir(folder).filePath(QStringLiteral("rappel-%1-%2").arg(l.level).arg(l.card));
        QTextDocument document;
        document.setHtml(letterHtml(l, *words, centre, asOf));
        Status s =
            DocumentFile::savePdf(document, base + QStringLiteral(".pdf"), words->subject, centre.name);
        if (s) {
            sent.files.append(base + QStringLiteral(".pdf"));
            s = DocumentFile::saveOdt(document, base + QStringLiteral(".odt"));
        }
        if (s) {
            sent.files.append(base + QStringLiteral(".odt"));
            if (!l.email.isEmpty()) {
                s = DocumentFile::saveBytes(eml(l, *words, centre, m_clock.now()),
                                            base + QStringLiteral(".eml"));
                if (s)
                    sent.files.append(base + QStringLiteral(".eml"));
            }
        }
        if (!s) {
            discard();
            return s.error();
        }
    }
    // The levels are stored once every letter is written.
    auto recorded = record(asOf);
    if (!recorded) {
        discard();
        return recorded.error();
    }
    sent.letters = *recorded;
    return sent;
}

Reminders::Wording Reminders::defaultWording(int level)
{
    switch (level) {
    case 1:
        return {
            tr("Reminder: documents to return to {centre}"),
            tr("Dear {name},\n\nThe loan period of the documents below has ended. Unless you have already "
               "done so, please return them to {centre} or ask us to renew them.\n\n{items}\n\nThank you, "
               "and see you soon.\n\n{centre}")};
    case 2:
        return {tr("Second reminder: documents to return to {centre}"),
                tr("Dear {name},\n\nDespite our first reminder, the documents below have not been returned. "
                   "Other professionals are waiting for them: please bring them back to {centre} as soon as "
                   "possible.\n\n{items}\n\nYours sincerely,\n\n{centre}")};
    default:
        return {
            tr("Last reminder: documents to return to {centre}"),
            tr("Dear {name},\n\nThis is our last reminder: the documents below are still out, long after "
               "their due date. Please return them within a week or contact us; otherwise we will have to "
               "suspend your loans.\n\n{items}\n\nYours sincerely,\n\n{centre}")};
    }
}

Result<Reminders::Wording> Reminders::wording(Database& db, int level)
{
    const QString prefix = QStringLiteral("reminders.%1.").arg(level);
    auto values = Settings::values(db, prefix, kWordingError);
    if (!values)
        return values.error();
    Wording w = defaultWording(level);
    if (values->contains(prefix + QStringLiteral("subject")))
        w.subject = values->value(prefix + QStringLiteral("subject"));
    if (values->contains(prefix + QStringLiteral("body")))
        w.body = values->value(prefix + QStringLiteral("body"));
    return w;
}

Status Reminders::setWording(Database& db, int level, const Wording& wording)
{
    if (level < 1 || level > 5)
        return Error{tr("There is no reminder level %1.").arg(level)};
    if (wording.subject.trimmed().isEmpty() || wording.body.trimmed().isEmpty())
        return Error{tr("A reminder needs a subject and a text.")};
    if (!wording.body.contains(QLatin1String("{items}")))
        return Error{tr("The text of a reminder must contain {items}, where the late documents are listed.")};
    const QString prefix = QStringLiteral("reminders.%1.").arg(level);
    return Settings::write(db,
                           {{prefix + QStringLiteral("subject"), wording.subject.trimmed()},
                            {prefix + QStringLiteral("body"), wording.body}},
                           kWordingError);
}

QString Reminders::letterHtml(const Letter& letter, const Wording& wording, const CentreIdentity& centre,
                              const QDate& date)
{
    auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    QString items = QStringLiteral("<ul>");
    for (const Item& i : letter.items)
        items += QStringLiteral("<li>%1</li>").arg(esc(itemLine(i)));
    items += QStringLiteral("</ul>");
    // The wording is the centre's plain text; only {items} brings markup.
    const QString marker = QStringLiteral("\x01items\x01");
    QString body = esc(fill(wording.body, letter, centre, date, marker));
    body.replace(QLatin1String("\n"), QLatin1String("<br/>"));
    body.replace(marker, items);
    const QString address = esc(centre.address).replace(QLatin1String("\n"), QLatin1String("<br/>"));
    return QStringLiteral("<table width=\"100%\"><tr><td><b>%1</b><br/>%2<br/>%3</td>"
                          "<td align=\"right\">%4<br/>%5<br/>%6</td></tr></table>"
                          "<p align=\"right\">%7</p><h3>%8</h3><p>%9</p>")
        .arg(esc(centre.name), address, esc(centre.email), esc(displayName(letter.name)),
             esc(letter.structure), esc(tr("Card %1").arg(letter.card)),
             esc(QLocale().toString(date, QLocale::LongFormat)),
             esc(fill(wording.subject, letter, centre, date, QString())), body);
}

namespace {

QByteArray mail(const CentreIdentity& centre, const QString& toName, const QString& toAddress,
                const QString& subject, const QString& body, const QDateTime& at)
{
    QByteArray text = body.toUtf8();
    text.replace("\r\n", "\n").replace("\n", "\r\n");
    const QByteArray base64 = text.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        wrapped += base64.mid(i, 76) + "\r\n";
    const QString from = centre.email.trimmed().isEmpty() ? QStringLiteral("centre@localhost") : centre.email;
    QByteArray m;
    m += "From: " + mailbox(centre.name.isEmpty() ? from : centre.name, from) + "\r\n";
    if (!toAddress.trimmed().isEmpty())
        m += "To: " + mailbox(toName, toAddress) + "\r\n";
    m += "Subject: " + encodedWord(subject) + "\r\n";
    m +=
        "Date: " + QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
        " +0000\r\n";
    const QString domain =
        from.section(u'@', 1).isEmpty() ? QStringLiteral("localhost") : from.section(u'@', 1);
    m += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' +
         headerText(domain) + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "X-Unsent: 1\r\n";
    m += "\r\n";
    m += wrapped;
    return m;
}

} // namespace

QByteArray Reminders::eml(const Letter& letter, const Wording& wording, const CentreIdentity& centre,
                          const QDateTime& at)
{
    QString items;
    for (const Item& i : letter.items)
        items += QStringLiteral("- ") + itemLine(i) + u'\n';
    return mail(centre, displayName(letter.name), letter.email,
                fill(wording.subject, letter, centre, at.date(), QString()),
                fill(wording.body, letter, centre, at.date(), items.trimmed()), at);
}

Reminders::Notice Reminders::holdNotice(const HoldInfo& hold, const CentreIdentity& centre)
{
    const QString name = displayName(hold.borrowerName);
    return {
        tr("Your hold is ready: %1").arg(hold.title),
        tr("Dear %1,\n\nThe document you held is waiting for you at %2:\n\n- %3 (copy %4)\n\nIt is kept for "
           "you until %5; after that day it goes to the next person waiting.\n\nSee you soon,\n\n%2")
            .arg(name, centre.name.isEmpty() ? tr("the centre") : centre.name, hold.title, hold.barcode,
                 QLocale().toString(hold.pickupBy, QLocale::LongFormat))};
}

QByteArray Reminders::holdEml(const HoldInfo& hold, const CentreIdentity& centre, const QDateTime& at)
{
    const Notice notice = holdNotice(hold, centre);
    return mail(centre, displayName(hold.borrowerName), hold.email, notice.subject, notice.body, at);
}

} // namespace infodoc::core
