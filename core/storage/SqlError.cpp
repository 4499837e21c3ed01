#include "core/storage/SqlError.h"

#include <QCoreApplication>

namespace infodoc::core {

namespace {
QString translatedContext(const char* context)
{
    // Contexts are marked in their own class's translation context; the core
    // uses one shared context for these messages so a single lookup works.
    return QCoreApplication::translate("infodoc::core::Messages", context);
}
} // namespace

Error sqlError(const QSqlError& error, const char* context)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    if (detail.contains(QLatin1String("database is locked")))
        detail = QCoreApplication::translate("infodoc::core::Messages",
                                             "the catalogue is busy in another window or program");
    else if (detail.contains(QLatin1String("disk I/O error")))
        detail = QCoreApplication::translate(
            "infodoc::core::Messages", "the disk reported a read or write error (disk I/O error): check "
                                       "the disk or the USB key; what was saved before is kept");
    else if (detail.contains(QLatin1String("attempt to write a readonly database")))
        detail = QCoreApplication::translate("infodoc::core::Messages",
                                             "the catalogue is open read-only, nothing can be changed in it "
                                             "(copy it to a folder where you can write to change it)");
    return Error{QCoreApplication::translate("infodoc::core::Messages", "%1: %2")
                     .arg(translatedContext(context), detail)};
}

Error sqlError(const QSqlQuery& query, const char* context)
{
    return sqlError(query.lastError(), context);
}

QString sqlIdList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

QString sqlPlaceholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return marks;
}

Status execOrError(QSqlQuery& query, const char* context)
{
    if (!query.exec())
        return sqlError(query, context);
    return Status::success();
}

Status eachRow(QSqlQuery& query, const char* context, const std::function<void()>& row)
{
    // A prepare that failed leaves its error; exec() would hide it under its own.
    if (query.lastError().isValid())
        return sqlError(query, context);
    query.setForwardOnly(true);
    if (!query.exec())
        return sqlError(query, context);
    while (query.next())
        row();
    if (query.lastError().isValid())
        return sqlError(query, context);
    return Status::success();
}

} // namespace infodoc::core
