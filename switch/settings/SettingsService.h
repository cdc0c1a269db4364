#pragma once

#include "core/Clock.h"
#include "core/Validation.h"
#include "settings/SettingsCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace rebound::store {
class Database;
}

namespace rebound::settings {

// A refused setting: field is its key, empty for several settings together.
using SettingProblem = core::FieldError;

// Changing settings, for the settings page and `rebound-switch settings`:
// every value is checked by the catalogue's rule, then the settings that
// belong together (RTP range, TLS pair, dial plan), and all are saved in one
// transaction with an audit entry each, or none is.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(rebound::settings::SettingsService)

public:
    SettingsService(const store::Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // A change: a value, or std::nullopt to go back to the default.
    using Changes = QMap<QString, std::optional<QString>>;

    struct Outcome
    {
        QList<SettingProblem> problems; // not empty: nothing was saved
        QStringList changed;            // keys whose value changed
        bool restartNeeded = false;     // a changed setting is read when the switch starts
        bool ok() const { return problems.isEmpty(); }
    };

    // Checks and saves; with dryRun only checks (nothing is written).
    Outcome apply(const Changes& changes, const QString& actor, bool dryRun = false) const;

    // The values stored now (settings not stored are at their default).
    QMap<QString, QString> stored() const;

private:
    QList<SettingProblem> checkTogether(const Changes& changes) const;

    const store::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::settings
