#include "ConsoleStartup.h"

#include "MainWindow.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>
#include <cstdio>

// Resources of a static library must be registered by name, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(rebound);
}

namespace rebound::console {

int runConsole(int argc, char* argv[])
{
    QApplication app(argc, argv);
    initResources();
    QApplication::setApplicationName(QStringLiteral("rebound"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rebound"));
    QApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rebound"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    core::installTranslations(translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Console", "Rebound callback console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("Console", "Database file (default: %1).").arg(core::defaultDatabasePath()),
        QApplication::translate("Console", "path"), core::defaultDatabasePath());
    const QCommandLineOption noDemoOption(
        QStringLiteral("no-demo"),
        QApplication::translate("Console", "Do not fill a new database with demo data."));
    parser.addOption(dbOption);
    parser.addOption(noDemoOption);
    parser.process(app);

    std::unique_ptr<store::Database> db;
    try {
        db = store::Database::open(parser.value(dbOption));
        if (db->wasCreated() && !parser.isSet(noDemoOption))
            demo::DemoData::seed(*db, core::SystemClock::instance());
    } catch (const store::StoreError& error) {
        std::fprintf(stderr, "rebound: %s\n", error.message().toLocal8Bit().constData());
        QMessageBox::critical(nullptr, QApplication::translate("Console", "Rebound cannot start"),
                              error.message());
        return 1;
    }

    MainWindow window(*db, core::SystemClock::instance());
    window.show();
    return QApplication::exec();
}

} // namespace rebound::console
