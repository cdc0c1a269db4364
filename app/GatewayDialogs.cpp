#include "GatewayDialogs.h"

#include "GatewayModels.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHostAddress>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace rebound::console {

namespace {
const QString NameField = QStringLiteral("name");
const QString HostField = QStringLiteral("host");
const QString PortField = QStringLiteral("port");
const QString AddPrefixField = QStringLiteral("addPrefix");
const QString CallerIdField = QStringLiteral("callerId");
const QString TrustedField = QStringLiteral("trustedSources");
const QString PrefixField = QStringLiteral("prefix");
const QString GatewayField = QStringLiteral("gateway");

QString withoutBrackets(const QString& host)
{
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        return h.mid(1, h.size() - 2);
    return h;
}

bool isDigits(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    return digits.match(text).hasMatch();
}
} // namespace

QString GatewayDialog::validateHost(const QString& host)
{
    const QString h = withoutBrackets(host);
    if (h.isEmpty())
        return tr("Enter the gateway's host name or IP address.");
    if (!QHostAddress(h).isNull())
        return {};
    static const QRegularExpression dotted(QStringLiteral("^[0-9.]+$"));
    if (dotted.match(h).hasMatch())
        return tr("'%1' is not a valid IPv4 address.").arg(h);
    // RFC 1123 labels: letters, digits and inner hyphens, separated by dots.
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]"
                       "{0,61}[A-Za-z0-9])?)*$"));
    if (!name.match(h).hasMatch())
        return tr("'%1' is not a host name or IP address (like sip.carrier.example or 203.0.113.7).").arg(h);
    return {};
}

QString GatewayDialog::parseTrustedSources(const QString& text, QStringList* sources)
{
    QStringList result;
    const QStringList entries = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries[i].trimmed();
        if (entry.isEmpty())
            continue;
        bool ok = false;
        if (entry.contains(QLatin1Char('/')))
            ok = !QHostAddress::parseSubnet(entry).first.isNull();
        else
            ok = !QHostAddress(entry).isNull();
        if (!ok)
            return tr("Entry %1, '%2', is neither an IP address nor a subnet; write them like 203.0.113.7 "
                      "or 198.51.100.0/24, separated by commas.")
                .arg(i + 1)
                .arg(entry);
        if (!result.contains(entry))
            result << entry;
    }
    *sources = result;
    return {};
}

GatewayDialog::GatewayDialog(std::optional<store::Gateway> existing, QList<store::Gateway> allGateways,
                             const QList<store::RateTable>& buyTables, SaveHandler save, QWidget* parent)
    : FormDialog(parent)
    , m_existing(std::move(existing))
    , m_allGateways(std::move(allGateways))
    , m_save(std::move(save))
{
    setWindowTitle(m_existing ? tr("Edit gateway %1").arg(m_existing->name) : tr("New gateway"));
    setMinimumWidth(500);

    m_name = new QLineEdit;
    addRow(tr("&Name:"), m_name, NameField);
    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("sip.carrier.example or 203.0.113.7"));
    addRow(tr("&Host:"), m_host, HostField);
    m_port = new QLineEdit;
    m_port->setMaximumWidth(100);
    addRow(tr("&Port:"), m_port, PortField);
    m_transport = new QComboBox;
    for (const char* t : {"udp", "tcp", "tls"})
        m_transport->addItem(QString::fromLatin1(t).toUpper(), QString::fromLatin1(t));
    addRow(tr("&Transport:"), m_transport, QStringLiteral("transport"));
    m_username = new QLineEdit;
    addRow(tr("&User name:"), m_username, QStringLiteral("username"),
           tr("Digest credentials for calls sent to this gateway; empty if it needs none."));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    addRow(tr("Pass&word:"), m_password, QStringLiteral("password"),
           m_existing ? tr("Leave empty to keep the current password.") : QString());
    m_realm = new QLineEdit;
    addRow(tr("&Realm:"), m_realm, QStringLiteral("realm"));
    m_stripDigits = new QSpinBox;
    m_stripDigits->setRange(0, 15);
    addRow(tr("&Strip digits:"), m_stripDigits, QStringLiteral("stripDigits"),
           tr("Leading digits removed from the number before it is sent."));
    m_addPrefix = new QLineEdit;
    addRow(tr("&Add prefix:"), m_addPrefix, AddPrefixField,
           tr("Digits put in front of the number after stripping."));
    m_callerId = new QLineEdit;
    addRow(tr("&Caller ID:"), m_callerId, CallerIdField, tr("Number presented on calls; empty for none."));
    m_buyTable = new QComboBox;
    m_buyTable->addItem(tr("(none: cost unknown)"), QVariant());
    for (const store::RateTable& t : buyTables)
        if (t.kind == store::RateTableKind::Buy)
            m_buyTable->addItem(t.name, qlonglong(t.id));
    addRow(tr("&Buy table:"), m_buyTable, QStringLiteral("buyTable"), tr("What this gateway charges."));
    m_maxCalls = new QSpinBox;
    m_maxCalls->setRange(0, 100000);
    m_maxCalls->setSpecialValueText(tr("no limit"));
    addRow(tr("&Max calls:"), m_maxCalls, QStringLiteral("maxCalls"));
    m_trustedSources = new QLineEdit;
    m_trustedSources->setPlaceholderText(tr("203.0.113.7, 198.51.100.0/24"));
    addRow(tr("&Trusted sources:"), m_trustedSources, TrustedField,
           tr("Addresses and subnets allowed to send DID calls and SMS, separated by commas."));
    m_sms = new QCheckBox(tr("Accept SMS (SIP MESSAGE) triggers from this gateway"));
    addRow(QString(), m_sms, QStringLiteral("smsGateway"));
    m_enabled = new QCheckBox(tr("Enabled"));
    addRow(QString(), m_enabled, QStringLiteral("enabled"));
    addButtons(m_existing ? tr("Save") : tr("Add gateway"));

    const store::Gateway initial = m_existing ? *m_existing : store::Gateway();
    m_name->setText(initial.name);
    m_host->setText(initial.host);
    m_port->setText(QString::number(initial.port));
    m_transport->setCurrentIndex(std::max(0, m_transport->findData(initial.transport)));
    m_username->setText(initial.username);
    m_realm->setText(initial.realm);
    m_stripDigits->setValue(initial.stripDigits);
    m_addPrefix->setText(initial.addPrefix);
    m_callerId->setText(initial.callerId);
    if (initial.buyTableId)
        m_buyTable->setCurrentIndex(std::max(0, m_buyTable->findData(qlonglong(*initial.buyTableId))));
    m_maxCalls->setValue(initial.maxCalls);
    m_trustedSources->setText(initial.trustedSources.join(QStringLiteral(", ")));
    m_sms->setChecked(initial.isSmsGateway);
    m_enabled->setChecked(initial.enabled);
}

