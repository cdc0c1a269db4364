// rebound-switch: the headless switch and scripting interface.
#include "cli/CommandLine.h"
#include "core/Clock.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rebound-switch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));

    QTranslator translator;
    rebound::core::installTranslations(translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return rebound::cli::CommandLine(out, err, rebound::core::SystemClock::instance()).run(app.arguments());
}
