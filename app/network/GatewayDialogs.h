#pragma once

#include "common/FormDialog.h"
#include "network/GatewayService.h"
#include "network/RouteService.h"
#include "store/Gateway.h"
#include "store/Rate.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rebound::console {

// The fields that the Gateway dialog and the set-up assistant both ask
// for: the gateway's name, where it is, its digest credentials and the
// addresses its DID calls and SMS may come from. Each form lays them out
// and names them itself, and owns them once they are in its layout.
struct GatewayAddressFields
{
    GatewayAddressFields();
    // What these fields hold, as a gateway's input; its other fields keep
    // their defaults.
    network::GatewayInput input() const;

    QLineEdit* name = nullptr;
    QLineEdit* host = nullptr;
    QLineEdit* port = nullptr;
    QLineEdit* username = nullptr;
    QLineEdit* password = nullptr; // shown as dots
    QLineEdit* trustedSources = nullptr;
};

// Add or edit a SIP gateway. OK hands the fields to the save handler, which
// saves through network::GatewayService; each problem it finds is shown under
// its field, and the dialog closes only once the save succeeded. The
// password is never shown: left empty, an existing gateway keeps its own.
class GatewayDialog : public ServiceFormDialog<network::GatewayInput>
{
    Q_OBJECT
public:
    GatewayDialog(std::optional<store::Gateway> existing, const QList<store::RateTable>& buyTables,
                  SaveHandler save, QWidget* parent = nullptr);

protected:
    network::GatewayInput input() const override;

private:
    std::optional<store::Gateway> m_existing;

    GatewayAddressFields m_address;
    QComboBox* m_transport = nullptr;
    QLineEdit* m_realm = nullptr;
    QSpinBox* m_stripDigits = nullptr;
    QLineEdit* m_addPrefix = nullptr;
    QLineEdit* m_callerId = nullptr;
    QComboBox* m_buyTable = nullptr;
    QSpinBox* m_maxCalls = nullptr;
    QCheckBox* m_sms = nullptr;
    QCheckBox* m_enabled = nullptr;
};

// Add a route: numbers starting with a prefix go out through a gateway.
class RouteDialog : public ServiceFormDialog<network::RouteInput>
{
    Q_OBJECT
public:
    RouteDialog(const QList<store::Gateway>& gateways, std::optional<std::int64_t> preselectedGateway,
                SaveHandler save, QWidget* parent = nullptr);

protected:
    network::RouteInput input() const override;

private:
    QLineEdit* m_prefix = nullptr;
    QComboBox* m_gateway = nullptr;
    QSpinBox* m_priority = nullptr;
    QCheckBox* m_enabled = nullptr;
};

} // namespace rebound::console