void GatewayDialog::accept()
{
    clearErrors();
    GatewayInput input;
    input.name = m_name->text();
    input.host = m_host->text();
    input.port = m_port->text();
    input.transport = m_transport->currentData().toString();
    input.username = m_username->text();
    input.password = m_password->text();
    input.realm = m_realm->text();
    input.stripDigits = m_stripDigits->value();
    input.addPrefix = m_addPrefix->text();
    input.callerId = m_callerId->text();
    input.buyTableId = m_buyTable->currentData().isValid()
                           ? std::optional<std::int64_t>(m_buyTable->currentData().toLongLong())
                           : std::nullopt;
    input.maxCalls = m_maxCalls->value();
    input.trustedSources = m_trustedSources->text();
    input.smsGateway = m_sms->isChecked();
    input.enabled = m_enabled->isChecked();
    store::Gateway g;
    setFieldErrors(GatewayEdits::check(input, m_existing, m_allGateways, &g));
    if (!hasErrors()) {
        try {
            m_save(g);
        } catch (const store::StoreError& error) {
            setGeneralError(error.message());
        }
    }
    if (hasErrors())
        return showErrors();
    QDialog::accept();
}

QString GatewayEdits::describe(const store::Gateway& g)
{
    return QStringLiteral("%1 trusted=[%2] sms=%3 enabled=%4 max_calls=%5")
        .arg(GatewaysModel::address(g), g.trustedSources.join(QLatin1Char(',')))
        .arg(g.isSmsGateway ? 1 : 0)
        .arg(g.enabled ? 1 : 0)
        .arg(g.maxCalls);
}

FieldProblems GatewayEdits::check(const GatewayInput& input, const std::optional<store::Gateway>& existing,
                                  const QList<store::Gateway>& allGateways, store::Gateway* gateway)
{
    FieldProblems problems;
    store::Gateway g = existing ? *existing : store::Gateway();

    g.name = input.name.trimmed();
    if (g.name.isEmpty())
        problems.append({NameField, tr("Enter a name, e.g. the carrier's.")});
    for (const store::Gateway& other : allGateways)
        if (other.name.compare(g.name, Qt::CaseInsensitive) == 0 && (!existing || other.id != existing->id))
            problems.append({NameField, tr("There is already a gateway named %1.").arg(other.name)});

    const QString hostError = GatewayDialog::validateHost(input.host);
    if (!hostError.isEmpty())
        problems.append({HostField, hostError});
    g.host = withoutBrackets(input.host);

    bool portOk = false;
    g.port = input.port.trimmed().toInt(&portOk);
    if (!portOk || g.port < 1 || g.port > 65535)
        problems.append(
            {PortField, tr("The port must be a number from 1 to 65535 (SIP uses 5060, TLS 5061).")});

    g.transport = input.transport;
    g.username = input.username.trimmed();
    if (!input.password.isEmpty() || !existing)
        g.password = input.password;
    g.realm = input.realm.trimmed();
    g.stripDigits = input.stripDigits;

    g.addPrefix = input.addPrefix.trimmed();
    // Digits only, as rebound-switch gateways --add-prefix accepts.
    if (!isDigits(g.addPrefix))
        problems.append({AddPrefixField, tr("The prefix may contain only digits.")});

    g.callerId = input.callerId.trimmed();
    QString callerDigits = g.callerId;
    callerDigits.remove(QRegularExpression(QStringLiteral("[\\s\\-().]")));
    if (callerDigits.startsWith(QLatin1Char('+')))
        callerDigits.remove(0, 1);
    if (!isDigits(callerDigits) || callerDigits.size() > 15)
        problems.append({CallerIdField, tr("Write the caller ID as a phone number, e.g. +12125550100.")});
    else
        g.callerId = callerDigits;

    g.buyTableId = input.buyTableId;
    g.maxCalls = input.maxCalls;
    const QString trustedError = GatewayDialog::parseTrustedSources(input.trustedSources, &g.trustedSources);
    if (!trustedError.isEmpty())
        problems.append({TrustedField, trustedError});
    g.isSmsGateway = input.smsGateway;
    g.enabled = input.enabled;
    *gateway = g;
    return problems;
}

