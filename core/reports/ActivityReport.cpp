#include "core/reports/ActivityReport.h"

#include "core/catalog/Thesaurus.h"
#include "core/catalog/Vocabulary.h"
#include "core/circulation/Borrowers.h"
#include "core/common/Clock.h"
#include "core/output/CentreIdentity.h"
#include "core/output/OutputTotals.h"
#include "core/requests/Requests.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/visits/Appointments.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace infodoc::core {

namespace {

const char* const kReadError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read the activity figures");

// Longest tables keep this many rows, the rest summed as "Other".
constexpr int kTopRows = 12;

QString monthOf(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

// A day's start in the centre's time, as the UTC stamps of the catalogue.
QString stampAt(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC().toString(Qt::ISODate);
}

struct Period
{
    QDate from;
    QDate to;
};

// The monthly totals of one of the totals tables (a name we hold, never
// user text) over the months a period covers.
class Totals
{
public:
    Status read(const QSqlDatabase& db, const QString& table, const Period& p)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT month, event, dimension, value, total FROM %1 WHERE month BETWEEN ? "
                                 "AND ?")
                      .arg(table));
        q.addBindValue(monthOf(p.from));
        q.addBindValue(monthOf(p.to));
        return eachRow(q, kReadError, [&] {
            const QString month = q.value(0).toString();
            const QString key =
                q.value(1).toString() + u'\x1f' + q.value(2).toString() + u'\x1f' + q.value(3).toString();
            const qint64 total = q.value(4).toLongLong();
            m_sum[key] += total;
            m_byMonth[key][month] += total;
        });
    }
    qint64 sum(const QString& event, const QString& dimension, const QString& value) const
    {
        return m_sum.value(event + u'\x1f' + dimension + u'\x1f' + value);
    }
    qint64 inMonth(const QString& event, const QString& dimension, const QString& value,
                   const QString& month) const
    {
        return m_byMonth.value(event + u'\x1f' + dimension + u'\x1f' + value).value(month);
    }
    // value -> total along one dimension of an event.
    QHash<QString, qint64> along(const QString& event, const QString& dimension) const
    {
        QHash<QString, qint64> out;
        const QString prefix = event + u'\x1f' + dimension + u'\x1f';
        for (auto it = m_sum.cbegin(); it != m_sum.cend(); ++it)
            if (it.key().startsWith(prefix))
                out.insert(it.key().mid(prefix.size()), it.value());
        return out;
    }

private:
    QHash<QString, qint64> m_sum;
    QHash<QString, QHash<QString, qint64>> m_byMonth;
};

ReportTable::Row row(const QString& key, const QString& label, QList<double> values)
{
    return {key, label, std::move(values)};
}

// A table of one dimension, this period beside the previous one, the
// largest first; beyond kTopRows, "Other".
ReportTable along(const QString& key, const QString& title, const QString& heading,
                  const QStringList& columns, const QHash<QString, qint64>& now,
                  const QHash<QString, qint64>& before, const std::function<QString(const QString&)>& label,
                  ReportTable::Chart chart, double scale = 1, int decimals = 0)
{
    ReportTable t{key, title, heading, columns, {}, chart, decimals};
    QStringList keys = now.keys();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!now.contains(it.key()))
            keys.append(it.key());
    std::sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
        if (now.value(a) != now.value(b))
            return now.value(a) > now.value(b);
        if (before.value(a) != before.value(b))
            return before.value(a) > before.value(b);
        return a < b;
    });
    double otherNow = 0, otherBefore = 0;
    for (int i = 0; i < keys.size(); ++i) {
        const QString& k = keys.at(i);
        if (i < kTopRows) {
            t.rows.append(row(k, label(k), {now.value(k) / scale, before.value(k) / scale}));
        } else {
            otherNow += now.value(k) / scale;
            otherBefore += before.value(k) / scale;
        }
    }
    if (keys.size() > kTopRows)
        t.rows.append(row(QStringLiteral("other"), ActivityReports::tr("Other"), {otherNow, otherBefore}));
    return t;
}

// Month by month: the period's months beside the same months before.
ReportTable byMonth(const QString& key, const QString& title, const QStringList& columns, const Totals& now,
                    const Totals& before, const Period& p, const Period& prev, const QString& event,
                    const QString& allValue)
{
    ReportTable t{key, title, ActivityReports::tr("Month"), columns, {}, ReportTable::Chart::Lines, 0};
    const QLocale locale;
    QDate m(p.from.year(), p.from.month(), 1);
    QDate pm(prev.from.year(), prev.from.month(), 1);
    for (int i = 0; i < 240 && m <= p.to; ++i, m = m.addMonths(1), pm = pm.addMonths(1)) {
        const QString label = p.from.year() == p.to.year() ? locale.monthName(m.month(), QLocale::ShortFormat)
                                                           : locale.toString(m, QStringLiteral("MMM yyyy"));
        t.rows.append(row(monthOf(m), label,
                          {double(now.inMonth(event, QStringLiteral("all"), allValue, monthOf(m))),
                           double(before.inMonth(event, QStringLiteral("all"), allValue, monthOf(pm)))}));
    }
    return t;
}

