#pragma once

#include "FormDialog.h"
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
// for the subscriber's PIN. Problems are shown
// under their field; the dialog closes only once the save handler succeeded.
class DidDialog : public FormDialog
{
    Q_OBJECT
public:
    // May throw store::StoreError; the dialog shows its message.
    using SaveHandler = std::function<void(const store::Did&)>;

    DidDialog(std::optional<store::Did> existing, QList<store::Did> allDids,
              const QList<store::Account>& accounts, const QList<store::Gateway>& gateways, SaveHandler save,
              QWidget* parent = nullptr);

    void accept() override;

    // "+1 (212) 555-0101" -> "12125550101"; the spaces, dashes, dots,
    // brackets and the leading + people type are dropped, anything else kept
    // so validation can name it.
    static QString normaliseNumber(const QString& typed);

private:
    void updateForMode();

    std::optional<store::Did> m_existing;
    QList<store::Did> m_allDids;
    SaveHandler m_save;

    QLineEdit* m_number = nullptr;
    QComboBox* m_subscriber = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_gateway = nullptr;
    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_askPin = nullptr;
};

} // namespace rebound::console
