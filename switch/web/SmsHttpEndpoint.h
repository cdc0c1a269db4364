#pragma once

#include "web/HttpTrigger.h"

#include <QCoreApplication>

namespace rebound::web {

// /sms: the SMS trigger for HTTP SMS gateways, which forward a subscriber's
// text as a GET or a form POST. The text is understood and acted on by
// SmsTrigger, exactly as over SIP MESSAGE, and the reply text is the response
// body (text/plain) for the gateway to send back.
//
// Fields, from the form body or the query string (the first present wins):
//   sender: from, sender, msisdn, originator, phone
//   text:   text, message, body, msg, content
//   secret: the X-Rebound-Secret header, else the `secret` field
// The endpoint is off (403) until `rebound-switch sms-http secret` stores the
// secret's digest in the setting sms.http_secret. Each source address may
// send sms.http_rate_per_second requests a second (bursts of sms.http_burst);
// the limits are read when the endpoint is created.
class SmsHttpEndpoint : public HttpTrigger
{
    Q_DECLARE_TR_FUNCTIONS(SmsHttpEndpoint)

public:
    SmsHttpEndpoint(const store::Database& db, const core::Clock& clock);

    std::optional<HttpReply> handle(const HttpRequest& request) override;

    static constexpr int MaxSenderLength = 32;
    static constexpr int MaxTextLength = 480; // three SMS segments
    static const QString SecretSetting;       // "sms.http_secret"
    static const QString SecretPrefix;        // "rbs_"
};

} // namespace rebound::web
