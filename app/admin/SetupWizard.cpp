#include "admin/SetupWizard.h"

#include "Switch.h"
#include "billing/RateService.h"
#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "core/CountryDialPlans.h"
#include "network/DidService.h"
#include "network/GatewayModels.h"
#include "network/GatewayService.h"
#include "network/RouteService.h"
#include "settings/SettingsService.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace rebound::console {

namespace {
constexpr int PingTimeoutMs = 5000;
const QString Tick = QStringLiteral("✔");
const QString Cross = QStringLiteral("✘");
} // namespace

struct SetupWizard::State
{
    State(const store::Database& database, const core::Clock& c, Switch* s)
        : db(database)
        , clock(c)
        , sipSwitch(s)
    {
    }
    const store::Database& db;
    const core::Clock& clock;
    Switch* sipSwitch;
    bool settingsSaved = false;
    QString listening; // from Switch::started
    QString portalUrl; // from Switch::webStarted
    std::int64_t gatewayId = 0;
    bool pinged = false;           // an answer (or the lack of one) was seen
    bool reachable = false;        // that answer was 2xx
    QString pingText;              // what the gateway page says about it
    std::function<void()> changed; // the checklist redraws itself
    void notify() const
    {
        if (changed)
            changed();
    }
};

namespace {

void showProblems(QLabel* label, const QStringList& problems)
{
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
}

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

// A field with its hint below it, for a form row.
QWidget* withHint(QWidget* field, const QString& text)
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(hint(text));
    return box;
}

QString catalogHelp(const char* key)
{
    const settings::Setting* setting = settings::Catalog::find(QString::fromLatin1(key));
    return setting ? setting->help : QString();
}

template <typename W>
W* named(W* widget, const QString& name)
{
    widget->setObjectName(name);
    return widget;
}

// Saves settings through the settings service; false (with the problems
// shown) when it refused them. A refusal saves nothing.
bool applySettings(const SetupWizard::State& state, const settings::SettingsService::Changes& changes,
                   QLabel* problems, bool* restartNeeded = nullptr)
{
    const auto outcome = settings::SettingsService(state.db, state.clock).apply(changes, ConsoleActor);
    QStringList lines;
    for (const settings::SettingProblem& problem : outcome.problems)
        lines << problem.message;
    showProblems(problems, lines);
    if (restartNeeded)
        *restartNeeded = outcome.restartNeeded;
    return outcome.ok();
}

// A page of the assistant: the state the pages share, the problems shown
// under its form, and for the pages that can be left for later a box that
// skips them.
class Step : public QWizardPage
{
protected:
    Step(SetupWizard::State& state, const QString& problemsName)
        : m_state(state)
        , m_problems(errorLabel(problemsName))
    {
    }

    // Names the widget and registers it as the wizard field of that name.
    template <typename W>
    W* field(W* widget, const QString& name, const char* property = nullptr)
    {
        registerField(name, named(widget, name), property);
        return widget;
    }

    // The skip box (a field too); checked, it turns `form` off.
    QCheckBox* addSkip(const QString& text, const QString& name)
    {
        m_skip = field(new QCheckBox(text), name);
        return m_skip;
    }
    void skipTurnsOff(std::initializer_list<QWidget*> form)
    {
        connect(m_skip, &QCheckBox::toggled, this, [widgets = QList<QWidget*>(form)](bool skip) {
            for (QWidget* w : widgets)
                w->setEnabled(!skip);
        });
    }
    bool skipped() const { return m_skip && m_skip->isChecked(); }

    // The page from the top: the skip box and the form; what else the page
    // shows goes below them, then finishLayOut.
    QVBoxLayout* layOut(QFormLayout* form)
    {
        auto* layout = new QVBoxLayout(this);
        if (m_skip)
            layout->addWidget(m_skip);
        layout->addLayout(form);
        return layout;
    }
    // The problems, then `below` them, at the top of the page's room.
    void finishLayOut(QVBoxLayout* layout, std::initializer_list<QWidget*> below = {})
    {
        layout->addWidget(m_problems);
        for (QWidget* w : below)
            layout->addWidget(w);
        layout->addStretch(1);
    }

    // Runs a save through the services; what they refuse is shown under the
    // form. True when it went through; a save that returns false has shown
    // its own problems.
    bool trySave(const std::function<bool()>& save)
    {
        QStringList problems;
        try {
            if (!save())
                return false;
        } catch (const core::ValidationError& error) {
            for (const core::FieldError& problem : error.errors())
                problems << problem.message;
        } catch (const billing::RateServiceError& error) {
            problems << error.message();
        } catch (const store::StoreError& error) {
            problems << error.message();
        }
        showProblems(m_problems, problems);
        return problems.isEmpty();
    }

    SetupWizard::State& m_state;
    QLabel* m_problems = nullptr;

private:
    QCheckBox* m_skip = nullptr;
};

// --- Business name, currency, home country -------------------------------

class BusinessStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit BusinessStep(SetupWizard::State& state)
        : Step(state, QStringLiteral("businessProblems"))
    {
        setTitle(tr("Your business"));
        setSubTitle(tr("This assistant sets Rebound up for real use. Each page is saved when you press Next; "
                       "Cancel leaves the page you are on unsaved."));
        m_name = field(new QLineEdit, QStringLiteral("businessName"));
        m_currency = field(new QLineEdit, QStringLiteral("currency"));
        m_currency->setMaximumWidth(80);
        m_country = named(new QComboBox, QStringLiteral("country"));
        fillCountries();
        m_countryCode = field(new QLineEdit, QStringLiteral("countryCode"));
        m_countryCode->setMaximumWidth(80);
        m_international = field(new QLineEdit, QStringLiteral("internationalPrefixes"));
        m_international->setMaximumWidth(120);
        m_national = field(new QLineEdit, QStringLiteral("nationalPrefix"));
        m_national->setMaximumWidth(80);
        m_timeZone = field(new QComboBox, QStringLiteral("timeZone"), "currentText");
        m_timeZone->setEditable(true);
        for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
            m_timeZone->addItem(QString::fromUtf8(id));

        auto* form = new QFormLayout;
        form->addRow(tr("Business &name:"), withHint(m_name, catalogHelp("reseller.name")));
        form->addRow(tr("&Home country:"), m_country);
        form->addRow(tr("Country &code:"), m_countryCode);
        form->addRow(tr("&International prefix:"),
                     withHint(m_international, tr("What people there dial before another country's code; "
                                                  "several are separated by commas.")));
        form->addRow(tr("N&ational prefix:"),
                     withHint(m_national, tr("Dialled before a national number, such as 0; empty: none.")));
        form->addRow(tr("C&urrency:"), withHint(m_currency, catalogHelp("currency")));
        form->addRow(tr("Billing &time zone:"), withHint(m_timeZone, catalogHelp("billing.timezone")));
        finishLayOut(layOut(form));
        connect(m_country, &QComboBox::currentIndexChanged, this, &BusinessStep::countryChosen);
    }

    void initializePage() override
    {
        const store::SettingsRepository settings(m_state.db);
        m_name->setText(settings.text(QStringLiteral("reseller.name")));
        m_currency->setText(settings.currency());
        const core::DialPlan plan = settings.dialPlan();
        m_countryCode->setText(plan.countryCode);
        m_international->setText(plan.internationalPrefixes.join(QLatin1Char(',')));
        m_national->setText(plan.nationalPrefix);
        m_timeZone->setCurrentText(QString::fromUtf8(settings.billingTimeZone().id()));
        // A country whose code is the stored one, the machine's own first.
        const QLocale::Territory own = QLocale::system().territory();
        const core::CountryDialPlan* ownPlan = core::findCountryDialPlan(own);
        int index = -1;
        if (ownPlan && QString::fromLatin1(ownPlan->countryCode) == plan.countryCode)
            index = m_country->findData(int(own));
        for (const core::CountryDialPlan& candidate : core::countryDialPlans()) // the table's first
            if (index < 0 && QString::fromLatin1(candidate.countryCode) == plan.countryCode)
                index = m_country->findData(int(candidate.territory));
        const QSignalBlocker blocker(m_country);
        m_country->setCurrentIndex(std::max(0, index));
    }

    bool validatePage() override
    {
        const bool ok =
            applySettings(m_state,
                          {{QStringLiteral("reseller.name"), m_name->text()},
                           {QStringLiteral("currency"), m_currency->text()},
                           {QStringLiteral("dialplan.country_code"), m_countryCode->text()},
                           {QStringLiteral("dialplan.international_prefixes"), m_international->text()},
                           {QStringLiteral("dialplan.national_prefix"), m_national->text()},
                           {QStringLiteral("billing.timezone"), m_timeZone->currentText()}},
                          m_problems);
        m_state.settingsSaved = m_state.settingsSaved || ok;
        return ok;
    }

private:
    void fillCountries()
    {
        m_country->addItem(tr("(another country: type its plan below)"), QVariant());
        QList<const core::CountryDialPlan*> plans;
        for (const core::CountryDialPlan& plan : core::countryDialPlans())
            plans << &plan;
        std::sort(plans.begin(), plans.end(), [](const auto* a, const auto* b) {
            return QLocale::territoryToString(a->territory)
                       .localeAwareCompare(QLocale::territoryToString(b->territory)) < 0;
        });
        for (const core::CountryDialPlan* plan : plans)
            m_country->addItem(
                QStringLiteral("%1 (+%2)")
                    .arg(QLocale::territoryToString(plan->territory), QString::fromLatin1(plan->countryCode)),
                int(plan->territory));
    }

    const core::CountryDialPlan* countryAt(int index) const
    {
        const QVariant data = m_country->itemData(index);
        return data.isValid() ? core::findCountryDialPlan(QLocale::Territory(data.toInt())) : nullptr;
    }

    // Offers the chosen country's plan and currency; every field stays editable.
    void countryChosen(int index)
    {
        const core::CountryDialPlan* plan = countryAt(index);
        if (!plan)
            return;
        const core::DialPlan dialPlan = plan->dialPlan();
        m_countryCode->setText(dialPlan.countryCode);
        m_international->setText(dialPlan.internationalPrefixes.join(QLatin1Char(',')));
        m_national->setText(dialPlan.nationalPrefix);
        const QString currency =
            QLocale(QLocale::AnyLanguage, plan->territory).currencySymbol(QLocale::CurrencyIsoCode);
        if (!currency.isEmpty())
            m_currency->setText(currency);
    }

    QLineEdit* m_name = nullptr;
    QLineEdit* m_currency = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_countryCode = nullptr;
    QLineEdit* m_international = nullptr;
    QLineEdit* m_national = nullptr;
    QComboBox* m_timeZone = nullptr;
};