QString periodLabel(const Period& p)
{
    if (p.from == QDate(p.from.year(), 1, 1) && p.to == QDate(p.from.year(), 12, 31))
        return QString::number(p.from.year());
    const QLocale locale;
    return ActivityReports::tr("%1 – %2").arg(locale.toString(p.from, QLocale::ShortFormat),
                                              locale.toString(p.to, QLocale::ShortFormat));
}

Result<qint64> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, kReadError);
    if (!q.next())
        return sqlError(q, kReadError);
    return q.value(0).toLongLong();
}

Result<QHash<QString, qint64>> grouped(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    QHash<QString, qint64> out;
    if (auto s = eachRow(q, kReadError, [&] { out[q.value(0).toString()] += q.value(1).toLongLong(); }); !s)
        return s.error();
    return out;
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(infodoc::core::ActivityReports)

public:
    Builder(Database& db, const Clock& clock, Period p, Period prev)
        : m_db(db), m_clock(clock), m_conn(db.connection()), m_p(p),
          m_prev(prev), m_columns{periodLabel(p), periodLabel(prev)}
    {}

    Result<ReportSection> documents();
    Result<ReportSection> circulation();
    Result<ReportSection> visits();
    Result<ReportSection> requests();
    Result<ReportSection> publications();
    Result<ReportSection> evolution();

private:
    ReportTable figures() const
    {
        return ReportTable{QStringLiteral("figures"),
                           tr("Key figures"),
                           tr("Figure"),
                           m_columns,
                           {},
                           ReportTable::Chart::None,
                           0};
    }
    void figure(ReportTable& t, const QString& key, const QString& label, double now, double before) const
    {
        t.rows.append(row(key, label, {now, before}));
    }
    // Records (of a type, or all) created in a period.
    Result<QHash<QString, qint64>> recordsByType(const Period& p)
    {
        return grouped(
            m_conn,
            QStringLiteral("SELECT type, COUNT(*) FROM record WHERE created >= ? AND created < ? GROUP "
                           "BY type"),
            {stampAt(p.from), stampAt(p.to.addDays(1))});
    }
    Result<QHash<QString, qint64>> recordsByTheme(const Period& p)
    {
        auto bySubject = grouped(
            m_conn,
            QStringLiteral(
                "SELECT COALESCE((SELECT s.label FROM record_subject rs JOIN subject s ON s.id = "
                "rs.subject_id WHERE rs.record_id = r.id ORDER BY rs.position LIMIT 1), ''), COUNT(*) "
                "FROM record r WHERE r.created >= ? AND r.created < ? GROUP BY 1"),
            {stampAt(p.from), stampAt(p.to.addDays(1))});
        if (!bySubject)
            return bySubject.error();
        QHash<QString, qint64> out;
        for (auto it = bySubject->cbegin(); it != bySubject->cend(); ++it) {
            QString theme = tr("No descriptor");
            if (!it.key().isEmpty()) {
                auto t = themeOf(it.key());
                if (!t)
                    return t.error();
                theme = *t;
            }
            out[theme] += it.value();
        }
        return out;
    }
    Result<QString> themeOf(const QString& label)
    {
        if (const auto it = m_themes.constFind(label); it != m_themes.cend())
            return *it;
        auto t = Thesaurus(m_db, m_clock).theme(label);
        if (!t)
            return t.error();
        m_themes.insert(label, *t);
        return *t;
    }
    Result<QHash<QString, QString>> categoryNames()
    {
        QSqlQuery q(m_conn);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT code, name FROM borrower_category"));
        QHash<QString, QString> out;
        if (auto s =
                eachRow(q, kReadError, [&] { out.insert(q.value(0).toString(), q.value(1).toString()); });
            !s)
            return s.error();
        return out;
    }

    Database& m_db;
    const Clock& m_clock;
    QSqlDatabase m_conn;
    Period m_p;
    Period m_prev;
    QStringList m_columns;
    QHash<QString, QString> m_themes;
};

QString typeLabel(const QString& key)
{
    const auto t = Vocabulary::documentTypeFromKey(key);
    return t ? Vocabulary::label(*t) : key;
}

QString structureLabel(const QString& key)
{
    const auto t = Borrowers::structureTypeFromKey(key);
    return t ? Borrowers::label(*t) : key;
}

