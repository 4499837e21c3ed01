#include "UiSupport.h"

#include <QApplication>
#include <QTimer>

namespace infodoc::test {

void whenModal(std::function<void(QWidget*)> check)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, check] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        check(modal);
        if (modal->isVisible())
            modal->close();
    });
    timer->start();
}

} // namespace infodoc::test
