#pragma once

#include "common/FormDialog.h"
#include "network/DidService.h"
#include "store/Account.h"
#include "store/Gateway.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rebound::console {

// Add or edit a DID: its number, the subscriber it belongs to, whether
// leg A goes out through an in-country gateway (LGW) and whether the IVR asks
// for the subscriber's PIN. The save handler saves through
// network::DidService; each problem it finds is shown under its field, and
// the dialog closes only once the save succeeded.
class DidDialog : public ServiceFormDialog<network::DidInput>
{
    Q_OBJECT
public:
    DidDialog(std::optional<store::Did> existing, const QList<store::Account>& accounts,
              const QList<store::Gateway>& gateways, SaveHandler save, QWidget* parent = nullptr);

protected:
    network::DidInput input() const override;

private:
    void updateForMode();

    std::optional<store::Did> m_existing;

    QLineEdit* m_number = nullptr;
    QComboBox* m_subscriber = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_gateway = nullptr;
    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_askPin = nullptr;
};

} // namespace rebound::console