// --- The switch's SIP address and the portal -------------------------------

class SipStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit SipStep(SetupWizard::State& state)
        : Step(state, QStringLiteral("sipProblems"))
    {
        setTitle(tr("This workstation's SIP address"));
        setSubTitle(tr("Where the switch answers carriers and phones. Use an address of this machine that "
                       "the carrier can reach."));
        m_address = field(new QComboBox, QStringLiteral("sipAddress"), "currentText");
        m_address->setEditable(true);
        m_port = field(new QSpinBox, QStringLiteral("sipPort"));
        m_port->setRange(1, 65535);
        m_public = field(new QLineEdit, QStringLiteral("publicAddress"));
        m_public->setPlaceholderText(tr("optional, such as 203.0.113.7"));
        m_portal = field(new QLineEdit, QStringLiteral("portalAddress"));

        auto* addressRow = new QHBoxLayout;
        addressRow->addWidget(m_address, 1);
        auto* portLabel = new QLabel(tr("&Port:"));
        portLabel->setBuddy(m_port);
        addressRow->addWidget(portLabel);
        addressRow->addWidget(m_port);
        auto* addressBox = new QWidget;
        addressRow->setContentsMargins(0, 0, 0, 0);
        addressBox->setLayout(addressRow);

        auto* form = new QFormLayout;
        form->addRow(tr("SIP &address:"), withHint(addressBox, catalogHelp("sip.listen")));
        form->addRow(tr("P&ublic address:"), withHint(m_public, catalogHelp("sip.public_address")));
        form->addRow(tr("Por&tal address:"), withHint(m_portal, catalogHelp("web.listen")));
        finishLayOut(layOut(form));
    }

    void initializePage() override
    {
        m_address->clear();
        // The machine's IPv4 addresses, then the two special ones.
        for (const QNetworkInterface& nic : QNetworkInterface::allInterfaces()) {
            if (!(nic.flags() & QNetworkInterface::IsUp) || (nic.flags() & QNetworkInterface::IsLoopBack))
                continue;
            for (const QNetworkAddressEntry& entry : nic.addressEntries())
                if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                    m_address->addItem(entry.ip().toString());
                    m_address->setItemData(m_address->count() - 1, nic.humanReadableName(), Qt::ToolTipRole);
                }
        }
        m_address->addItem(QStringLiteral("127.0.0.1"));
        m_address->setItemData(m_address->count() - 1, tr("this machine only"), Qt::ToolTipRole);
        m_address->addItem(QStringLiteral("0.0.0.0"));
        m_address->setItemData(m_address->count() - 1, tr("every interface"), Qt::ToolTipRole);

        const store::SettingsRepository settings(m_state.db);
        QString host;
        int port = 5060;
        settings::parseHostPort(settings.text(QStringLiteral("sip.listen")), &host, &port);
        m_address->setCurrentText(host);
        m_port->setValue(port > 0 ? port : 5060);
        m_public->setText(settings.text(QStringLiteral("sip.public_address")));
        m_portal->setText(settings.text(QStringLiteral("web.listen")));
    }

    bool validatePage() override
    {
        QString host = m_address->currentText().trimmed();
        if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
            host = QStringLiteral("[%1]").arg(host); // IPv6
        // A restart ends the calls in progress: the reseller says so first.
        if (m_state.sipSwitch && m_state.sipSwitch->isRunning() &&
            !dialogs::confirmEndingCalls(this, m_state.db, m_state.clock, tr("Restart the switch")))
            return false;
        bool restart = false;
        if (!applySettings(
                m_state,
                {{QStringLiteral("sip.listen"), QStringLiteral("%1:%2").arg(host).arg(m_port->value())},
                 {QStringLiteral("sip.public_address"), m_public->text()},
                 {QStringLiteral("web.listen"), m_portal->text()}},
                m_problems, &restart))
            return false;
        // The switch reads these when it starts; one that is stopped on purpose
        // stays so.
        if (restart && m_state.sipSwitch && m_state.sipSwitch->state() != Switch::State::Stopped) {
            m_state.listening.clear();
            m_state.portalUrl.clear();
            m_state.sipSwitch->restart();
        }
        return true;
    }

