// The HTTP SMS gateway endpoint over real HTTP: secrets, field names, replies,
// bad input and the per-address rate limit.
#include "HandlerClient.h"
#include "HttpTriggerFixture.h"
#include "core/Languages.h"
#include "core/SecretToken.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/SettingsRepository.h"
#include "support/AccountLanguage.h"
#include "web/SmsHttpEndpoint.h"

#include <QLocale>
#include <QTest>

using namespace rebound;

class TestSmsHttpEndpoint : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::HttpTriggerFixture<web::SmsHttpEndpoint>> m_t;
    QString m_secret;

    static QString encoded(const QString& value)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    QString sms(const QString& from, const QString& text)
    {
        const auto r = m_t->client->get(
            QStringLiteral("/sms?from=%1&text=%2&secret=%3").arg(encoded(from), encoded(text), m_secret));
        [&] { QCOMPARE(r.status, 200); }();
        return r.text();
    }
    // A reply text in `language`, checked to be a translation and not the English.
    static QString reply(const char* language, const char* context, const char* source)
    {
        const QString text = core::Languages::translate(QString::fromLatin1(language), context, source);
        [&] {
            QVERIFY2(text != QString::fromUtf8(source),
                     qPrintable(QStringLiteral("no %1 translation of \"%2\"")
                                    .arg(QString::fromLatin1(language), QString::fromUtf8(source))));
        }();
        return text;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::HttpTriggerFixture<web::SmsHttpEndpoint>>(); // 1001: +447700900123, $25
        m_secret = core::SecretToken::generate(web::SmsHttpEndpoint::SecretPrefix);
        store::SettingsRepository(*m_t->db).setValue(web::SmsHttpEndpoint::SecretSetting,
                                                     core::SecretToken::digest(m_secret));
        m_t->start();
    }
    void cleanup() { m_t.reset(); }

    void getWithQueryFieldsRequestsACallback()
    {
        const auto r = m_t->client->get(QStringLiteral("/sms?from=%1&text=%2&secret=%3")
                                            .arg(encoded(QStringLiteral("+447700900123")),
                                                 encoded(QStringLiteral("1001 +12025550147")), m_secret));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        QCOMPARE(r.text(),
                 QStringLiteral("OK: we will call you on +447700900123 and connect you to +12025550147."));
        QCOMPARE(m_t->admittedIds.size(), 1);
        const auto request = store::CallbackRequestRepository(*m_t->db, m_t->clock).find(m_t->admittedIds[0]);
        QVERIFY(request);
        QCOMPARE(store::toString(request->trigger), QStringLiteral("sms"));
        QCOMPARE(request->source, QStringLiteral("web:127.0.0.1"));
        QCOMPARE(request->destination.digits(), QStringLiteral("12025550147"));
    }

    void formPostWithHeaderSecretAndOtherFieldNames()
    {
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"Content-Type", "application/x-www-form-urlencoded"}, {"X-Rebound-Secret", m_secret.toLatin1()}};
        auto r = m_t->client->send("POST", QStringLiteral("/sms"), "msisdn=%2B447700900123&message=BALANCE",
                                   headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.text(), QStringLiteral("Account 1001: balance $25.00."));
        // '+' for spaces, as HTML forms send them; originator/content names.
        r = m_t->client->send("POST", QStringLiteral("/sms"),
                              "originator=447700900123&content=1001+12025550147", headers);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.text().startsWith(QStringLiteral("OK:")), qPrintable(r.text()));
        QCOMPARE(m_t->admittedIds.size(), 1);
        // A refusal is still a reply for the subscriber, not an HTTP error.
        r = m_t->client->send("POST", QStringLiteral("/sms"), "sender=%2B33612345678&text=BALANCE", headers);
        QCOMPARE(r.status, 200);
        QVERIFY(r.text().contains(QStringLiteral("not registered")));
    }

    void repliesAreInTheSubscribersLanguage()
    {
        test::setAccountLanguage(*m_t->db, m_t->clock, QStringLiteral("1001"), QStringLiteral("es"));
        QCOMPARE(sms(QStringLiteral("+447700900123"), QStringLiteral("1001 +12025550147")),
                 reply("es", "SmsTrigger", "OK: we will call you on %1 and connect you to %2.")
                     .arg(QStringLiteral("+447700900123"), QStringLiteral("+12025550147")));
        QCOMPARE(m_t->admittedIds.size(), 1);

        test::setAccountLanguage(*m_t->db, m_t->clock, QStringLiteral("1001"), QStringLiteral("fr"));
        const core::Money balance =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"))->balance;
        const QString french =
            balance.format(store::SettingsRepository(*m_t->db).currency(), QLocale(QStringLiteral("fr")));
        QVERIFY2(french.contains(QStringLiteral("25,00")), qPrintable(french));
        QCOMPARE(sms(QStringLiteral("+447700900123"), QStringLiteral("BALANCE")),
                 reply("fr", "SmsTrigger", "Account %1: balance %2.").arg(QStringLiteral("1001"), french));
        // A text that is not a command is answered in the sender's language too.
        QCOMPARE(sms(QStringLiteral("+447700900123"), QStringLiteral("RECHARGE")),
                 reply("fr", "SmsParser", "Send RECHARGE followed by the PIN printed on the card."));
        // The dial plan's words are in it too.
        QCOMPARE(sms(QStringLiteral("+447700900123"), QStringLiteral("1001 +12025550147 +1202")),
                 reply("fr", "SmsTrigger", "%1: %2")
                     .arg(QStringLiteral("+1202"),
                          core::Languages::translate(QStringLiteral("fr"), "DialPlan",
                                                     "The number is too short (%n digits); an international "
                                                     "number has at least %1.",
                                                     nullptr, 4)
                              .arg(7)));
        // An account language Rebound does not speak: English.
        test::setAccountLanguage(*m_t->db, m_t->clock, QStringLiteral("1001"), QStringLiteral("de"));
        QCOMPARE(sms(QStringLiteral("+447700900123"), QStringLiteral("BALANCE")),
                 QStringLiteral("Account 1001: balance $25.00."));
    }

    void aStrangerIsAnsweredInEnglishWhateverAccountItNames()
    {
        // The reply's language must not tell a stranger that 1001 exists.
        test::setAccountLanguage(*m_t->db, m_t->clock, QStringLiteral("1001"), QStringLiteral("fr"));
        const QString known = sms(QStringLiteral("+33612345678"), QStringLiteral("1001 +12025550147"));
        const QString unknown = sms(QStringLiteral("+33612345679"), QStringLiteral("9999 +12025550147"));
        QCOMPARE(known, unknown);
        QVERIFY2(known.startsWith(QStringLiteral("This phone is not registered to that account")),
                 qPrintable(known));
        QCOMPARE(m_t->requestCount(), 0);
    }

    void wrongOrMissingSecretIsForbiddenAndAudited()
    {
        const QString wrong = core::SecretToken::generate(web::SmsHttpEndpoint::SecretPrefix);
        const QString query =
            QStringLiteral("/sms?from=%2B447700900123&text=") + encoded(QStringLiteral("1001 +12025550147"));
        auto r = m_t->client->get(query + QStringLiteral("&secret=") + wrong);
        QCOMPARE(r.status, 403);
        QVERIFY(r.text().contains(QStringLiteral("secret")));
        r = m_t->client->get(query, {{"X-Rebound-Secret", wrong.toLatin1()}});
        QCOMPARE(r.status, 403);
        r = m_t->client->get(query);
        QCOMPARE(r.status, 403);
        // The stored digest itself is not the secret.
        r = m_t->client->get(
            query + QStringLiteral("&secret=") +
            encoded(store::SettingsRepository(*m_t->db).value(web::SmsHttpEndpoint::SecretSetting)));
        QCOMPARE(r.status, 403);
        QCOMPARE(m_t->requestCount(), 0);
        QVERIFY(m_t->admittedIds.isEmpty());
        const auto audit = store::AuditLog(*m_t->db, m_t->clock).recent();
        int forbidden = 0;
        for (const auto& entry : audit) {
            if (entry.action != QLatin1String("sms.http_forbidden"))
                continue;
            ++forbidden;
            QCOMPARE(entry.source, QStringLiteral("web:127.0.0.1"));
            QVERIFY(!entry.details.contains(wrong));
            QVERIFY(!entry.details.contains(m_secret));
        }
        QCOMPARE(forbidden, 4);
    }

    void disabledWithoutASecret()
    {
        store::SettingsRepository(*m_t->db).setValue(web::SmsHttpEndpoint::SecretSetting, QString());
        const auto r =
            m_t->client->get(QStringLiteral("/sms?from=%2B447700900123&text=BALANCE&secret=") + m_secret);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.text().contains(QStringLiteral("disabled")), qPrintable(r.text()));
        // An empty secret must not match an empty setting either.
        QCOMPARE(m_t->client->get(QStringLiteral("/sms?from=%2B447700900123&text=BALANCE&secret=")).status,
                 403);
    }

    void missingOrOversizedFieldsAreBadRequests()
    {
        const QString secret = QStringLiteral("&secret=") + m_secret;
        auto r = m_t->client->get(QStringLiteral("/sms?text=BALANCE") + secret);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.text().contains(QStringLiteral("sender")), qPrintable(r.text()));
        QVERIFY(r.text().contains(QStringLiteral("msisdn")));
        r = m_t->client->get(QStringLiteral("/sms?from=%2B447700900123&text=%20%20") + secret);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.text().contains(QStringLiteral("message text")), qPrintable(r.text()));
        r = m_t->client->get(QStringLiteral("/sms?from=%2B447700900123&text=1001%20%2B12025550147%20") +
                             QString(web::SmsHttpEndpoint::MaxTextLength, QLatin1Char('x')) + secret);
        QCOMPARE(r.status, 400);
        QVERIFY(r.text().contains(QStringLiteral("longer than 480")));
        r = m_t->client->get(QStringLiteral("/sms?text=BALANCE&from=") + QString(40, QLatin1Char('1')) +
                             secret);
        QCOMPARE(r.status, 400);
        // Bodies over the server's limit never reach the endpoint.
        r = m_t->client->send("POST", QStringLiteral("/sms"), "from=1&text=" + QByteArray(20'000, 'a'),
                              {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 413);
        QCOMPARE(m_t->requestCount(), 0);
    }

    void otherMethodsAndPaths()
    {
        auto r = m_t->client->send("DELETE", QStringLiteral("/sms"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, POST"));
        r = m_t->client->send("PUT", QStringLiteral("/sms"), "x");
        QCOMPARE(r.status, 405);
        QCOMPARE(m_t->client->get(QStringLiteral("/sms/extra?secret=") + m_secret).status, 404);
    }

    void eachAddressIsRateLimited()
    {
        store::SettingsRepository settings(*m_t->db);
        settings.setValue(QStringLiteral("sms.http_rate_per_second"), QStringLiteral("0.5"));
        settings.setValue(QStringLiteral("sms.http_burst"), QStringLiteral("3"));
        m_t->start();
        const QString balance = QStringLiteral("/sms?from=%2B447700900123&text=BALANCE&secret=") + m_secret;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_t->client->get(balance).status, 200);
        auto r = m_t->client->get(balance);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("2"));
        // Wrong secrets are limited as well, so the secret cannot be guessed quickly.
        QCOMPARE(m_t->client->get(QStringLiteral("/sms?from=1&text=BALANCE&secret=guess")).status, 429);
        m_t->clock.advance(2'000);
        QCOMPARE(m_t->client->get(balance).status, 200);
        QCOMPARE(m_t->client->get(balance).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestSmsHttpEndpoint)
#include "TestSmsHttpEndpoint.moc"