QString same(const QString& key)
{
    return key.isEmpty() ? ActivityReports::tr("(not given)") : key;
}

Result<ReportSection> Builder::documents()
{
    ReportSection s{QStringLiteral("documents"),
                    ActivityReports::sectionTitle(QStringLiteral("documents")),
                    true,
                    {},
                    figures(),
                    {}};
    auto added = recordsByType(m_p);
    auto addedBefore = recordsByType(m_prev);
    if (!added)
        return added.error();
    if (!addedBefore)
        return addedBefore.error();
    qint64 sumNow = 0, sumBefore = 0;
    for (qint64 v : std::as_const(*added))
        sumNow += v;
    for (qint64 v : std::as_const(*addedBefore))
        sumBefore += v;
    figure(s.figures, QStringLiteral("records_added"), tr("Records added"), double(sumNow),
           double(sumBefore));
    auto total = scalar(m_conn, QStringLiteral("SELECT COUNT(*) FROM record WHERE created < ?"),
                        {stampAt(m_p.to.addDays(1))});
    auto totalBefore = scalar(m_conn, QStringLiteral("SELECT COUNT(*) FROM record WHERE created < ?"),
                              {stampAt(m_prev.to.addDays(1))});
    if (!total)
        return total.error();
    if (!totalBefore)
        return totalBefore.error();
    figure(s.figures, QStringLiteral("records_total"), tr("Records in the catalogue at the end"),
           double(*total), double(*totalBefore));
    const QString copiesSql = QStringLiteral(
        "SELECT COUNT(*) FROM copy c JOIN record r ON r.id = c.record_id WHERE r.created < ? AND "
        "c.status NOT IN ('withdrawn', 'lost')");
    auto copies = scalar(m_conn, copiesSql, {stampAt(m_p.to.addDays(1))});
    auto copiesBefore = scalar(m_conn, copiesSql, {stampAt(m_prev.to.addDays(1))});
    if (!copies)
        return copies.error();
    if (!copiesBefore)
        return copiesBefore.error();
    figure(s.figures, QStringLiteral("copies_total"), tr("Copies in the documentary space"), double(*copies),
           double(*copiesBefore));
    const QString attachedSql =
        QStringLiteral("SELECT COUNT(*) FROM attachment WHERE added >= ? AND added < ?");
    auto attached = scalar(m_conn, attachedSql, {stampAt(m_p.from), stampAt(m_p.to.addDays(1))});
    auto attachedBefore = scalar(m_conn, attachedSql, {stampAt(m_prev.from), stampAt(m_prev.to.addDays(1))});
    if (!attached)
        return attached.error();
    if (!attachedBefore)
        return attachedBefore.error();
    figure(s.figures, QStringLiteral("attachments_added"), tr("Documents attached (files)"),
           double(*attached), double(*attachedBefore));

    s.tables.append(along(QStringLiteral("added_by_type"), tr("Records added by type"), tr("Type"), m_columns,
                          *added, *addedBefore, typeLabel, ReportTable::Chart::Bars));
    auto themes = recordsByTheme(m_p);
    auto themesBefore = recordsByTheme(m_prev);
    if (!themes)
        return themes.error();
    if (!themesBefore)
        return themesBefore.error();
    s.tables.append(along(QStringLiteral("added_by_theme"), tr("Records added by theme"), tr("Theme"),
                          m_columns, *themes, *themesBefore, same, ReportTable::Chart::Shares));

    // Most borrowed and most consulted: the records, never who.
    for (const bool borrowed : {true, false}) {
        QSqlQuery q(m_conn);
        q.setForwardOnly(true);
        q.prepare(borrowed
                      ? QStringLiteral(
                            "SELECT r.id, r.title, COUNT(*) AS n FROM loan l JOIN copy c ON c.id = "
                            "l.copy_id JOIN record r ON r.id = c.record_id WHERE l.out_on BETWEEN ? AND ? "
                            "GROUP BY r.id ORDER BY n DESC, r.id LIMIT 10")
                      : QStringLiteral(
                            "SELECT r.id, r.title, COUNT(*) AS n FROM appointment_item i JOIN appointment "
                            "a ON a.id = i.appointment_id JOIN record r ON r.id = i.record_id WHERE "
                            "i.consulted = 1 AND a.day BETWEEN ? AND ? GROUP BY r.id ORDER BY n DESC, "
                            "r.id LIMIT 10"));
        q.addBindValue(m_p.from.toString(Qt::ISODate));
        q.addBindValue(m_p.to.toString(Qt::ISODate));
        ReportTable t{borrowed ? QStringLiteral("most_borrowed") : QStringLiteral("most_consulted"),
                      borrowed ? tr("Most borrowed documents") : tr("Most consulted documents (visits)"),
                      tr("Record"),
                      {borrowed ? tr("Loans") : tr("Visits")},
                      {},
                      ReportTable::Chart::None,
                      0};
        if (auto st = eachRow(q, kReadError,
                              [&] {
                                  t.rows.append(row(q.value(0).toString(), q.value(1).toString(),
                                                    {q.value(2).toDouble()}));
                              });
            !st)
            return st.error();
        s.tables.append(t);
    }
    return s;
}