private:
    QComboBox* m_address = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_public = nullptr;
    QLineEdit* m_portal = nullptr;
};

// --- The carrier gateway ---------------------------------------------------

class GatewayStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit GatewayStep(SetupWizard::State& state)
        : Step(state, QStringLiteral("gatewayProblems"))
    {
        setTitle(tr("The carrier"));
        setSubTitle(tr("The SIP gateway your calls go out through. Rebound checks it with an OPTIONS "
                       "request; you can go on if it does not answer yet."));
        addSkip(tr("Set up the carrier later, on the Gateways page"), QStringLiteral("skipGateway"));
        m_name = field(new QLineEdit(tr("Carrier")), QStringLiteral("gatewayName"));
        m_host = field(new QLineEdit, QStringLiteral("gatewayHost"));
        m_host->setPlaceholderText(tr("sip.carrier.example or 203.0.113.7"));
        m_port = field(new QLineEdit(QStringLiteral("5060")), QStringLiteral("gatewayPort"));
        m_port->setMaximumWidth(80);
        m_username = field(new QLineEdit, QStringLiteral("gatewayUsername"));
        m_password = field(new QLineEdit, QStringLiteral("gatewayPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_trusted = field(new QLineEdit, QStringLiteral("gatewayTrusted"));
        m_trusted->setPlaceholderText(tr("203.0.113.7, 198.51.100.0/24"));
        m_routeAll =
            field(new QCheckBox(tr("Send every number through this carrier (a route for all numbers)")),
                  QStringLiteral("routeAll"));
        m_routeAll->setChecked(true);
        m_test = named(new QPushButton(tr("&Save and check")), QStringLiteral("testGateway"));
        m_result = named(new QLabel, QStringLiteral("pingResult"));
        m_result->setWordWrap(true);
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(PingTimeoutMs);
        layOutPage();
        skipTurnsOff({m_name, m_host, m_port, m_username, m_password, m_trusted, m_routeAll, m_test});
        // The carrier's own address is usually where its DID calls come from.
        connect(m_host, &QLineEdit::textEdited, this, [this](const QString& host) {
            if (m_trusted->text().isEmpty() || m_trusted->text() == m_trustedFromHost) {
                m_trustedFromHost = QHostAddress(host.trimmed()).isNull() ? QString() : host.trimmed();
                m_trusted->setText(m_trustedFromHost);
            }
        });
        connect(m_test, &QPushButton::clicked, this, [this] {
            if (save())
                ping();
        });
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            m_pending = 0;
            showPing(false,
                     tr("no answer in %1 s — check host, port and firewall.").arg(PingTimeoutMs / 1000));
        });
        if (m_state.sipSwitch)
            connect(m_state.sipSwitch, &Switch::gatewayPinged, this, &GatewayStep::pinged);
    }

    bool validatePage() override
    {
        if (skipped())
            return true;
        if (!save())
            return false;
        if (!m_state.pinged && m_pending == 0)
            ping(); // the answer reaches the checklist
        return true;
    }

