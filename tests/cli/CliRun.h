#pragma once

// Running the command line from a test: in-process, or the real executable.
#include "cli/CommandLine.h"
#include "core/Clock.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <utility>

namespace rebound::test {

// Runs `rebound-switch --db <dbPath> <args>` in-process; what it prints goes
// to `out` and `err` (emptied first). Its exit code.
inline int runCli(const QString& dbPath, const core::Clock& clock, const QStringList& args, QString* out,
                  QString* err)
{
    out->clear();
    err->clear();
    QTextStream outStream(out);
    QTextStream errStream(err);
    return cli::CommandLine(outStream, errStream, clock)
        .run(QStringList{QStringLiteral("rebound-switch"), QStringLiteral("--db"), dbPath} + args);
}

#ifdef REBOUND_SWITCH_EXE
// Runs the real rebound-switch to the end (a minute at most): its exit code
// and everything it printed.
inline std::pair<int, QString> runSwitchExe(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(REBOUND_SWITCH_EXE), arguments);
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}
#endif

} // namespace rebound::test