Result<ReportSection> Builder::circulation()
{
    ReportSection s{QStringLiteral("circulation"),
                    ActivityReports::sectionTitle(QStringLiteral("circulation")),
                    true,
                    {},
                    figures(),
                    {}};
    Totals now, before;
    if (auto st = now.read(m_conn, QStringLiteral("circulation_month"), m_p); !st)
        return st.error();
    if (auto st = before.read(m_conn, QStringLiteral("circulation_month"), m_prev); !st)
        return st.error();
    // The circulation totals hold 'all' with an empty value.
    const QString all;
    const std::tuple<const char*, const char*, QString> events[] = {
        {"loan", "loans", tr("Loans")},
        {"renewal", "renewals", tr("Renewals")},
        {"return", "returns", tr("Returns")},
        {"late", "overdue", tr("Loans that went overdue")},
        {"active_borrower", "active_borrowers", tr("Active borrowers")},
    };
    for (const auto& [event, key, label] : events) {
        const QString e = QLatin1String(event);
        figure(s.figures, QLatin1String(key), label, double(now.sum(e, QStringLiteral("all"), all)),
               double(before.sum(e, QStringLiteral("all"), all)));
    }
    if (now.sum(QStringLiteral("loan"), QStringLiteral("all"), all) == 0 &&
        before.sum(QStringLiteral("loan"), QStringLiteral("all"), all) == 0) {
        s.available = false;
        s.note = tr("No loan was made in these two periods.");
    }
    s.note = s.available
                 ? tr("Active borrowers: those whose first loan of the calendar year falls in the period.")
                 : s.note;
    auto categories = categoryNames();
    if (!categories)
        return categories.error();
    const QHash<QString, QString> names = *categories;
    s.tables.append(byMonth(QStringLiteral("loans_by_month"), tr("Loans by month"), m_columns, now, before,
                            m_p, m_prev, QStringLiteral("loan"), all));
    s.tables.append(along(
        QStringLiteral("active_by_category"), tr("Active borrowers by category"), tr("Category"), m_columns,
        now.along(QStringLiteral("active_borrower"), QStringLiteral("category")),
        before.along(QStringLiteral("active_borrower"), QStringLiteral("category")),
        [&](const QString& k) { return names.value(k, same(k)); }, ReportTable::Chart::Bars));
    s.tables.append(along(QStringLiteral("active_by_structure_type"),
                          tr("Active borrowers by structure type"), tr("Structure type"), m_columns,
                          now.along(QStringLiteral("active_borrower"), QStringLiteral("structure_type")),
                          before.along(QStringLiteral("active_borrower"), QStringLiteral("structure_type")),
                          structureLabel, ReportTable::Chart::Shares));
    s.tables.append(along(QStringLiteral("active_by_commune"), tr("Active borrowers by commune"),
                          tr("Commune"), m_columns,
                          now.along(QStringLiteral("active_borrower"), QStringLiteral("commune")),
                          before.along(QStringLiteral("active_borrower"), QStringLiteral("commune")), same,
                          ReportTable::Chart::Bars));
    s.tables.append(along(QStringLiteral("loans_by_type"), tr("Loans by document type"), tr("Type"),
                          m_columns, now.along(QStringLiteral("loan"), QStringLiteral("document_type")),
                          before.along(QStringLiteral("loan"), QStringLiteral("document_type")), typeLabel,
                          ReportTable::Chart::Bars));
    s.tables.append(along(QStringLiteral("loans_by_theme"), tr("Loans by theme"), tr("Theme"), m_columns,
                          now.along(QStringLiteral("loan"), QStringLiteral("theme")),
                          before.along(QStringLiteral("loan"), QStringLiteral("theme")), same,
                          ReportTable::Chart::Shares));
    return s;
}