private:
    void layOutPage()
    {
        auto* form = new QFormLayout;
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Host:"), m_host);
        form->addRow(tr("&Port:"), m_port);
        form->addRow(
            tr("&User name:"),
            withHint(m_username,
                     tr("The carrier's digest credentials; empty if it knows you by your address.")));
        form->addRow(tr("Pass&word:"), m_password);
        form->addRow(
            tr("&Trusted sources:"),
            withHint(m_trusted, tr("Addresses allowed to send DID calls and SMS, separated by commas.")));
        form->addRow(QString(), m_routeAll);
        auto* testRow = new QHBoxLayout;
        testRow->addWidget(m_test);
        testRow->addStretch(1);
        QVBoxLayout* layout = layOut(form);
        layout->addLayout(testRow);
        layout->addWidget(m_result);
        finishLayOut(layout);
    }

    network::GatewayInput input() const
    {
        network::GatewayInput in;
        in.name = m_name->text();
        in.host = m_host->text();
        in.port = m_port->text();
        in.username = m_username->text();
        in.password = m_password->text();
        in.trustedSources = m_trusted->text();
        return in;
    }

    // Adds the gateway (and its route), or changes the one added before;
    // false with the problems shown when something is wrong.
    bool save()
    {
        const network::GatewayInput in = input();
        if (m_state.gatewayId != 0 && in == m_saved && m_routeAll->isChecked() == m_savedRoute) {
            showProblems(m_problems, {});
            return true;
        }
        return trySave([&] {
            store::Database::Transaction transaction(m_state.db);
            network::GatewayService gateways(m_state.db, m_state.clock);
            const store::Gateway g = m_state.gatewayId ? gateways.update(m_state.gatewayId, in, ConsoleActor)
                                                       : gateways.add(in, ConsoleActor);
            if (m_routeAll->isChecked())
                addRouteForAll(g);
            transaction.commit();
            m_state.gatewayId = g.id;
            m_saved = in;
            m_savedRoute = m_routeAll->isChecked();
            m_state.pinged = false;
            m_state.reachable = false;
            return true;
        });
    }

    void addRouteForAll(const store::Gateway& g)
    {
        for (const store::Route& r : store::GatewayRepository(m_state.db, m_state.clock).routes())
            if (r.gatewayId == g.id && r.prefix.isEmpty())
                return;
        network::RouteInput route;
        route.gatewayId = g.id;
        network::RouteService(m_state.db, m_state.clock).add(route, ConsoleActor);
    }

    void ping()
    {
        Switch* sipSwitch = m_state.sipSwitch;
        if (!sipSwitch || !sipSwitch->isRunning()) {
            m_state.pinged = false;
            m_state.reachable = false;
            m_state.pingText =
                tr("the switch is not running; start it, then use Test reachability on the Gateways page.");
            m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_result->setText(tr("Could not check: %1").arg(m_state.pingText));
            m_state.notify();
            return;
        }
        m_pending = m_state.gatewayId;
        m_result->setStyleSheet(QString());
        m_result->setText(
            tr("Sending OPTIONS to %1:%2…").arg(m_host->text().trimmed(), m_port->text().trimmed()));
        m_timeout.start();
        sipSwitch->pingGateway(m_pending);
    }

    void pinged(qint64 gatewayId, int status, const QString& phrase, qint64 elapsedMs)
    {
        // Pings sent by someone else, or answered too late, are not ours.
        if (m_pending == 0 || gatewayId != m_pending)
            return;
        m_pending = 0;
        m_timeout.stop();
        // Sofia answers for a silent peer (503 on ICMP unreachable, 408), so
        // only 2xx shows the carrier itself answered.
        if (status >= 200 && status < 300)
            showPing(true, tr("answered %1 %2 in %3 ms.").arg(status).arg(phrase).arg(elapsedMs));
        else
            showPing(false, tr("answered %1 %2 after %3 ms — check host, port and firewall.")
                                .arg(status)
                                .arg(phrase)
                                .arg(elapsedMs));
    }

    void showPing(bool reachable, const QString& text)
    {
        m_state.pinged = true;
        m_state.reachable = reachable;
        m_state.pingText = text;
        m_result->setStyleSheet(reachable ? QStringLiteral("color: #1a7f37;")
                                          : QStringLiteral("color: #b3261e;"));
        m_result->setText(tr("%1: %2").arg(m_saved.name.trimmed(), text));
        m_state.notify();
    }

    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_trusted = nullptr;
    QCheckBox* m_routeAll = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QTimer m_timeout;
    qint64 m_pending = 0; // the gateway an OPTIONS is out to
    QString m_trustedFromHost;
    network::GatewayInput m_saved;
    bool m_savedRoute = false;
};

// --- The buy sheet and the sell plan -----------------------------------------

class RatesStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit RatesStep(SetupWizard::State& state)
        : Step(state, QStringLiteral("ratesProblems"))
    {
        setTitle(tr("Buy sheet and sell plan"));
        setSubTitle(tr("Import the carrier's rate sheet as its buy table; your sell plan is made from it "
                       "with a markup."));
        addSkip(tr("Skip: import rates later on the Rates page"), QStringLiteral("skipRates"));
        m_file = field(new QLineEdit, QStringLiteral("buySheet"));
        m_file->setPlaceholderText(tr("the carrier's CSV rate sheet"));
        auto* browse = named(new QPushButton(tr("&Browse…")), QStringLiteral("browseBuySheet"));
        m_buyName = field(new QLineEdit, QStringLiteral("buyTableName"));
        m_sellName = field(new QLineEdit(tr("Retail")), QStringLiteral("sellPlanName"));
        m_percent = field(new QDoubleSpinBox, QStringLiteral("markupPercent"), "value");
        m_percent->setRange(0, 1000);
        m_percent->setDecimals(2);
        m_percent->setValue(40);
        m_percent->setSuffix(tr(" %"));
        m_lines = named(new QPlainTextEdit, QStringLiteral("ratesLineErrors"));
        m_lines->setReadOnly(true);
        m_lines->setMaximumHeight(110);
        m_lines->hide();

        auto* fileRow = new QHBoxLayout;
        fileRow->setContentsMargins(0, 0, 0, 0);
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(browse);
        auto* fileBox = new QWidget;
        fileBox->setLayout(fileRow);
        auto* form = new QFormLayout;
        form->addRow(tr("Rate &sheet:"),
                     withHint(fileBox, tr("Comma, semicolon or tab separated, as carriers send them. A sheet "
                                          "with a bad line imports nothing.")));
        form->addRow(tr("&Buy table:"), m_buyName);
        form->addRow(tr("Se&ll plan:"), m_sellName);
        form->addRow(
            tr("&Markup:"),
            withHint(
                m_percent,
                tr("Added to every buy rate; sell rates are rounded up to 0.001 and never below cost.")));
        finishLayOut(layOut(form), {m_lines});
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = dialogs::openFileName(this, tr("Carrier rate sheet"),
                                                       tr("Rate sheets (*.csv *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_file->setText(path);
        });
        skipTurnsOff({fileBox, m_buyName, m_sellName, m_percent});
    }

    void initializePage() override
    {
        if (!m_buyName->text().isEmpty())
            return;
        const auto g = store::GatewayRepository(m_state.db, m_state.clock).findGateway(m_state.gatewayId);
        m_buyName->setText(g ? g->name : tr("Carrier"));
    }

    bool validatePage() override
    {
        m_lines->hide();
        if (skipped())
            return true;
        QFile file(m_file->text().trimmed());
        if (m_file->text().trimmed().isEmpty() || !file.open(QIODevice::ReadOnly)) {
            showProblems(m_problems,
                         {m_file->text().trimmed().isEmpty()
                              ? tr("Choose the carrier's rate sheet, or skip this page.")
                              : tr("Cannot read %1: %2").arg(m_file->text().trimmed(), file.errorString())});
            return false;
        }
        return importAndMarkUp(file.readAll(), QFileInfo(file).fileName());
    }

