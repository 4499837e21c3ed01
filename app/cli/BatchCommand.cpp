#include "app/cli/OutputCommands.h"

#include "app/cli/CliApplication.h"
#include "core/catalog/BatchEdit.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

namespace infodoc::app {

using namespace infodoc::core;

// infodoc-cli batch (--query Q | --basket NAME | --subject TERM | --ids 1,2,3)
//   --add-subject T | --remove-subject T | --add-territory T | --remove-territory T |
//   --add-keyword K | --remove-keyword K | --set FIELD=VALUE   [--dry-run]
int OutputCommands::batch()
{
    const auto& options = m_cli.m_args.options;
    std::optional<BatchEdit::Change> change;
    int given = 0;
    for (const QString& key :
         {QStringLiteral("add-subject"), QStringLiteral("remove-subject"), QStringLiteral("add-territory"),
          QStringLiteral("remove-territory"), QStringLiteral("add-keyword"), QStringLiteral("remove-keyword"),
          QStringLiteral("set")}) {
        if (!options.contains(key))
            continue;
        ++given;
        BatchEdit::Change c;
        c.action = *BatchEdit::actionFromKey(key);
        c.value = options.value(key);
        if (c.action == BatchEdit::Action::SetField) {
            c.field = c.value.section(u'=', 0, 0).trimmed();
            c.value = c.value.section(u'=', 1).trimmed();
            if (!options.value(key).contains(u'='))
                return m_cli.usage(tr("--set takes FIELD=VALUE (fields: %1).")
                                       .arg(BatchEdit::settableFields().join(QStringLiteral(", "))));
        }
        change = c;
    }
    if (given != 1)
        return m_cli.usage(tr("\"batch\" takes one change: --add-subject, --remove-subject, --add-territory, "
                              "--remove-territory, --add-keyword, --remove-keyword or --set."));
    int code = 0;
    auto db = m_cli.openCatalogue(false, code);
    if (!db)
        return code;
    const auto ids = selection(*db, code);
    if (!ids)
        return code;
    SystemClock clock;
    BatchEdit edit(*db, clock);
    if (m_cli.m_args.flags.contains(QStringLiteral("dry-run"))) {
        auto affected = edit.affected(*ids, *change);
        if (!affected)
            return m_cli.fail(affected.errorMessage());
        m_cli.m_out << tr("%1 of the %2 records would change.").arg(affected->size()).arg(ids->size())
                    << '\n';
        return 0;
    }
    auto undo = edit.apply(*ids, *change);
    if (!undo)
        return m_cli.fail(undo.errorMessage());
    m_cli.m_out << tr("%1 of the %2 records changed.").arg(undo->before.size()).arg(ids->size()) << '\n';
    return 0;
}

} // namespace infodoc::app
