#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The monthly totals of Info-Doc (table request_month), written in the same
// transaction as the change they count. Private to core/requests.
namespace infodoc::core {
struct InfoRequest;
}

namespace infodoc::core::requests {

// What a request counts, as rows [month, event, dimension, value, amount]:
// "received" in the month it came (along channel, requester kind, structure
// type, commune, theme and descriptor), "answered" in the month it was
// answered (channel, theme) and "answer_days" (days from receiving to
// answering, summed). `askedAs` is the kind of requester who asked (kept
// when the retention makes the request anonymous); the themes are the top
// terms of its descriptors.
QJsonArray countRequest(const InfoRequest& request, const QString& askedAs, const QStringList& themes);
// Adds the rows (sign -1 takes them back); a count back to zero goes.
Status apply(const QSqlDatabase& db, const QJsonArray& rows, int sign);
// Minutes spent in a month, in all and by member of staff.
Status addMinutes(const QSqlDatabase& db, const QDate& day, const QString& staff, int minutes);
// One quick tally (delta -1 takes it back), along channel and theme.
Status addTally(const QSqlDatabase& db, const QDate& day, const QString& channel, const QString& subject,
                const QString& theme, int delta);

} // namespace infodoc::core::requests