std::int64_t GatewayEdits::add(const store::Database& db, const core::Clock& clock, const store::Gateway& g,
                               const QString& actor)
{
    store::Database::Transaction transaction(db);
    const std::int64_t id = store::GatewayRepository(db, clock).insertGateway(g);
    store::AuditLog(db, clock).record(actor, QStringLiteral("gateway.add"), QStringLiteral("gateway"), g.name,
                                      describe(g));
    transaction.commit();
    return id;
}

void GatewayEdits::update(const store::Database& db, const core::Clock& clock, const store::Gateway& g,
                          const store::Gateway& before, const QString& actor)
{
    store::Database::Transaction transaction(db);
    store::GatewayRepository(db, clock).updateGateway(g);
    QString details = describe(g);
    if (g.password != before.password)
        details += QStringLiteral(" password changed");
    store::AuditLog(db, clock).record(actor, QStringLiteral("gateway.update"), QStringLiteral("gateway"),
                                      g.name, details);
    transaction.commit();
}

std::int64_t GatewayEdits::addRoute(const store::Database& db, const core::Clock& clock,
                                    const store::Route& r, const QString& actor)
{
    store::Database::Transaction transaction(db);
    const std::int64_t id = store::GatewayRepository(db, clock).insertRoute(r);
    store::AuditLog(db, clock).record(actor, QStringLiteral("route.add"), QStringLiteral("route"),
                                      QString::number(id),
                                      QStringLiteral("prefix '%1' -> %2 priority %3 enabled=%4")
                                          .arg(r.prefix, r.gatewayName)
                                          .arg(r.priority)
                                          .arg(r.enabled ? 1 : 0));
    transaction.commit();
    return id;
}

RouteDialog::RouteDialog(const QList<store::Gateway>& gateways,
                         std::optional<std::int64_t> preselectedGateway, SaveHandler save, QWidget* parent)
    : FormDialog(parent)
    , m_save(std::move(save))
{
    setWindowTitle(tr("New route"));
    setMinimumWidth(400);
    m_prefix = new QLineEdit;
    m_prefix->setPlaceholderText(tr("e.g. 44 for the United Kingdom"));
    addRow(tr("&Prefix:"), m_prefix, PrefixField,
           tr("E.164 digits the number starts with; empty for every number."));
    m_gateway = new QComboBox;
    for (const store::Gateway& g : gateways)
        m_gateway->addItem(g.name, qlonglong(g.id));
    if (preselectedGateway)
        m_gateway->setCurrentIndex(std::max(0, m_gateway->findData(qlonglong(*preselectedGateway))));
    addRow(tr("&Gateway:"), m_gateway, GatewayField);
    m_priority = new QSpinBox;
    m_priority->setRange(0, 10000);
    m_priority->setValue(store::Route().priority);
    addRow(tr("P&riority:"), m_priority, QStringLiteral("priority"),
           tr("For the same prefix, lower numbers are tried first."));
    m_enabled = new QCheckBox(tr("Enabled"));
    m_enabled->setChecked(true);
    addRow(QString(), m_enabled, QStringLiteral("enabled"));
    addButtons(tr("Add route"));
}

void RouteDialog::accept()
{
    clearErrors();
    store::Route r;
    r.prefix = m_prefix->text().trimmed();
    if (r.prefix.startsWith(QLatin1Char('+')))
        r.prefix.remove(0, 1);
    if (!isDigits(r.prefix) || r.prefix.size() > 15)
        setFieldError(PrefixField, tr("The prefix may contain only digits (at most 15), like 44 or 1212; "
                                      "leave it empty to route every number."));
    if (m_gateway->currentIndex() < 0)
        setFieldError(GatewayField, tr("Add a gateway first."));
    r.gatewayId = m_gateway->currentData().toLongLong();
    r.gatewayName = m_gateway->currentText();
    r.priority = m_priority->value();
    r.enabled = m_enabled->isChecked();
    if (!hasErrors()) {
        try {
            m_save(r);
        } catch (const store::StoreError& error) {
            setGeneralError(error.kind() == store::StoreError::Kind::Duplicate
                                ? tr("%1 already has a route for this prefix.").arg(r.gatewayName)
                                : error.message());
        }
    }
    if (hasErrors())
        return showErrors();
    QDialog::accept();
}

} // namespace rebound::console
