// rebound-switch: the headless switch and scripting interface.
#include "cli/CommandLine.h"
#include "core/Clock.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <malloc.h>

namespace {
// Every SIP request allocates and frees the same few dozen KB on the switch
// thread. glibc's defaults hand the top of that thread's heap back to the
// kernel after each one (madvise) and map it again on the next (mprotect):
// two system calls and fresh page faults per trigger (BenchSip, issue 20).
// Free memory above 16 MB is still returned; blocks of 1 MB and more are
// still mapped on their own.
void keepHeapWarm()
{
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TOP_PAD, 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
}
} // namespace

int main(int argc, char* argv[])
{
    keepHeapWarm();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rebound-switch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));

    QTranslator translator;
    rebound::core::installTranslations(translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return rebound::cli::CommandLine(out, err, rebound::core::SystemClock::instance()).run(app.arguments());
}