private:
    // The sheet, its attachment to the gateway and the sell plan: all or nothing.
    bool importAndMarkUp(const QByteArray& sheet, const QString& fileName)
    {
        // Importing into a table that exists replaces its rates, and the
        // markup replaces a sell plan's: never without asking.
        QStringList existing;
        for (const QString& name : {m_buyName->text().trimmed(), m_sellName->text().trimmed()})
            if (store::RateRepository(m_state.db, m_state.clock).findTableByName(name))
                existing << name;
        if (!existing.isEmpty() &&
            !dialogs::confirm(
                this, tr("Replace rate tables?"),
                tr("There are already rate tables called %1. Their rates are replaced by this sheet and the "
                   "markup; subscribers on them are billed by the new rates at once.")
                    .arg(existing.join(QStringLiteral(", "))))) {
            showProblems(m_problems, {tr("Give new names to keep the rate tables there are.")});
            return false;
        }
        return trySave([&] {
            store::Database::Transaction transaction(m_state.db);
            billing::RateService rates(m_state.db, m_state.clock);
            const auto imported =
                rates.importCsv(m_buyName->text(), store::RateTableKind::Buy, QString(), sheet, ConsoleActor);
            if (!imported.ok()) {
                showLineErrors(fileName, imported.errors);
                return false;
            }
            store::GatewayRepository gateways(m_state.db, m_state.clock);
            if (auto g = gateways.findGateway(m_state.gatewayId); g && g->buyTableId != imported.tableId) {
                network::GatewayInput input = network::GatewayInput::from(*g);
                input.buyTableId = imported.tableId;
                network::GatewayService(m_state.db, m_state.clock).update(g->id, input, ConsoleActor);
            }
            billing::MarkupRule rule;
            rule.percentBasisPoints = qRound64(m_percent->value() * 100); // 1 % = 100 basis points
            rates.markup(imported.tableId, m_sellName->text(), rule, ConsoleActor);
            transaction.commit();
            return true;
        });
    }

    void showLineErrors(const QString& fileName, const QList<core::CsvIssue>& issues)
    {
        showProblems(m_problems,
                     {tr("Problems found in %1: %2; nothing was imported. Fix the file and try again.")
                          .arg(fileName)
                          .arg(issues.size())});
        QStringList lines;
        for (const core::CsvIssue& issue : issues)
            lines << issue.message;
        m_lines->setPlainText(lines.join(QLatin1Char('\n')));
        m_lines->show();
    }

    QLineEdit* m_file = nullptr;
    QLineEdit* m_buyName = nullptr;
    QLineEdit* m_sellName = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    QPlainTextEdit* m_lines = nullptr;
};

// --- A first DID -------------------------------------------------------------

class DidStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit DidStep(SetupWizard::State& state)
        : Step(state, QStringLiteral("didProblems"))
    {
        setTitle(tr("A first DID"));
        setSubTitle(tr("A number subscribers ring to be called back: the call is refused (so it costs them "
                       "nothing) and the switch calls them back."));
        addSkip(tr("Skip: add DIDs later on the DIDs page"), QStringLiteral("skipDid"));
        m_number = field(new QLineEdit, QStringLiteral("didNumber"));
        m_number->setPlaceholderText(tr("+1 212 555 0101"));
        m_subscriber = field(new QComboBox, QStringLiteral("didSubscriber"));
        auto* form = new QFormLayout;
        form->addRow(
            tr("&Number:"),
            withHint(m_number,
                     tr("In international form: country code and number, as the carrier delivers it.")));
        form->addRow(tr("&Subscriber:"),
                     withHint(m_subscriber, tr("Whose DID it is; a DID without one is answered 404 until it "
                                               "gets one on the DIDs page.")));
        finishLayOut(layOut(form));
        skipTurnsOff({m_number, m_subscriber});
    }

    void initializePage() override
    {
        const QVariant chosen = m_subscriber->currentData();
        m_subscriber->clear();
        m_subscriber->addItem(tr("(none yet)"), QVariant());
        m_accounts = store::AccountRepository(m_state.db, m_state.clock).list();
        for (const store::Account& a : std::as_const(m_accounts))
            m_subscriber->addItem(QStringLiteral("%1 – %2").arg(a.accountCode, a.name), qlonglong(a.id));
        m_subscriber->setCurrentIndex(std::max(0, m_subscriber->findData(chosen)));
    }

    bool validatePage() override
    {
        if (skipped())
            return true;
        return trySave([this] {
            const std::optional<store::Did> existing =
                m_saved.isEmpty() ? std::nullopt // when Back was pressed
                                  : store::GatewayRepository(m_state.db, m_state.clock).findDid(m_saved);
            network::DidInput input;
            input.number = m_number->text();
            if (m_subscriber->currentData().isValid())
                input.accountId = m_subscriber->currentData().toLongLong();
            network::DidService dids(m_state.db, m_state.clock);
            m_saved =
                (existing ? dids.update(existing->id, input, ConsoleActor) : dids.add(input, ConsoleActor))
                    .number;
            return true;
        });
    }

private:
    QLineEdit* m_number = nullptr;
    QComboBox* m_subscriber = nullptr;
    QList<store::Account> m_accounts;
    QString m_saved; // the number saved by this page
};

// --- What works and what is left
// -------------------------------------------------

class ChecklistStep : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(rebound::console::SetupWizard)

public:
    explicit ChecklistStep(SetupWizard::State& state)
        : m_state(state)
    {
        setTitle(tr("What works, and what is left"));
        setSubTitle(
            tr("Every page you went through is saved. The assistant can be run again from the Help menu."));
        m_list = named(new QLabel, QStringLiteral("checklist"));
        m_list->setWordWrap(true);
        m_list->setTextFormat(Qt::RichText);
        m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_list);
        layout->addStretch(1);
        m_state.changed = [this] {
            if (isVisible() || !m_lines.isEmpty())
                refresh();
        };
    }

    void initializePage() override { refresh(); }

    QString text() const { return m_lines.join(QLatin1Char('\n')); }

    void refresh()
    {
        m_lines.clear();
        try {
            const store::SettingsRepository settings(m_state.db);
            add(m_state.settingsSaved, tr("Settings saved: %1, %2, home country code +%3.")
                                           .arg(settings.text(QStringLiteral("reseller.name")),
                                                settings.currency(), settings.dialPlan().countryCode));
            addSwitch(settings);
            addGateway();
            addRates();
            addDidsAndSubscribers();
            addPortal(settings);
            if (settings.hasDemoData())
                add(false, tr("This database still holds the demo data. To start clean: rebound --no-demo "
                              "--db NEWFILE"));
        } catch (const store::StoreError& error) {
            add(false, error.message());
        }
        QStringList html;
        for (const QString& line : std::as_const(m_lines))
            html << QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                        .arg(line.startsWith(Tick) ? QStringLiteral("#1a7f37") : QStringLiteral("#b3261e"),
                             line.left(1), line.mid(2).toHtmlEscaped());
        m_list->setText(
            QStringLiteral("<p style=\"line-height:150%\">%1</p>").arg(html.join(QStringLiteral("<br>"))));
    }