Result<ReportSection> Builder::visits()
{
    ReportSection s{QStringLiteral("visits"),
                    ActivityReports::sectionTitle(QStringLiteral("visits")),
                    true,
                    {},
                    figures(),
                    {}};
    Totals now, before;
    if (auto st = now.read(m_conn, QStringLiteral("visit_month"), m_p); !st)
        return st.error();
    if (auto st = before.read(m_conn, QStringLiteral("visit_month"), m_prev); !st)
        return st.error();
    const QString all = QStringLiteral("all");
    auto get = [&](const Totals& t, const char* event) {
        return double(t.sum(QLatin1String(event), all, all));
    };
    figure(s.figures, QStringLiteral("booked"), tr("Appointments booked"), get(now, "booked"),
           get(before, "booked"));
    figure(s.figures, QStringLiteral("done"), tr("Visits that took place"), get(now, "done"),
           get(before, "done"));
    figure(s.figures, QStringLiteral("no_show"), tr("Visitors who did not come"), get(now, "no_show"),
           get(before, "no_show"));
    figure(s.figures, QStringLiteral("cancelled"), tr("Appointments cancelled"), get(now, "cancelled"),
           get(before, "cancelled"));
    auto rate = [&](const Totals& t) {
        const double held = get(t, "done") + get(t, "no_show");
        return held > 0 ? 100.0 * get(t, "no_show") / held : 0.0;
    };
    figure(s.figures, QStringLiteral("no_show_rate"), tr("Did-not-come rate (%)"), rate(now), rate(before));
    if (get(now, "booked") == 0 && get(before, "booked") == 0) {
        s.available = false;
        s.note = tr("No appointment was booked in these two periods.");
    }
    const QString done = QStringLiteral("done");
    s.tables.append(byMonth(QStringLiteral("visits_by_month"), tr("Visits by month"), m_columns, now, before,
                            m_p, m_prev, done, all));
    s.tables.append(along(
        QStringLiteral("visits_by_purpose"), tr("Visits by purpose"), tr("Purpose"), m_columns,
        now.along(done, QStringLiteral("purpose")), before.along(done, QStringLiteral("purpose")),
        [](const QString& k) {
            const auto p = Appointments::purposeFromKey(k);
            return p ? Appointments::label(*p) : k;
        },
        ReportTable::Chart::Bars));
    s.tables.append(along(QStringLiteral("visits_by_structure_type"), tr("Visits by structure type"),
                          tr("Structure type"), m_columns, now.along(done, QStringLiteral("structure_type")),
                          before.along(done, QStringLiteral("structure_type")), structureLabel,
                          ReportTable::Chart::Shares));
    s.tables.append(along(QStringLiteral("visits_by_commune"), tr("Visits by commune"), tr("Commune"),
                          m_columns, now.along(done, QStringLiteral("commune")),
                          before.along(done, QStringLiteral("commune")), same, ReportTable::Chart::Bars));
    s.tables.append(along(QStringLiteral("visits_by_topic"), tr("Visits by topic"), tr("Topic"), m_columns,
                          now.along(done, QStringLiteral("topic")),
                          before.along(done, QStringLiteral("topic")), same, ReportTable::Chart::Bars));
    return s;
}

Result<ReportSection> Builder::requests()
{
    ReportSection s{QStringLiteral("requests"),
                    ActivityReports::sectionTitle(QStringLiteral("requests")),
                    true,
                    {},
                    figures(),
                    {}};
    Totals now, before;
    if (auto st = now.read(m_conn, QStringLiteral("request_month"), m_p); !st)
        return st.error();
    if (auto st = before.read(m_conn, QStringLiteral("request_month"), m_prev); !st)
        return st.error();
    const QString all = QStringLiteral("all");
    auto get = [&](const Totals& t, const char* event) {
        return double(t.sum(QLatin1String(event), all, all));
    };
    figure(s.figures, QStringLiteral("received"), tr("Requests received"), get(now, "received"),
           get(before, "received"));
    figure(s.figures, QStringLiteral("answered"), tr("Requests answered"), get(now, "answered"),
           get(before, "answered"));
    auto days = [&](const Totals& t) {
        return get(t, "answered") > 0 ? get(t, "answer_days") / get(t, "answered") : 0.0;
    };
    figure(s.figures, QStringLiteral("average_days"), tr("Average days to answer"), days(now), days(before));
    figure(s.figures, QStringLiteral("hours"), tr("Hours spent"), get(now, "minutes") / 60.0,
           get(before, "minutes") / 60.0);
    figure(s.figures, QStringLiteral("tallies"), tr("Quick questions answered on the spot"),
           get(now, "tally"), get(before, "tally"));
    if (get(now, "received") + get(now, "tally") == 0 &&
        get(before, "received") + get(before, "tally") == 0) {
        s.available = false;
        s.note = tr("No request was logged in these two periods.");
    }
    const QString received = QStringLiteral("received");
    s.tables.append(byMonth(QStringLiteral("requests_by_month"), tr("Requests by month"), m_columns, now,
                            before, m_p, m_prev, received, all));
    s.tables.append(along(QStringLiteral("requests_by_theme"), tr("Requests by theme"), tr("Theme"),
                          m_columns, now.along(received, QStringLiteral("theme")),
                          before.along(received, QStringLiteral("theme")), same, ReportTable::Chart::Shares));
    auto channel = [](const QString& k) {
        const auto c = Requests::channelFromKey(k);
        return c ? Requests::label(*c) : k;
    };
    s.tables.append(along(QStringLiteral("requests_by_channel"), tr("Requests by channel"), tr("Channel"),
                          m_columns, now.along(received, QStringLiteral("channel")),
                          before.along(received, QStringLiteral("channel")), channel,
                          ReportTable::Chart::Bars));
    s.tables.append(along(
        QStringLiteral("requests_by_requester"), tr("Requests by requester"), tr("Requester"), m_columns,
        now.along(received, QStringLiteral("requester_kind")),
        before.along(received, QStringLiteral("requester_kind")),
        [](const QString& k) {
            if (k == QLatin1String("borrower"))
                return tr("Borrowers");
            if (k == QLatin1String("named"))
                return tr("Named contacts");
            return tr("Anonymous");
        },
        ReportTable::Chart::Bars));
    s.tables.append(along(QStringLiteral("requests_by_structure_type"), tr("Requests by structure type"),
                          tr("Structure type"), m_columns,
                          now.along(received, QStringLiteral("structure_type")),
                          before.along(received, QStringLiteral("structure_type")), structureLabel,
                          ReportTable::Chart::Shares));
    s.tables.append(along(QStringLiteral("hours_by_staff"), tr("Hours spent by staff member"), tr("Staff"),
                          m_columns, now.along(QStringLiteral("minutes"), QStringLiteral("staff")),
                          before.along(QStringLiteral("minutes"), QStringLiteral("staff")), same,
                          ReportTable::Chart::Bars, 60.0, 1));
    s.tables.append(along(
        QStringLiteral("tallies_by_channel"), tr("Quick questions by channel"), tr("Channel"), m_columns,
        now.along(QStringLiteral("tally"), QStringLiteral("channel")),
        before.along(QStringLiteral("tally"), QStringLiteral("channel")), channel, ReportTable::Chart::Bars));
    return s;
}

