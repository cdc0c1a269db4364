#include "backup/BackupService.h"
#include "cli/Commands.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace rebound::cli {

class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

namespace {
const QString Actor = QStringLiteral("cli");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QJsonValue optionalPath(const QString& path)
{
    return path.isEmpty() ? QJsonValue() : QJsonValue(path);
}

QString isoTime(std::int64_t ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject reportJson(const backup::BackupReport& r)
{
    return {{QStringLiteral("path"), r.path},
            {QStringLiteral("bytes"), r.bytes},
            {QStringLiteral("modified_at"), isoTime(r.modifiedAt)},
            {QStringLiteral("schema_version"), r.schemaVersion},
            {QStringLiteral("current_schema_version"), r.currentVersion},
            {QStringLiteral("accounts"), r.contents.accounts},
            {QStringLiteral("ledger_entries"), r.contents.ledgerEntries},
            {QStringLiteral("card_batches"), r.contents.cardBatches},
            {QStringLiteral("calls"), r.contents.calls},
            {QStringLiteral("last_call_at"), isoTime(r.contents.lastCallAt)},
            {QStringLiteral("pin_key"), optionalPath(r.pinKeyPath)}};
}

QJsonObject fileJson(const backup::BackupFile& f)
{
    return {{QStringLiteral("path"), f.path},
            {QStringLiteral("bytes"), f.bytes},
            {QStringLiteral("pin_key"), optionalPath(f.pinKeyPath)}};
}

QString fileText(const backup::BackupFile& f)
{
    QString text = BackupCommand::tr("%1 (%2 bytes)").arg(native(f.path)).arg(f.bytes);
    if (!f.pinKeyPath.isEmpty())
        text += BackupCommand::tr(", with the card PIN key in %1").arg(native(f.pinKeyPath));
    return text;
}

int check(Context& c, const QString& path)
{
    const backup::BackupReport report = backup::BackupService::check(path);
    QJsonObject json = reportJson(report);
    json.insert(QStringLiteral("ok"), true);
    print(c, json, backup::BackupService::describe(report));
    return Success;
}
} // namespace

int runBackup(Context& c, const QStringList& arguments)
{
    const QString usage = BackupCommand::tr(
        "Usage: rebound-switch [--db PATH] backup --output FILE\n"
        "       rebound-switch backup check FILE\n"
        "--output writes a consistent copy of the database to FILE (owner-only), also while a\n"
        "switch runs on it, with the card PIN key beside it as FILE.pin-key: keep the two together.\n"
        "check says whether FILE can be restored (integrity, schema version, the ledger) and what\n"
        "it holds, changing nothing.\n");
    return runCommand(c, arguments, usage, [&]() -> int {
        if (arguments.first() == QLatin1String("check")) {
            if (arguments.size() != 2)
                throw CommandError{usage, UsageError};
            return check(c, arguments[1]);
        }
        QCommandLineParser p;
        p.addOption(
            {QStringLiteral("output"), BackupCommand::tr("Where the backup goes."), QStringLiteral("FILE")});
        parseCommand(p, arguments);
        if (!p.isSet(QStringLiteral("output")) || !p.positionalArguments().isEmpty())
            throw CommandError{usage, UsageError};
        const auto db = store::Database::open(c.databasePath);
        const backup::BackupFile file = backup::BackupService::backUp(*db, p.value(QStringLiteral("output")));
        print(c, fileJson(file),
              BackupCommand::tr("Backed up %1 to %2.\n").arg(native(db->path()), fileText(file)));
        return Success;
    });
}

int runRestore(Context& c, const QStringList& arguments)
{
    const QString usage = BackupCommand::tr(
        "Usage: rebound-switch [--db PATH] restore FILE [--yes]\n"
        "Replaces everything in the database with the backup FILE, and the card PIN key with\n"
        "FILE.pin-key when it is there. The backup is checked first (integrity, schema version,\n"
        "the ledger); an older schema is upgraded. The current database is saved beside it\n"
        "before anything is replaced. Refused while a switch runs on the database: stop it first.\n"
        "Without --yes it only says what would be restored.\n");
    return runCommand(c, arguments, usage, [&]() -> int {
        QCommandLineParser p;
        p.addOption({QStringLiteral("yes"), BackupCommand::tr("Replace the data without asking.")});
        parseCommand(p, arguments);
        if (p.positionalArguments().size() != 1)
            throw CommandError{usage, UsageError};
        const QString path = p.positionalArguments().first();
        if (!p.isSet(QStringLiteral("yes"))) {
            const backup::BackupReport report = backup::BackupService::check(path);
            QJsonObject json = reportJson(report);
            json.insert(QStringLiteral("restored"), false);
            print(c, json, backup::BackupService::describe(report));
            return c.fail(BackupCommand::tr(
                              "Nothing has been changed. Run again with --yes to replace all data in %1 with "
                              "this backup.")
                              .arg(native(c.databasePath)));
        }
        const auto db = store::Database::open(c.databasePath);
        const backup::RestoreResult result = backup::BackupService::restore(*db, path, c.clock, Actor);
        QJsonObject json = reportJson(result.restored);
        json.insert(QStringLiteral("restored"), true);
        json.insert(QStringLiteral("previous"), fileJson(result.previous));
        json.insert(QStringLiteral("pin_key_restored"), result.pinKeyRestored);
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
        print(c, json,
              BackupCommand::tr("Restored %1 from %2.\nThe data it held before was saved to %3.\n")
                  .arg(native(db->path()), native(result.restored.path), fileText(result.previous)));
        for (const QString& warning : result.warnings)
            c.err << "rebound-switch: " << warning << '\n';
        c.err.flush();
        return Success;
    });
}

} // namespace rebound::cli
