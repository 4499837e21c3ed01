#include "core/requests/RequestTotals_p.h"

#include "core/circulation/Borrowers.h"
#include "core/requests/Requests.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace infodoc::core::requests {

namespace {

const char* const kTotalsError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot update the monthly totals of Info-Doc");

using Dimensions = QList<std::pair<QString, QString>>;

void append(QJsonArray& rows, const QDate& day, const QString& event, const Dimensions& dimensions,
            int amount)
{
    const QString month = day.toString(QStringLiteral("yyyy-MM"));
    for (const auto& [dimension, value] : dimensions)
        rows.append(QJsonArray{month, event, dimension, value, amount});
}

void addThemes(Dimensions& dimensions, const QStringList& themes)
{
    QStringList seen;
    for (const QString& t : themes) {
        if (t.isEmpty() || seen.contains(t))
            continue;
        seen.append(t);
        dimensions.append({QStringLiteral("theme"), t});
    }
}

const std::pair<QString, QString> kAll = {QStringLiteral("all"), QStringLiteral("all")};

} // namespace

QJsonArray countRequest(const InfoRequest& r, const QString& askedAs, const QStringList& themes)
{
    QJsonArray rows;
    Dimensions received = {
        kAll,
        {QStringLiteral("channel"), Requests::key(r.channel)},
        {QStringLiteral("requester_kind"), askedAs},
        {QStringLiteral("structure_type"), Borrowers::key(r.requester.structureType)},
    };
    if (!r.requester.commune.trimmed().isEmpty())
        received.append({QStringLiteral("commune"), r.requester.commune.trimmed()});
    addThemes(received, themes);
    for (const QString& s : r.subjects)
        received.append({QStringLiteral("subject"), s});
    append(rows, r.received, QStringLiteral("received"), received, 1);
    if (r.isOpen() || !r.answered.isValid())
        return rows;
    Dimensions answered = {kAll, {QStringLiteral("channel"), Requests::key(r.channel)}};
    addThemes(answered, themes);
    append(rows, r.answered, QStringLiteral("answered"), answered, 1);
    const int days = int(std::max<qint64>(0, r.received.daysTo(r.answered)));
    if (days > 0)
        append(rows, r.answered, QStringLiteral("answer_days"), {kAll}, days);
    return rows;
}

Status apply(const QSqlDatabase& db, const QJsonArray& rows, int sign)
{
    QSqlQuery up(db);
    up.prepare(QStringLiteral(
        "INSERT INTO request_month (month, event, dimension, value, total) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (month, event, dimension, value) DO UPDATE SET total = request_month.total + "
        "excluded.total"));
    QSqlQuery clean(db);
    clean.prepare(QStringLiteral("DELETE FROM request_month WHERE month = ? AND event = ? AND dimension = ? "
                                 "AND value = ? AND total = 0"));
    for (const QJsonValue& v : rows) {
        const QJsonArray row = v.toArray();
        if (row.size() != 5)
            continue;
        for (int i = 0; i < 4; ++i)
            up.bindValue(i, sqlText(row.at(i).toString()));
        up.bindValue(4, sign * row.at(4).toInt());
        if (auto s = execOrError(up, kTotalsError); !s)
            return s;
        if (sign >= 0)
            continue;
        for (int i = 0; i < 4; ++i)
            clean.bindValue(i, sqlText(row.at(i).toString()));
        if (auto s = execOrError(clean, kTotalsError); !s)
            return s;
    }
    return Status::success();
}

Status addMinutes(const QSqlDatabase& db, const QDate& day, const QString& staff, int minutes)
{
    Dimensions d = {kAll};
    if (!staff.trimmed().isEmpty())
        d.append({QStringLiteral("staff"), staff.trimmed()});
    QJsonArray rows;
    append(rows, day, QStringLiteral("minutes"), d, std::abs(minutes));
    return apply(db, rows, minutes < 0 ? -1 : 1);
}

Status addTally(const QSqlDatabase& db, const QDate& day, const QString& channel, const QString& subject,
                const QString& theme, int delta)
{
    Dimensions d = {kAll, {QStringLiteral("channel"), channel}};
    if (!theme.isEmpty())
        d.append({QStringLiteral("theme"), theme});
    if (!subject.isEmpty())
        d.append({QStringLiteral("subject"), subject});
    QJsonArray rows;
    append(rows, day, QStringLiteral("tally"), d, 1);
    return apply(db, rows, delta);
}

} // namespace infodoc::core::requests