Result<ReportSection> Builder::publications()
{
    ReportSection s{QStringLiteral("publications"),
                    ActivityReports::sectionTitle(QStringLiteral("publications")),
                    true,
                    {},
                    figures(),
                    {}};
    const QString issuesSql = QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(i.print_run), 0), COALESCE(SUM(i.mailed), 0), COUNT(i.print_run) FROM "
        "periodical_issue i JOIN periodical p ON p.id = i.periodical_id WHERE p.own = 1 AND i.received "
        "BETWEEN ? "
        "AND ?");
    struct Newsletter
    {
        double issues = 0, printed = 0, mailed = 0, counted = 0;
    };
    auto newsletter = [&](const Period& p) -> Result<Newsletter> {
        QSqlQuery q(m_conn);
        q.setForwardOnly(true);
        q.prepare(issuesSql);
        q.addBindValue(p.from.toString(Qt::ISODate));
        q.addBindValue(p.to.toString(Qt::ISODate));
        if (!q.exec() || !q.next())
            return sqlError(q, kReadError);
        return Newsletter{q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble(),
                          q.value(3).toDouble()};
    };
    auto n = newsletter(m_p);
    auto nb = newsletter(m_prev);
    if (!n)
        return n.error();
    if (!nb)
        return nb.error();
    auto own = scalar(m_conn, QStringLiteral("SELECT COUNT(*) FROM periodical WHERE own = 1"), {});
    if (!own)
        return own.error();
    figure(s.figures, QStringLiteral("newsletter_issues"), tr("Newsletter issues published"), n->issues,
           nb->issues);
    figure(s.figures, QStringLiteral("newsletter_printed"), tr("Newsletter copies printed"), n->printed,
           nb->printed);
    figure(s.figures, QStringLiteral("newsletter_average_print_run"), tr("Average print run of an issue"),
           n->counted > 0 ? n->printed / n->counted : 0, nb->counted > 0 ? nb->printed / nb->counted : 0);
    figure(s.figures, QStringLiteral("newsletter_mailed"), tr("Newsletter copies mailed"), n->mailed,
           nb->mailed);
    const QString typedSql =
        QStringLiteral("SELECT COUNT(*) FROM record WHERE type = ? AND created >= ? AND created < ?");
    for (const auto& [type, key, label] :
         {std::tuple{QStringLiteral("experience_sheet"), QStringLiteral("experience_sheets"),
                     tr("Experience sheets published")},
          std::tuple{QStringLiteral("documentary_answer"), QStringLiteral("documentary_answers"),
                     tr("Documentary answers kept for reuse")}}) {
        auto a = scalar(m_conn, typedSql, {type, stampAt(m_p.from), stampAt(m_p.to.addDays(1))});
        auto b = scalar(m_conn, typedSql, {type, stampAt(m_prev.from), stampAt(m_prev.to.addDays(1))});
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        figure(s.figures, key, label, double(*a), double(*b));
    }
    // Every bibliography written or printed (selection, visit, request, visitor mode).
    auto bib = OutputTotals::between(m_db, OutputTotals::Kind::Bibliography, m_p.from, m_p.to);
    auto bibBefore = OutputTotals::between(m_db, OutputTotals::Kind::Bibliography, m_prev.from, m_prev.to);
    if (!bib)
        return bib.error();
    if (!bibBefore)
        return bibBefore.error();
    figure(s.figures, QStringLiteral("bibliographies"), tr("Bibliographies produced"), double(*bib),
           double(*bibBefore));
    const QString sheetsSql = QStringLiteral(
        "SELECT COUNT(*) FROM info_request_document WHERE kind = 'sheets' AND added >= ? AND added < ?");
    auto sheets = scalar(m_conn, sheetsSql, {stampAt(m_p.from), stampAt(m_p.to.addDays(1))});
    auto sheetsBefore = scalar(m_conn, sheetsSql, {stampAt(m_prev.from), stampAt(m_prev.to.addDays(1))});
    if (!sheets)
        return sheets.error();
    if (!sheetsBefore)
        return sheetsBefore.error();
    figure(s.figures, QStringLiteral("request_sheets"), tr("Experience sheets laid out for requests"),
           double(*sheets), double(*sheetsBefore));
    if (*own == 0)
        s.note = tr("No periodical is marked as the centre's own newsletter (Documents › Periodicals).");

    QSqlQuery q(m_conn);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT p.title, i.number, COALESCE(i.print_run, 0), COALESCE(i.mailed, 0) FROM "
                       "periodical_issue i JOIN periodical p ON p.id = i.periodical_id WHERE p.own = 1 AND "
                       "i.received BETWEEN ? AND ? ORDER BY i.received, i.number"));
    q.addBindValue(m_p.from.toString(Qt::ISODate));
    q.addBindValue(m_p.to.toString(Qt::ISODate));
    ReportTable issues{QStringLiteral("newsletter_issues"),
                       tr("The newsletter's issues"),
                       tr("Issue"),
                       {tr("Printed"), tr("Mailed")},
                       {},
                       ReportTable::Chart::Bars,
                       0};
    if (auto st = eachRow(q, kReadError,
                          [&] {
                              issues.rows.append(
                                  row(q.value(1).toString(),
                                      tr("%1 no. %2").arg(q.value(0).toString(), q.value(1).toString()),
                                      {q.value(2).toDouble(), q.value(3).toDouble()}));
                          });
        !st)
        return st.error();
    s.tables.append(issues);
    return s;
}

