#pragma once

#include <QByteArray>
#include <QProcess>
#include <QThread>

#include <atomic>

namespace infodoc::test {

// Debian's yaz-ztest (Z39.50 and SRU on one port) on 127.0.0.1, started for
// a test and stopped with it; `timeout` ends it even if the test dies.
class YazTestServer
{
public:
    YazTestServer();
    ~YazTestServer();
    bool started() const { return m_port > 0; }
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

// A server on 127.0.0.1 that accepts and then answers `reply` (garbage) or,
// with an empty reply, nothing at all (a server that never answers); on a
// thread of its own, since the client under test blocks.
class LoopbackResponder : public QThread
{
public:
    explicit LoopbackResponder(QByteArray reply);
    ~LoopbackResponder() override;
    int port() const { return m_port.load(); }

protected:
    void run() override;

private:
    QByteArray m_reply;
    std::atomic<int> m_port = 0;
};

} // namespace infodoc::test
