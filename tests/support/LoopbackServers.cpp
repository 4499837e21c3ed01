#include "support/LoopbackServers.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace infodoc::test {

YazTestServer::YazTestServer()
{
    // A free port: taken, then given back to yaz-ztest.
    for (int attempt = 0; attempt < 5 && m_port == 0; ++attempt) {
        int candidate = 0;
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                continue;
            candidate = probe.serverPort();
        }
        m_process.start(QStringLiteral("timeout"),
                        {QStringLiteral("120"), QStringLiteral("yaz-ztest"), QStringLiteral("-T"),
                         QStringLiteral("tcp:127.0.0.1:%1").arg(candidate)});
        if (!m_process.waitForStarted(5000))
            return;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 5000 && m_process.state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(candidate));
            if (socket.waitForConnected(200)) {
                m_port = candidate;
                break;
            }
            QThread::msleep(50);
        }
        if (m_port == 0) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

YazTestServer::~YazTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

LoopbackResponder::LoopbackResponder(QByteArray reply) : m_reply(std::move(reply))
{
    start();
    QElapsedTimer waited;
    waited.start();
    while (m_port.load() == 0 && waited.elapsed() < 5000)
        QThread::msleep(10);
}

LoopbackResponder::~LoopbackResponder()
{
    quit();
    wait(5000);
}

void LoopbackResponder::run()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, this] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            if (!m_reply.isEmpty()) {
                socket->write(m_reply);
                socket->flush();
                socket->disconnectFromHost();
            }
            // Without a reply, the socket stays open and silent until the thread ends.
        }
    });
    m_port = server.serverPort();
    exec();
}

} // namespace infodoc::test