Result<ReportSection> Builder::evolution()
{
    ReportSection s{
        QStringLiteral("evolution"),
        ActivityReports::sectionTitle(QStringLiteral("evolution")),
        true,
        {},
        ReportTable{
            QStringLiteral("figures"), tr("Key figures"), tr("Figure"), {}, {}, ReportTable::Chart::None, 0},
        {}};
    ReportTable t{QStringLiteral("by_year"),
                  tr("The last five years"),
                  tr("Year"),
                  {tr("Loans"), tr("Visits"), tr("Requests"), tr("Quick questions")},
                  {},
                  ReportTable::Chart::Lines,
                  0};
    const int last = m_p.to.year();
    for (int y = last - 4; y <= last; ++y) {
        const Period year{QDate(y, 1, 1), QDate(y, 12, 31)};
        Totals c, v, r;
        if (auto st = c.read(m_conn, QStringLiteral("circulation_month"), year); !st)
            return st.error();
        if (auto st = v.read(m_conn, QStringLiteral("visit_month"), year); !st)
            return st.error();
        if (auto st = r.read(m_conn, QStringLiteral("request_month"), year); !st)
            return st.error();
        const QString all = QStringLiteral("all");
        t.rows.append(row(QString::number(y), QString::number(y),
                          {double(c.sum(QStringLiteral("loan"), all, QString())),
                           double(v.sum(QStringLiteral("done"), all, all)),
                           double(r.sum(QStringLiteral("received"), all, all)),
                           double(r.sum(QStringLiteral("tally"), all, all))}));
    }
    s.tables.append(t);
    return s;
}

} // namespace

