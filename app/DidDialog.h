#pragma once

#include "FormDialog.h"
#include "core/Clock.h"
#include "store/Account.h"
#include "store/Gateway.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rebound::store {
class Database;
}

namespace rebound::console {

// A DID as chosen in a form, before it is checked.
struct DidInput
{
    QString number; // as typed: "+1 (212) 555-0101"
    std::optional<std::int64_t> accountId;
    store::DidMode mode = store::DidMode::Did;
    std::optional<std::int64_t> gatewayId; // LGW only
    bool enabled = true;
    bool askPin = false;
};

// The DID rules of the console, shared by the DIDs page and the set-up
// assistant: one check of the form, and the save with its audit entry in one
// transaction (a savepoint inside the caller's).
class DidEdits
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::DidEdits)

public:
    // Builds *did from the input on top of `existing` and returns every
    // problem, named by the form's fields (number, gateway); empty: *did may
    // be saved.
    static FieldProblems check(const DidInput& input, const std::optional<store::Did>& existing,
                               const QList<store::Did>& allDids, store::Did* did);
    // Adds the DID, or updates `existing`; accountCode is the code of
    // did.accountId, for the audit entry. May throw store::StoreError.
    static void save(const store::Database& db, const core::Clock& clock, const store::Did& did,
                     const std::optional<store::Did>& existing, const QString& accountCode,
                     const QString& actor);
    // What the audit log says about a DID.
    static QString describe(const store::Did& did, const QString& accountCode);
};

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
