#include "settings/SettingsService.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace rebound::settings {

namespace {
// Thrown inside the transaction so it rolls back.
struct Refused
{
    QList<SettingProblem> problems;
};

bool isPrivateKey(const QByteArray& pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Opaque})
        if (!QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey).isNull())
            return true;
    return pem.contains("PRIVATE KEY-----"); // Ed25519 and others Qt cannot parse itself
}
} // namespace

QMap<QString, QString> SettingsService::stored() const
{
    return store::SettingsRepository(m_db).all();
}

SettingsService::Outcome SettingsService::apply(const Changes& changes, const QString& actor,
                                                bool dryRun) const
{
    Outcome outcome;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (Catalog::isSecret(it.key())) {
            outcome.problems.append(
                {it.key(), it.key() == QLatin1String("sms.http_secret")
                               ? tr("%1 is made by 'rebound-switch sms-http secret'.").arg(it.key())
                               : tr("%1 is created by the switch and cannot be set.").arg(it.key())});
            continue;
        }
        const Setting* setting = Catalog::find(it.key());
        if (!setting) {
            outcome.problems.append(
                {it.key(), tr("There is no setting called %1; 'settings list' shows them.").arg(it.key())});
            continue;
        }
        if (it.value())
            if (const QString problem = Catalog::validate(*setting, *it.value()); !problem.isEmpty())
                outcome.problems.append({it.key(), problem});
    }
    if (!outcome.ok())
        return outcome;

    store::SettingsRepository repository(m_db);
    try {
        store::Database::Transaction tx(m_db);
        const QMap<QString, QString> before = repository.all();
        store::AuditLog audit(m_db, m_clock);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const Setting* setting = Catalog::find(it.key());
            // An empty value of a setting that may be empty is stored, so it
            // overrides a default such as the national prefix "1".
            const bool reset = !it.value() || (it.value()->trimmed().isEmpty() &&
                                               !(setting->optional && !setting->defaultValue.isEmpty()));
            const std::optional<QString> old =
                before.contains(it.key()) ? std::optional<QString>(before.value(it.key())) : std::nullopt;
            const std::optional<QString> now =
                reset ? std::nullopt : std::optional<QString>(it.value()->trimmed());
            if (old == now)
                continue;
            if (now)
                repository.setValue(it.key(), *now);
            else
                repository.remove(it.key());
            outcome.changed << it.key();
            outcome.restartNeeded = outcome.restartNeeded || setting->restart;
            audit.record(actor, now ? QStringLiteral("setting.set") : QStringLiteral("setting.reset"),
                         QStringLiteral("setting"), it.key(), now.value_or(QString()));
        }
        if (const auto problems = checkTogether(changes); !problems.isEmpty())
            throw Refused{problems};
        if (!dryRun)
            tx.commit();
    } catch (const Refused& refused) {
        outcome.problems = refused.problems;
        outcome.changed.clear();
        outcome.restartNeeded = false;
    }
    return outcome;
}

QList<SettingProblem> SettingsService::checkTogether(const Changes& changes) const
{
    const store::SettingsRepository repository(m_db);
    QList<SettingProblem> problems;
    if (const QString problem = repository.dialPlan().validate(); !problem.isEmpty())
        problems.append({QStringLiteral("dialplan.country_code"), problem});
    if (repository.integer(QStringLiteral("media.port_min")) >=
        repository.integer(QStringLiteral("media.port_max")))
        problems.append(
            {QStringLiteral("media.port_max"), tr("The highest RTP port must be above the lowest one.")});
    // The TLS files are read only when one of them changes: the key may be
    // readable by the service's user alone, which must not block the
    // reseller's other changes.
    if (!changes.contains(QStringLiteral("web.tls_certificate")) &&
        !changes.contains(QStringLiteral("web.tls_key")))
        return problems;
    const QString certificate = repository.text(QStringLiteral("web.tls_certificate"));
    const QString key = repository.text(QStringLiteral("web.tls_key"));
    if (certificate.isEmpty() != key.isEmpty()) {
        problems.append(
            {certificate.isEmpty() ? QStringLiteral("web.tls_certificate") : QStringLiteral("web.tls_key"),
             tr("HTTPS needs both the TLS certificate and its key; set both or neither.")});
    } else if (!certificate.isEmpty()) {
        QFile certificateFile(certificate);
        if (!certificateFile.open(QIODevice::ReadOnly) ||
            QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem).isEmpty())
            problems.append(
                {QStringLiteral("web.tls_certificate"), tr("%1 is not a PEM certificate.").arg(certificate)});
        QFile keyFile(key);
        if (!keyFile.open(QIODevice::ReadOnly) || !isPrivateKey(keyFile.readAll()))
            problems.append({QStringLiteral("web.tls_key"), tr("%1 is not a PEM private key.").arg(key)});
    }
    return problems;
}

} // namespace rebound::settings
