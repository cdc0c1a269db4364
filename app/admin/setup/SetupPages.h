#pragma once

#include "admin/setup/SetupStep.h"
#include "core/Csv.h"
#include "network/GatewayDialogs.h"
#include "network/GatewayService.h"
#include "store/Account.h"

#include <QCoreApplication>
#include <QTimer>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace rebound::core {
struct CountryDialPlan;
}
namespace rebound::store {
class SettingsRepository;
}

namespace rebound::console::setup {

// The assistant's pages, in their order; each saves when Next is pressed.

// Business name, currency, home country and its dial plan, time zone.
class BusinessStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit BusinessStep(SetupWizard::State& state);
    void initializePage() override;
    bool validatePage() override;

private:
    void fillCountries();
    const core::CountryDialPlan* countryAt(int index) const;
    // Offers the chosen country's plan and currency; every field stays editable.
    void countryChosen(int index);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_currency = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_countryCode = nullptr;
    QLineEdit* m_international = nullptr;
    QLineEdit* m_national = nullptr;
    QComboBox* m_timeZone = nullptr;
};

// The switch's SIP address and the portal's; a change restarts the switch.
class SipStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit SipStep(SetupWizard::State& state);
    void initializePage() override;
    bool validatePage() override;

private:
    QComboBox* m_address = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_public = nullptr;
    QLineEdit* m_portal = nullptr;
};

// The carrier gateway (and a route for every number), checked with an
// OPTIONS ping whose answer reaches the checklist.
class GatewayStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit GatewayStep(SetupWizard::State& state);
    bool validatePage() override;

private:
    void layOutPage();
    // Adds the gateway (and its route), or changes the one added before;
    // false with the problems shown when something is wrong.
    bool save();
    void addRouteForAll(const store::Gateway& g);
    void ping();
    void pinged(qint64 gatewayId, int status, const QString& phrase, qint64 elapsedMs);
    void showPing(bool reachable, const QString& text);

    GatewayAddressFields m_address;
    QCheckBox* m_routeAll = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QTimer m_timeout;
    qint64 m_pending = 0; // the gateway an OPTIONS is out to
    QString m_trustedFromHost;
    network::GatewayInput m_saved;
    bool m_savedRoute = false;
};

// The carrier's buy sheet and a sell plan marked up from it.
class RatesStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit RatesStep(SetupWizard::State& state);
    void initializePage() override;
    bool validatePage() override;

private:
    // The sheet, its attachment to the gateway and the sell plan: all or nothing.
    bool importAndMarkUp(const QByteArray& sheet, const QString& fileName);
    // Importing into a table that exists replaces its rates, and the markup
    // replaces a sell plan's: never without asking. False when refused.
    bool replaceConfirmed();
    void showLineErrors(const QString& fileName, const QList<core::CsvIssue>& issues);

    QLineEdit* m_file = nullptr;
    QLineEdit* m_buyName = nullptr;
    QLineEdit* m_sellName = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    QPlainTextEdit* m_lines = nullptr;
};

// A first DID and whose it is.
class DidStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit DidStep(SetupWizard::State& state);
    void initializePage() override;
    bool validatePage() override;

private:
    QLineEdit* m_number = nullptr;
    QComboBox* m_subscriber = nullptr;
    QList<store::Account> m_accounts;
    QString m_saved; // the number saved by this page
};

// What works and what is left: one "✔ …" or "✘ …" line each, redrawn when
// the switch or the gateway's ping reports.
class ChecklistStep : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit ChecklistStep(SetupWizard::State& state);
    void initializePage() override;
    QString text() const;
    void refresh();

private:
    void add(bool ok, const QString& text);
    void addSwitch(const store::SettingsRepository& settings);
    void addGateway();
    static QString gatewayNames(const QList<store::Gateway>& gateways);
    void addRates();
    void addDidsAndSubscribers();
    void addPortal(const store::SettingsRepository& settings);

    SetupWizard::State& m_state;
    QLabel* m_list = nullptr;
    QStringList m_lines;
};

} // namespace rebound::console::setup
