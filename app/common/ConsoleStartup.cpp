#include "common/ConsoleStartup.h"

#include "Switch.h"
#include "common/MainWindow.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <functional>

// Resources of a static library must be registered by name, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(rebound);
}

namespace rebound::console {

bool applyConsoleLanguage(const store::Database& db, QTranslator& rebound, QTranslator& qtbase)
{
    const QString language =
        core::consoleLanguage(store::SettingsRepository(db).text(QStringLiteral("console.language")));
    if (language == core::installedLanguage())
        return false;
    core::installTranslations(rebound, qtbase, language);
    return true;
}

int runConsole(int argc, char* argv[])
{
    QApplication app(argc, argv);
    initResources();
    QApplication::setApplicationName(QStringLiteral("rebound"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rebound"));
    QApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rebound"));

    // The system's language until the database says otherwise (console.language).
    QTranslator qtTranslator;
    QTranslator translator;
    core::installTranslations(translator, qtTranslator, core::consoleLanguage(QString()));

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
            demo::DemoData::seed(*db, core::SystemClock::instance(), demo::DemoData::WithHistory);
        applyConsoleLanguage(*db, translator, qtTranslator);
    } catch (const store::StoreError& error) {
        std::fprintf(stderr, "rebound: %s\n", error.message().toLocal8Bit().constData());
        QMessageBox::critical(nullptr, QApplication::translate("Console", "Rebound cannot start"),
                              error.message());
        return 1;
    }

    // The switch opens its own connection to the same file on its thread; an
    // empty listen address means the setting sip.listen (default
    // 127.0.0.1:5060). If it cannot start (port in use), the console still
    // works and the status bar says why.
    auto sipSwitch = std::make_unique<Switch>(db->path(), QString(), core::SystemClock::instance());
    std::unique_ptr<MainWindow> window;
    // After a restore, the set-up assistant or a new language the window is
    // built again, so every page reads the data (and speaks the language)
    // afresh, on the same page; the switch and the database connection stay.
    std::function<void()> openWindow = [&] {
        if (window) {
            window->saveLayout();
            window.release()->deleteLater();
            try {
                applyConsoleLanguage(*db, translator, qtTranslator); // a restored database's own
            } catch (const store::StoreError& error) {
                std::fprintf(stderr, "rebound: %s\n", error.message().toLocal8Bit().constData());
            }
        }
        window = std::make_unique<MainWindow>(*db, core::SystemClock::instance(), sipSwitch.get());
        QObject::connect(window.get(), &MainWindow::reopenRequested, window.get(),
                         [&] { QTimer::singleShot(0, openWindow); });
        window->show();
    };
    openWindow();
    sipSwitch->start(); // after the window connected, so its log shows the start
    // A new database without demo data is a real installation: the set-up
    // assistant opens over the window (Help menu for later runs).
    if (db->wasCreated() && parser.isSet(noDemoOption))
        QTimer::singleShot(0, window.get(), [&] { window->runSetupAssistant(); });
    const int code = QApplication::exec();
    window.reset();
    // Stop SIP cleanly (the destructor waits for the stack to shut down)
    // while the window and the database still exist.
    sipSwitch.reset();
    return code;
}

} // namespace rebound::console
