#pragma once

#include "core/DialPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace rebound::store {

class Database;

// Installation-wide settings as key/value text, with typed accessors for the
// ones the code reads. Unknown keys are kept, so a newer switch sharing the
// database loses nothing.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(const Database& db)
        : m_db(db)
    {
    }

    QString value(const QString& key, const QString& fallback = {}) const;
    void setValue(const QString& key, const QString& value);
    void remove(const QString& key);
    QMap<QString, QString> all() const;

    // The value in force of a setting of the catalogue (settings/SettingsCatalog):
    // the stored one when it passes the setting's rule, else its default.
    QString text(const QString& key) const;
    // text() of each of `keys`, read with one statement.
    QHash<QString, QString> texts(const QStringList& keys) const;
    int integer(const QString& key) const;
    double decimal(const QString& key) const;

    // The reseller's currency (ISO 4217), "USD" unless configured.
    QString currency() const;
    // The home dial plan; keys dialplan.country_code, .international_prefixes
    // (comma separated), .national_prefix, .bare_digits (international|national).
    core::DialPlan dialPlan() const;
    void setDialPlan(const core::DialPlan& plan);
    // The zone peak/off-peak windows are read in: setting billing.timezone
    // (an IANA id such as Europe/London), else the machine's zone.
    QTimeZone billingTimeZone() const;
    // True when the database holds the demo data seeded on first start.
    bool hasDemoData() const;

private:
    std::optional<QString> stored(const QString& key) const; // nullopt: not set
    // The value in force of `key` given what is stored for it.
    static QString inForce(const QString& key, const std::optional<QString>& saved);

    const Database& m_db;
};

} // namespace rebound::store
