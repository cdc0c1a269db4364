#pragma once

#include "FormDialog.h"
#include "store/Gateway.h"
#include "store/Rate.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rebound::console {

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
