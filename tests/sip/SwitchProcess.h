#pragma once

// The real rebound-switch as a test runs it.
#include <QProcess>
#include <QString>
#include <QTest>

namespace rebound::test {

// Stops a rebound-switch the test started (SIGTERM, SIGKILL after 15 s) and
// adds what it said last to `log`; when the test failed, the log's last
// `tail` characters are printed.
inline void stopSwitch(QProcess& process, QString* log, qsizetype tail)
{
    process.terminate();
    if (!process.waitForFinished(15'000))
        process.kill();
    *log += QString::fromUtf8(process.readAllStandardError());
    if (QTest::currentTestFailed())
        qWarning().noquote() << log->right(tail);
}

} // namespace rebound::test
