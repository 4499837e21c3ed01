#include "app/cli/CliApplication.h"

#include "core/storage/Database.h"
#include "core/visits/VisitorMode.h"

#include <QFile>

namespace infodoc::app {

using namespace infodoc::core;

// infodoc-cli visitor status | pin | leave: the PIN is read from the standard
// input, never from the command line (it would stay in the shell's history).
int CliApplication::cmdVisitor()
{
    const QString action = m_args.positional.value(0);
    if (action != QLatin1String("status") && action != QLatin1String("pin") &&
        action != QLatin1String("leave"))
        return usage(tr("\"visitor\" takes status, pin or leave."));
    int code = 0;
    auto db = openCatalogue(false, code);
    if (!db)
        return code;
    VisitorMode mode(*db);
    if (action == QLatin1String("status")) {
        const auto active = mode.isActive();
        if (!active)
            return fail(active.errorMessage());
        const auto pin = mode.hasPin();
        if (!pin)
            return fail(pin.errorMessage());
        m_out << (*active ? tr("The visitor mode is on.") : tr("The visitor mode is off.")) << ' '
              << (*pin ? tr("A staff PIN is set.") : tr("No staff PIN is set.")) << '\n';
        return 0;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(tr("Cannot read the standard input."));
    const QString pin = QString::fromUtf8(in.readLine()).trimmed();
    const Status status = action == QLatin1String("pin") ? mode.setPin(pin) : mode.leave(pin);
    if (!status)
        return fail(status.errorMessage());
    return 0;
}

} // namespace infodoc::app
