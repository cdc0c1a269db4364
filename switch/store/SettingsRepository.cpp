#include "store/SettingsRepository.h"

#include "settings/SettingsCatalog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <chrono>

namespace rebound::store {

std::optional<QString> SettingsRepository::stored(const QString& key) const
{
    auto q = m_db.cached(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                         SettingsRepository::tr("reading setting %1").arg(key));
    return q->next() ? std::optional<QString>(q->value(0).toString()) : std::nullopt;
}

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    return stored(key).value_or(fallback);
}

void SettingsRepository::setValue(const QString& key, const QString& value)
{
    m_db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {key, value}, SettingsRepository::tr("saving setting %1").arg(key));
}

void SettingsRepository::remove(const QString& key)
{
    m_db.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
             SettingsRepository::tr("removing setting %1").arg(key));
}

QMap<QString, QString> SettingsRepository::all() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT key, value FROM settings ORDER BY key"), {},
                           SettingsRepository::tr("reading settings"));
    QMap<QString, QString> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

QString SettingsRepository::text(const QString& key) const
{
    return inForce(key, stored(key));
}

QHash<QString, QString> SettingsRepository::texts(const QStringList& keys) const
{
    // One statement for the lot; its text (and so its cache entry) depends
    // only on how many keys are asked for.
    QStringList marks;
    marks.fill(QStringLiteral("?"), keys.size());
    QVariantList values;
    for (const QString& key : keys)
        values.append(key);
    QHash<QString, QString> saved;
    {
        auto q = m_db.cached(
            QStringLiteral("SELECT key, value FROM settings WHERE key IN (%1)").arg(marks.join(u',')), values,
            SettingsRepository::tr("reading settings"));
        while (q->next())
            saved.insert(q->value(0).toString(), q->value(1).toString());
    }
    QHash<QString, QString> result;
    for (const QString& key : keys) {
        const auto found = saved.constFind(key);
        result.insert(key, inForce(key, found == saved.cend() ? std::nullopt : std::optional(*found)));
    }
    return result;
}

QString SettingsRepository::inForce(const QString& key, const std::optional<QString>& saved)
{
    const settings::Setting* setting = settings::Catalog::find(key);
    Q_ASSERT_X(setting, "SettingsRepository::text", "a setting missing from the catalogue");
    if (!setting)
        return saved.value_or(QString());
    if (!saved)
        return setting->defaultValue;
    const QString& stored = *saved;
    if (stored.isEmpty())
        return setting->optional ? stored : setting->defaultValue;
    // A file or folder that is gone is the caller's error to report, not a
    // reason to fall back (a missing TLS key must not turn HTTPS into HTTP).
    if (setting->kind == settings::Kind::File || setting->kind == settings::Kind::Folder)
        return stored;
    return settings::Catalog::validate(*setting, stored).isEmpty() ? stored : setting->defaultValue;
}

int SettingsRepository::integer(const QString& key) const
{
    return text(key).toInt();
}

double SettingsRepository::decimal(const QString& key) const
{
    return text(key).toDouble();
}

QString SettingsRepository::currency() const
{
    return text(QStringLiteral("currency"));
}

core::DialPlan SettingsRepository::dialPlan() const
{
    core::DialPlan plan;
    plan.countryCode = value(QStringLiteral("dialplan.country_code"), plan.countryCode);
    const QString prefixes = value(QStringLiteral("dialplan.international_prefixes"),
                                   plan.internationalPrefixes.join(QLatin1Char(',')));
    plan.internationalPrefixes = prefixes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& p : plan.internationalPrefixes)
        p = p.trimmed();
    plan.nationalPrefix = value(QStringLiteral("dialplan.national_prefix"), plan.nationalPrefix);
    plan.bareDigitsInternational = value(QStringLiteral("dialplan.bare_digits"),
                                         QStringLiteral("international")) != QLatin1String("national");
    return plan;
}

void SettingsRepository::setDialPlan(const core::DialPlan& plan)
{
    setValue(QStringLiteral("dialplan.country_code"), plan.countryCode);
    setValue(QStringLiteral("dialplan.international_prefixes"),
             plan.internationalPrefixes.join(QLatin1Char(',')));
    setValue(QStringLiteral("dialplan.national_prefix"), plan.nationalPrefix);
    setValue(QStringLiteral("dialplan.bare_digits"),
             plan.bareDigitsInternational ? QStringLiteral("international") : QStringLiteral("national"));
}

namespace {
// QTimeZone::systemTimeZone() looks for the machine's zone in three files
// and builds the zone on every call, and every trigger asks for it (issue
// 20). Each thread keeps the zone it found for a few seconds, so a change of
// the machine's zone still counts within that time.
QTimeZone systemZone()
{
    constexpr auto KeptFor = std::chrono::seconds(5);
    struct Found
    {
        QTimeZone zone;
        std::chrono::steady_clock::time_point at;
        bool valid = false;
    };
    thread_local Found found;
    const auto now = std::chrono::steady_clock::now();
    if (!found.valid || now - found.at >= KeptFor) {
        found.zone = QTimeZone::systemTimeZone();
        found.at = now;
        found.valid = true;
    }
    return found.zone;
}
} // namespace

QTimeZone SettingsRepository::billingTimeZone() const
{
    const QString id = value(QStringLiteral("billing.timezone"));
    if (!id.isEmpty()) {
        QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return systemZone();
}

bool SettingsRepository::hasDemoData() const
{
    return value(QStringLiteral("demo.data")) == QLatin1String("1");
}

} // namespace rebound::store