const ReportSection* ActivityReport::section(const QString& key) const
{
    for (const ReportSection& s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

double ActivityReport::figure(const QString& sectionKey, const QString& key, bool previous) const
{
    const ReportSection* s = section(sectionKey);
    if (!s)
        return 0;
    for (const auto& r : s->figures.rows)
        if (r.key == key)
            return r.values.value(previous ? 1 : 0);
    return 0;
}

QStringList ActivityReports::sectionKeys()
{
    return {QStringLiteral("documents"), QStringLiteral("circulation"),  QStringLiteral("visits"),
            QStringLiteral("requests"),  QStringLiteral("publications"), QStringLiteral("evolution")};
}

QString ActivityReports::sectionTitle(const QString& key)
{
    if (key == QLatin1String("documents"))
        return tr("The documentary space");
    if (key == QLatin1String("circulation"))
        return tr("Loans");
    if (key == QLatin1String("visits"))
        return tr("Appointments and visits");
    if (key == QLatin1String("requests"))
        return tr("Info-Doc: information requests");
    if (key == QLatin1String("publications"))
        return tr("Publications");
    if (key == QLatin1String("evolution"))
        return tr("Over five years");
    return key;
}

std::pair<QDate, QDate> ActivityReports::defaultPeriod(const QDate& today)
{
    const int year = today.month() <= 3 ? today.year() - 1 : today.year();
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

Result<ActivityReport> ActivityReports::build(Database& db, const Clock& clock, const QDate& from,
                                              const QDate& to, const QStringList& sections,
                                              const Progress& progress)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{tr("A report covers a period: from a day to the same or a later one")};
    if (from.daysTo(to) > 366 * 20)
        return Error{tr("A report covers at most twenty years")};
    for (const QString& k : sections)
        if (!sectionKeys().contains(k))
            return Error{tr("Unknown section “%1” (%2)").arg(k, sectionKeys().join(QStringLiteral(", ")))};
    ActivityReport report;
    report.from = from;
    report.to = to;
    // The previous period of the same length: whole months when the period is.
    const bool wholeMonths = from.day() == 1 && to == QDate(to.year(), to.month(), to.daysInMonth());
    if (wholeMonths) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        report.previousFrom = from.addMonths(-months);
    } else {
        report.previousFrom = from.addDays(-(from.daysTo(to) + 1));
    }
    report.previousTo = from.addDays(-1);
    auto centre = CentreSettings(db).load();
    if (!centre)
        return centre.error();
    report.centre = centre->name;

    Builder builder(db, clock, {from, to}, {report.previousFrom, report.previousTo});
    const QStringList wanted = sections.isEmpty() ? sectionKeys() : sections;
    int done = 0;
    for (const QString& key : sectionKeys()) {
        if (!wanted.contains(key))
            continue;
        if (progress && !progress(done, int(wanted.size())))
            return Error{tr("Cancelled")};
        Result<ReportSection> s = key == QLatin1String("documents")      ? builder.documents()
                                  : key == QLatin1String("circulation")  ? builder.circulation()
                                  : key == QLatin1String("visits")       ? builder.visits()
                                  : key == QLatin1String("requests")     ? builder.requests()
                                  : key == QLatin1String("publications") ? builder.publications()
                                                                         : builder.evolution();
        if (!s)
            return s.error();
        report.sections.append(*s);
        ++done;
    }
    if (progress)
        progress(done, int(wanted.size()));
    return report;
}

QJsonObject ActivityReports::toJson(const ActivityReport& report)
{
    auto table = [](const ReportTable& t) {
        QJsonArray rows;
        for (const auto& r : t.rows) {
            QJsonArray values;
            for (double v : r.values)
                values.append(v);
            rows.append(QJsonObject{{QStringLiteral("key"), r.key},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("values"), values}});
        }
        return QJsonObject{{QStringLiteral("title"), t.title},
                           {QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)},
                           {QStringLiteral("rows"), rows}};
    };
    QJsonObject sections;
    for (const ReportSection& s : report.sections) {
        QJsonObject figures;
        for (const auto& r : s.figures.rows)
            figures.insert(r.key, QJsonObject{{QStringLiteral("label"), r.label},
                                              {QStringLiteral("value"), r.values.value(0)},
                                              {QStringLiteral("previous"), r.values.value(1)}});
        QJsonObject tables;
        for (const ReportTable& t : s.tables)
            tables.insert(t.key, table(t));
        sections.insert(s.key, QJsonObject{{QStringLiteral("title"), s.title},
                                           {QStringLiteral("available"), s.available},
                                           {QStringLiteral("note"), s.note},
                                           {QStringLiteral("figures"), figures},
                                           {QStringLiteral("tables"), tables}});
    }
    return QJsonObject{{QStringLiteral("centre"), report.centre},
                       {QStringLiteral("from"), report.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
                       {QStringLiteral("previousFrom"), report.previousFrom.toString(Qt::ISODate)},
                       {QStringLiteral("previousTo"), report.previousTo.toString(Qt::ISODate)},
                       {QStringLiteral("sections"), sections}};
}

} // namespace infodoc::core
