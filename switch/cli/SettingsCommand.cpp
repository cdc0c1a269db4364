#include "cli/Commands.h"
#include "cli/ConfigCommands.h"
#include "settings/SettingsService.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rebound::cli {

using namespace config;

namespace {
// A setting's value as stored, else its default.
QString shownValue(const settings::Setting& s, const QMap<QString, QString>& stored)
{
    return stored.contains(s.key) ? stored.value(s.key) : s.defaultValue;
}

// A setting and its value, for --json.
QJsonObject describedSetting(const settings::Setting& s, const QMap<QString, QString>& stored)
{
    QJsonObject object{{QStringLiteral("key"), s.key},
                       {QStringLiteral("group"), s.group},
                       {QStringLiteral("label"), s.label},
                       {QStringLiteral("help"), s.help},
                       {QStringLiteral("value"), shownValue(s, stored)},
                       {QStringLiteral("default"), s.defaultValue},
                       {QStringLiteral("is_default"), !stored.contains(s.key)},
                       {QStringLiteral("restart"), s.restart}};
    if (!s.choices.isEmpty())
        object.insert(QStringLiteral("choices"), QJsonArray::fromStringList(s.choices));
    return object;
}

// settings list [--all]
int listSettings(Context& c, const QMap<QString, QString>& stored, bool all)
{
    QJsonArray array;
    QString text;
    QString group;
    for (const settings::Setting& s : settings::Catalog::all()) {
        if (s.group != group) {
            group = s.group;
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("[%1]\n").arg(group);
        }
        array.append(describedSetting(s, stored));
        text += s.key.leftJustified(34) +
                (stored.contains(s.key) ? QStringLiteral("  ") : QStringLiteral("* ")) +
                shownValue(s, stored) + QLatin1Char('\n');
    }
    if (all) {
        QString others;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (settings::Catalog::find(it.key()))
                continue;
            const QString value =
                settings::Catalog::isSecret(it.key()) ? ConfigCommands::tr("(secret)") : it.value();
            array.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), value}});
            others += it.key().leftJustified(34) + QStringLiteral("  ") + value + QLatin1Char('\n');
        }
        if (!others.isEmpty())
            text += QStringLiteral("\n[%1]\n").arg(ConfigCommands::tr("Other")) + others;
    }
    print(c, array, text);
    return Success;
}

// settings get KEY | describe KEY
int showSetting(Context& c, const QMap<QString, QString>& stored, const QString& key, bool describe)
{
    if (settings::Catalog::isSecret(key))
        throw CommandError{ConfigCommands::tr("%1 is a secret and is not shown.").arg(key)};
    const settings::Setting* s = settings::Catalog::find(key);
    if (!s) {
        if (!stored.contains(key))
            throw CommandError{
                ConfigCommands::tr("There is no setting called %1; 'settings list' shows them.").arg(key)};
        print(c, QJsonObject{{key, stored.value(key)}}, stored.value(key) + QLatin1Char('\n'));
        return Success;
    }
    if (!describe) {
        print(c, QJsonObject{{key, shownValue(*s, stored)}}, shownValue(*s, stored) + QLatin1Char('\n'));
        return Success;
    }
    QString text =
        QStringLiteral("%1 (%2)\n%3\n").arg(s->label, s->group, s->help) +
        ConfigCommands::tr("Value: %1\n").arg(shownValue(*s, stored)) +
        ConfigCommands::tr("Default: %1\n").arg(s->defaultValue.isEmpty() ? s->defaultText : s->defaultValue);
    if (!s->choices.isEmpty())
        text += ConfigCommands::tr("Choices: %1\n").arg(s->choices.join(QStringLiteral(", ")));
    if (s->restart)
        text += ConfigCommands::tr("Read when the switch starts: restart it after a change.\n");
    print(c, describedSetting(*s, stored), text);
    return Success;
}

// settings set KEY VALUE ... | reset KEY ...
int changeSettings(Context& c, const QStringList& arguments, const QString& usage, const store::Database& db,
                   const settings::SettingsService& service)
{
    const QString sub = arguments.first();
    settings::SettingsService::Changes changes;
    if (sub == QLatin1String("set") && arguments.size() >= 3 && arguments.size() % 2 == 1) {
        for (qsizetype i = 1; i + 1 < arguments.size(); i += 2)
            changes.insert(arguments[i], arguments[i + 1]);
    } else if (sub == QLatin1String("reset") && arguments.size() >= 2) {
        for (qsizetype i = 1; i < arguments.size(); ++i)
            changes.insert(arguments[i], std::nullopt);
    } else {
        throw CommandError{usage, UsageError};
    }
    const auto outcome = service.apply(changes, Actor);
    if (!outcome.ok()) {
        QStringList lines;
        for (const auto& problem : outcome.problems)
            lines << problem.message;
        throw CommandError{lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                           ConfigCommands::tr("Nothing was saved.")};
    }
    const store::SettingsRepository after(db);
    QJsonObject object;
    QString text;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString value = after.text(it.key());
        object.insert(it.key(), value);
        text += ConfigCommands::tr("%1 = %2\n").arg(it.key(), value);
    }
    if (outcome.restartNeeded)
        text += ConfigCommands::tr("Restart the switch to use the new value.\n");
    print(c, object, text);
    return Success;
}

} // namespace

int runSettings(Context& c, const QStringList& arguments)
{
    const QString usage = ConfigCommands::tr(
        "Usage: rebound-switch settings list [--all] | get KEY | describe KEY\n"
        "       rebound-switch settings set KEY VALUE [KEY VALUE ...] | reset KEY [KEY ...]\n"
        "list shows every setting with its value (* marks a default); --all adds keys no\n"
        "setting of this version knows. set checks every value first and saves all or none;\n"
        "an empty VALUE means none where a setting allows it, else the default.\n"
        "Settings marked 'restart' are read when the switch starts.\n"
        "Secrets are made by commands, not set: the card PIN key (a file beside the database,\n"
        "DATABASE.pin-key) by the switch, sms.http_secret by rebound-switch sms-http secret.\n");
    return runCommand(c, arguments, usage, [&]() -> int {
        const QString sub = arguments.first();
        const auto db = openDb(c);
        const settings::SettingsService service(*db, c.clock);
        const QMap<QString, QString> stored = service.stored();
        if (sub == QLatin1String("list") &&
            (arguments.size() == 1 || (arguments.size() == 2 && arguments[1] == QLatin1String("--all"))))
            return listSettings(c, stored, arguments.size() == 2);
        if ((sub == QLatin1String("get") || sub == QLatin1String("describe")) && arguments.size() == 2)
            return showSetting(c, stored, arguments[1], sub == QLatin1String("describe"));
        return changeSettings(c, arguments, usage, *db, service);
    });
}

} // namespace rebound::cli