private:
    void add(bool ok, const QString& text) { m_lines << (ok ? Tick : Cross) + QLatin1Char(' ') + text; }

    void addSwitch(const store::SettingsRepository& settings)
    {
        Switch* sipSwitch = m_state.sipSwitch;
        const QString configured = settings.text(QStringLiteral("sip.listen"));
        if (!sipSwitch)
            add(false,
                tr("No switch runs in this console; start one (rebound-switch serve) to take calls on %1.")
                    .arg(configured));
        else if (sipSwitch->state() == Switch::State::Running)
            add(true, tr("The switch is listening on %1.")
                          .arg(m_state.listening.isEmpty() ? configured : m_state.listening));
        else if (sipSwitch->state() == Switch::State::Failed)
            add(false, tr("The switch could not start on %1: %2").arg(configured, sipSwitch->failure()));
        else if (sipSwitch->state() == Switch::State::Stopped)
            add(false, tr("The switch is stopped; start it to take calls on %1.").arg(configured));
        else
            add(false, tr("The switch is starting on %1…").arg(configured));
    }

    void addGateway()
    {
        const store::GatewayRepository repo(m_state.db, m_state.clock);
        const auto g = repo.findGateway(m_state.gatewayId);
        if (g && m_state.pinged)
            add(m_state.reachable,
                tr("Gateway %1 (%2): %3").arg(g->name, GatewaysModel::address(*g), m_state.pingText));
        else if (g)
            add(false,
                tr("Gateway %1 (%2) was not checked: %3")
                    .arg(g->name, GatewaysModel::address(*g),
                         m_state.pingText.isEmpty() ? tr("waiting for its answer…") : m_state.pingText));
        else if (repo.gateways().isEmpty())
            add(false, tr("No carrier gateway yet: add one on the Gateways page."));
        else
            add(true, tr("Gateways: %1 (use Test reachability on the Gateways page).")
                          .arg(gatewayNames(repo.gateways())));
        if (repo.routes().isEmpty())
            add(false, tr("No routes: add one on the Gateways page so calls can go out."));
    }

    static QString gatewayNames(const QList<store::Gateway>& gateways)
    {
        QStringList names;
        for (const store::Gateway& g : gateways)
            names << g.name;
        return names.join(QStringLiteral(", "));
    }

    void addRates()
    {
        const QList<store::RateTable> tables = store::RateRepository(m_state.db, m_state.clock).tables();
        const QList<store::Gateway> gateways = store::GatewayRepository(m_state.db, m_state.clock).gateways();
        QStringList buy;
        QStringList sell;
        for (const store::RateTable& t : tables) {
            const bool attached = std::any_of(gateways.cbegin(), gateways.cend(),
                                              [&](const store::Gateway& g) { return g.buyTableId == t.id; });
            if (t.kind == store::RateTableKind::Buy && attached && t.rateCount > 0)
                buy << tr("%1 (%2 rates)").arg(t.name).arg(t.rateCount);
            if (t.kind == store::RateTableKind::Sell && t.rateCount > 0)
                sell << tr("%1 (%2 rates)").arg(t.name).arg(t.rateCount);
        }
        if (buy.isEmpty())
            add(false, tr("No gateway has a buy table: import the carrier's sheet on the Rates page and "
                          "choose it in the gateway, or costs are unknown."));
        else
            add(true, tr("Buy table: %1.").arg(buy.join(QStringLiteral(", "))));
        if (sell.isEmpty())
            add(false, tr("No sell plan: make one with the markup tool on the Rates page."));
        else
            add(true, tr("Sell plan: %1.").arg(sell.join(QStringLiteral(", "))));
    }

    void addDidsAndSubscribers()
    {
        const QList<store::Did> dids = store::GatewayRepository(m_state.db, m_state.clock).dids();
        if (dids.isEmpty())
            add(false, tr("No DID yet: add one on the DIDs page."));
        else
            add(true, dids.size() == 1
                          ? tr("DID: +%1.").arg(dids.first().number)
                          : tr("DIDs: +%1 and %2 more.").arg(dids.first().number).arg(dids.size() - 1));
        const QList<store::Account> accounts = store::AccountRepository(m_state.db, m_state.clock).list();
        if (accounts.isEmpty())
            add(false, tr("No subscriber yet: add your first subscriber on the Subscribers page."));
        else
            add(true, tr("Subscribers: %1.").arg(accounts.size()));
    }

    void addPortal(const store::SettingsRepository& settings)
    {
        const QString listen = settings.text(QStringLiteral("web.listen"));
        if (listen == QLatin1String("off"))
            add(false,
                tr("The subscriber portal is off (Portal address on the SIP page, or the Settings page)."));
        else if (!m_state.portalUrl.isEmpty())
            add(true, tr("The subscriber portal is at %1").arg(m_state.portalUrl));
        else
            add(true, tr("The subscriber portal will be at %1://%2 when the switch runs.")
                          .arg(settings.text(QStringLiteral("web.tls_certificate")).isEmpty()
                                   ? QStringLiteral("http")
                                   : QStringLiteral("https"),
                               listen));
    }

    SetupWizard::State& m_state;
    QLabel* m_list = nullptr;
    QStringList m_lines;
};

} // namespace

SetupWizard::SetupWizard(const store::Database& db, const core::Clock& clock, Switch* sipSwitch,
                         QWidget* parent)
    : QWizard(parent)
    , m_state(std::make_unique<State>(db, clock, sipSwitch))
{
    setWindowTitle(tr("Set-up assistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(BusinessPage, new console::BusinessStep(*m_state));
    setPage(SipPage, new console::SipStep(*m_state));
    setPage(GatewayPage, new console::GatewayStep(*m_state));
    setPage(RatesPage, new console::RatesStep(*m_state));
    setPage(DidPage, new console::DidStep(*m_state));
    setPage(ChecklistPage, new console::ChecklistStep(*m_state));
    setMinimumSize(680, 560);
    if (sipSwitch) {
        connect(sipSwitch, &Switch::started, this, [this](const QString& listening) {
            m_state->listening = listening;
            m_state->notify();
        });
        connect(sipSwitch, &Switch::webStarted, this, [this](const QString& url) {
            m_state->portalUrl = url;
            m_state->notify();
        });
        connect(sipSwitch, &Switch::failed, this, [this] { m_state->notify(); });
    }
}

SetupWizard::~SetupWizard()
{
    m_state->changed = nullptr; // the pages go before the state
}

QString SetupWizard::checklistText() const
{
    return static_cast<const console::ChecklistStep*>(page(ChecklistPage))->text();
}

} // namespace rebound::console
