#pragma once

#include "FormDialog.h"
#include "core/Clock.h"
#include "store/Gateway.h"
#include "store/Rate.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rebound::store {
class Database;
}

namespace rebound::console {

// A gateway as typed into a form, before it is checked.
struct GatewayInput
{
    QString name;
    QString host;
    QString port = QStringLiteral("5060");
    QString transport = QStringLiteral("udp");
    QString username;
    QString password; // empty on an existing gateway: it keeps its own
    QString realm;
    int stripDigits = 0;
    QString addPrefix;
    QString callerId;
    std::optional<std::int64_t> buyTableId;
    int maxCalls = 0;
    QString trustedSources; // "203.0.113.7, 198.51.100.0/24"
    bool smsGateway = false;
    bool enabled = true;

    bool operator==(const GatewayInput&) const = default;
};

// The gateway rules of the console, shared by the Gateways page and the
// set-up assistant: one check of the typed fields, and each change saved in
// one transaction (a savepoint inside the caller's) with its audit entry,
// which never holds the password. The savers may throw store::StoreError.
class GatewayEdits
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::GatewayEdits)

public:
    // Builds *gateway from the input on top of `existing` and returns every
    // problem, named by the form's fields (name, host, port, addPrefix,
    // callerId, trustedSources); empty: *gateway may be saved.
    static FieldProblems check(const GatewayInput& input, const std::optional<store::Gateway>& existing,
                               const QList<store::Gateway>& allGateways, store::Gateway* gateway);
    static std::int64_t add(const store::Database& db, const core::Clock& clock, const store::Gateway& g,
                            const QString& actor);
    static void update(const store::Database& db, const core::Clock& clock, const store::Gateway& g,
                       const store::Gateway& before, const QString& actor);
    static std::int64_t addRoute(const store::Database& db, const core::Clock& clock, const store::Route& r,
                                 const QString& actor);
    // What the audit log says about a gateway: everything but the password.
    static QString describe(const store::Gateway& g);
};

// Add or edit a SIP gateway. OK validates every field and shows each problem
// under it; the dialog closes only once the save handler succeeded. The
// password is never shown: left empty, an existing gateway keeps its own.
class GatewayDialog : public FormDialog
{
    Q_OBJECT
public:
    // May throw store::StoreError; the dialog shows its message.
    using SaveHandler = std::function<void(const store::Gateway&)>;

    GatewayDialog(std::optional<store::Gateway> existing, QList<store::Gateway> allGateways,
                  const QList<store::RateTable>& buyTables, SaveHandler save, QWidget* parent = nullptr);

    void accept() override;

    // Parses "203.0.113.7, 198.51.100.0/24"; on a bad entry returns an error
    // naming it and leaves *sources alone.
    static QString parseTrustedSources(const QString& text, QStringList* sources);
    // A host name, IPv4 or IPv6 address (brackets removed); empty error when fine.
    static QString validateHost(const QString& host);

private:
    std::optional<store::Gateway> m_existing;
    QList<store::Gateway> m_allGateways;
    SaveHandler m_save;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QComboBox* m_transport = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_realm = nullptr;
    QSpinBox* m_stripDigits = nullptr;
    QLineEdit* m_addPrefix = nullptr;
    QLineEdit* m_callerId = nullptr;
    QComboBox* m_buyTable = nullptr;
    QSpinBox* m_maxCalls = nullptr;
    QLineEdit* m_trustedSources = nullptr;
    QCheckBox* m_sms = nullptr;
    QCheckBox* m_enabled = nullptr;
};

// Add a route: numbers starting with a prefix go out through a gateway.
class RouteDialog : public FormDialog
{
    Q_OBJECT
public:
    using SaveHandler = std::function<void(const store::Route&)>;

    RouteDialog(const QList<store::Gateway>& gateways, std::optional<std::int64_t> preselectedGateway,
                SaveHandler save, QWidget* parent = nullptr);

    void accept() override;

private:
    SaveHandler m_save;
    QLineEdit* m_prefix = nullptr;
    QComboBox* m_gateway = nullptr;
    QSpinBox* m_priority = nullptr;
    QCheckBox* m_enabled = nullptr;
};

} // namespace rebound::console
