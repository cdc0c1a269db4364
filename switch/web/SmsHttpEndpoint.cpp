#include "web/SmsHttpEndpoint.h"

#include "core/SecretToken.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "triggers/SmsTrigger.h"

namespace rebound::web {

const QString SmsHttpEndpoint::SecretSetting = QStringLiteral("sms.http_secret");
const QString SmsHttpEndpoint::SecretPrefix = QStringLiteral("rbs_");

namespace {
const QStringList SenderFields = {QStringLiteral("from"), QStringLiteral("sender"), QStringLiteral("msisdn"),
                                  QStringLiteral("originator"), QStringLiteral("phone")};
const QStringList TextFields = {QStringLiteral("text"), QStringLiteral("message"), QStringLiteral("body"),
                                QStringLiteral("msg"), QStringLiteral("content")};

QString firstField(const HttpRequest& request, const QStringList& names)
{
    for (const QString& name : names)
        if (const QString value = request.field(name).trimmed(); !value.isEmpty())
            return value;
    return {};
}
} // namespace

SmsHttpEndpoint::SmsHttpEndpoint(const store::Database& db, const core::Clock& clock)
    : HttpTrigger(db, clock, QStringLiteral("sms.http_"), 2, 10)
{
}

std::optional<HttpReply> SmsHttpEndpoint::handle(const HttpRequest& request)
{
    if (request.path != QLatin1String("/sms"))
        return std::nullopt;
    if (request.method != "GET" && request.method != "POST")
        return HttpReply::text(tr("Use GET or POST for /sms."), 405).header("Allow", "GET, POST");
    // Before the secret is checked, so guessing it is limited too.
    if (!m_limit.allow(request.source(), m_clock.nowMs()))
        return HttpReply::text(tr("Too many requests from this address; try again shortly."), 429)
            .header("Retry-After", m_limit.retryAfter());

    const QString digest = store::SettingsRepository(m_db).value(SecretSetting);
    if (digest.isEmpty())
        return HttpReply::text(tr("The HTTP SMS gateway endpoint is disabled: the operator enables it with "
                                  "'rebound-switch sms-http secret'."),
                               403);
    QString secret = QString::fromUtf8(request.header("x-rebound-secret"));
    if (secret.isEmpty())
        secret = request.field(QStringLiteral("secret"));
    if (!core::SecretToken::matches(secret, digest)) {
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("sms"), QStringLiteral("sms.http_forbidden"), QStringLiteral("endpoint"),
                    QStringLiteral("/sms"),
                    secret.isEmpty() ? QStringLiteral("no secret") : QStringLiteral("wrong secret"),
                    request.source());
        return HttpReply::text(tr("Wrong or missing secret."), 403);
    }

    const QString sender = firstField(request, SenderFields);
    const QString text = firstField(request, TextFields);
    if (sender.isEmpty())
        return HttpReply::text(
            tr("Missing the sender's number: send it as %1.").arg(SenderFields.join(QStringLiteral(", "))),
            400);
    if (text.isEmpty())
        return HttpReply::text(
            tr("Missing the message text: send it as %1.").arg(TextFields.join(QStringLiteral(", "))), 400);
    if (sender.size() > MaxSenderLength)
        return HttpReply::text(tr("The sender is longer than %1 characters.").arg(MaxSenderLength), 400);
    if (text.size() > MaxTextLength)
        return HttpReply::text(tr("The message is longer than %1 characters.").arg(MaxTextLength), 400);

    return HttpReply::text(triggers::SmsTrigger(m_db, m_clock)
                               .admitInto(m_admitted, m_rates)
                               .handle(sender, text, request.source())
                               .reply);
}

} // namespace rebound::web
