#include "UiSupport.h"

#include <QApplication>
#include <QTimer>

namespace infodoc::test {

namespace {
// The search pages find the extraction helper through INFODOC_EXTRACT.
const bool helperSet = [] {
    if (qEnvironmentVariableIsEmpty("INFODOC_EXTRACT"))
        qputenv("INFODOC_EXTRACT", INFODOC_EXTRACT);
    return true;
}();
} // namespace

void whenModal(std::function<void(QWidget*)> check, const QMetaObject* type)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, check, type] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || (type && !modal->metaObject()->inherits(type)))
            return;
        timer->stop();
        timer->deleteLater();
        check(modal);
        // As the window's close button would (a progress dialog then reports a cancel).
        modal->close();
    });
    timer->start();
}

} // namespace infodoc::test
