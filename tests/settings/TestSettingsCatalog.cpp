#include "backup/DailyBackup.h"
#include "callback/Admission.h"
#include "callback/CallbackSession.h"
#include "cards/AttemptLimiter.h"
#include "core/HostPort.h"
#include "fraud/FraudMonitor.h"
#include "settings/SettingsCatalog.h"
#include "settings/SettingsService.h"
#include "store/AuditLog.h"
#include "store/SettingsRepository.h"
#include "support/TempDatabase.h"
#include "web/WebServer.h"

#include <QTest>
#include <QUdpSocket>

using namespace rebound;
using settings::Catalog;
using settings::SettingsService;

class TestSettingsCatalog : public QObject
{
    Q_OBJECT

    static QString defaultOf(const char* key)
    {
        const settings::Setting* s = Catalog::find(QString::fromLatin1(key));
        if (!s)
            qFatal("%s is not in the catalogue", key);
        return s->defaultValue;
    }

private Q_SLOTS:
    void everySettingIsDescribedAndAcceptsItsDefault()
    {
        QSet<QString> keys;
        for (const settings::Setting& s : Catalog::all()) {
            QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
            keys.insert(s.key);
            QVERIFY2(!s.group.isEmpty() && !s.label.isEmpty() && !s.help.isEmpty(), qPrintable(s.key));
            QVERIFY2(Catalog::validate(s, s.defaultValue).isEmpty(),
                     qPrintable(s.key + QStringLiteral(": ") + Catalog::validate(s, s.defaultValue)));
            QVERIFY2(!s.defaultValue.isEmpty() || s.optional, qPrintable(s.key));
            QVERIFY(!Catalog::isSecret(s.key));
        }
    }

    // The code reading a setting falls back to the same default the
    // catalogue shows: one rule, wherever it is read.
    void theCodesDefaultsAreTheCataloguesDefaults()
    {
        const callback::EngineSettings engine;
        QCOMPARE(QString::number(engine.delayMs), defaultOf("callback.delay_ms"));
        QCOMPARE(QString::number(engine.retries), defaultOf("callback.retries"));
        QCOMPARE(QString::number(engine.retryDelayMs), defaultOf("callback.retry_delay_ms"));
        QCOMPARE(QString::number(engine.answerTimeoutSeconds), defaultOf("callback.answer_timeout_seconds"));
        QCOMPARE(QString::number(engine.maxCallSeconds), defaultOf("callback.max_call_seconds"));
        QCOMPARE(QString::number(engine.warningSeconds), defaultOf("callback.warning_seconds"));
        QCOMPARE(QString::number(engine.ringAllowanceSeconds), defaultOf("callback.ring_allowance_seconds"));
        QCOMPARE(QString::number(engine.ivrAllowanceSeconds), defaultOf("callback.ivr_allowance_seconds"));
        QCOMPARE(QString::fromLatin1(engine.announceTimeLeft ? "on" : "off"),
                 defaultOf("callback.announce_time_left"));
        QCOMPARE(QString::fromLatin1(engine.announceMinuteLeft ? "on" : "off"),
                 defaultOf("callback.announce_minute_left"));
        QCOMPARE(QString::number(callback::Admission::DefaultAntiRepeatSeconds),
                 defaultOf("callback.anti_repeat_seconds"));
        const web::WebServer::Config web;
        QCOMPARE(QString::number(web.maxConnections), defaultOf("web.max_connections"));
        QCOMPARE(QString::number(web.maxConnectionsPerAddress), defaultOf("web.max_connections_per_address"));
        const fraud::Thresholds fraud;
        QCOMPARE(QString::number(fraud.callbacksPerHour), defaultOf("fraud.callbacks_per_hour"));
        QCOMPARE(fraud.spendPerHour, *core::Money::parse(defaultOf("fraud.spend_per_hour")).value);
        QCOMPARE(fraud.totalSpendPerHour, *core::Money::parse(defaultOf("fraud.total_spend_per_hour")).value);
        QCOMPARE(fraud.premiumPerMinute, *core::Money::parse(defaultOf("fraud.premium_per_minute")).value);
        QCOMPARE(QString::number(fraud.minAsrPercent), defaultOf("fraud.min_asr_percent"));
        QCOMPARE(QString::number(fraud.minAttempts), defaultOf("fraud.min_attempts"));
        const cards::AttemptLimiter::Policy cardPolicy;
        QCOMPARE(QString::number(cardPolicy.maxFailures), defaultOf("cards.max_failures"));
        QCOMPARE(QString::number(cardPolicy.lockMs / 60'000), defaultOf("cards.lockout_minutes"));
        QCOMPARE(QString::number(cardPolicy.windowMs / 60'000), defaultOf("cards.failure_window_minutes"));
        QCOMPARE(QString::number(cardPolicy.maxFailures), defaultOf("sms.max_failures"));
        QCOMPARE(QString::number(cardPolicy.windowMs / 60'000), defaultOf("sms.failure_window_minutes"));
        QCOMPARE(QString::number(cardPolicy.lockMs / 60'000), defaultOf("sms.lockout_minutes"));
        QCOMPARE(QString::number(backup::DailyBackup::DefaultKeep), defaultOf("backup.keep"));
        const core::DialPlan plan;
        QCOMPARE(plan.countryCode, defaultOf("dialplan.country_code"));
        QCOMPARE(plan.internationalPrefixes.join(QLatin1Char(',')),
                 defaultOf("dialplan.international_prefixes"));
        QCOMPARE(plan.nationalPrefix, defaultOf("dialplan.national_prefix"));
    }

    void valuesAreChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("good");
        const auto row = [](const char* key, const char* value, bool good) {
            QTest::addRow("%s=%s", key, value)
                << QString::fromLatin1(key) << QString::fromUtf8(value) << good;
        };
        row("sip.listen", "192.168.1.20:5060", true);
        row("sip.listen", "[::1]:5070", true);
        row("sip.listen", "0.0.0.0", true);
        row("sip.listen", "pbx.example.com:5060", false); // binds need an address
        row("sip.listen", "127.0.0.1:70000", false);
        row("sip.listen", "off", false);
        row("web.listen", "off", true);
        row("web.listen", "0.0.0.0:8443", true);
        row("sip.public_address", "203.0.113.7", true);
        row("sip.public_address", "sip.example.com:5070", true);
        row("sip.public_address", "not a host", false);
        row("media.bind_address", "10.0.0.2", true);
        row("media.bind_address", "10.0.0.2:4000", false);
        row("media.bind_address", "192.168.1.300", false);
        row("media.bind_address", "rtp.example.com", false);
        row("media.port_min", "1023", false);
        row("media.port_min", "10000", true);
        row("sip.session_timer_seconds", "0", true);
        row("sip.session_timer_seconds", "60", false);
        row("sip.session_timer_seconds", "90", true);
        row("sip.tcp", "auto", true);
        row("sip.tcp", "sometimes", false);
        row("sip.rate_per_second", "2.5", true);
        row("sip.rate_per_second", "0", false);
        row("currency", "EUR", true);
        row("currency", "eur", false);
        row("currency", "EURO", false);
        row("billing.timezone", "America/New_York", true);
        row("billing.timezone", "Mars/Olympus", false);
        row("dialplan.country_code", "44", true);
        row("dialplan.country_code", "4444", false);
        row("dialplan.country_code", "4a", false);
        row("dialplan.international_prefixes", "00,011", true);
        row("dialplan.international_prefixes", "00;011", false);
        row("dialplan.national_prefix", "0", true);
        row("dashboard.low_balance", "2.50", true);
        row("dashboard.low_balance", "-1", false);
        row("dashboard.low_balance", "lots", false);
        row("callback.retries", "10", true);
        row("callback.retries", "11", false);
        row("callback.retries", "1.5", false);
        row("callback.retries", " 2", true); // saved trimmed
        row("reseller.name", "Acme\nCallback", false);
        row("web.tls_certificate", "/nonexistent/cert.pem", false);
        row("backup.folder", "relative/folder", true);
        row("backup.keep", "366", false);
        row("backup.folder", "/var/backups/rebound", true);
    }
    void valuesAreChecked()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, good);
        const settings::Setting* s = Catalog::find(key);
        QVERIFY(s);
        const QString problem = Catalog::validate(*s, value);
        QVERIFY2(problem.isEmpty() == good, qPrintable(problem));
    }

    void applySavesAllOrNothingWithAnAuditEntryEach()
    {
        test::TempDatabase t;
        const SettingsService service(*t.db, t.clock);
        const store::SettingsRepository repository(*t.db);
        auto outcome = service.apply({{QStringLiteral("callback.retries"), QStringLiteral("3")},
                                      {QStringLiteral("currency"), QStringLiteral("nope")},
                                      {QStringLiteral("no.such_setting"), QStringLiteral("1")}},
                                     QStringLiteral("test"));
        QCOMPARE(outcome.problems.size(), 2);
        QVERIFY(repository.all().isEmpty());
        QVERIFY(store::AuditLog(*t.db, t.clock).recent().isEmpty());

        // The dial plan is checked as a whole after the values are in place.
        outcome = service.apply({{QStringLiteral("dialplan.international_prefixes"), QStringLiteral("1")}},
                                QStringLiteral("test"));
        QVERIFY2(!outcome.ok(), "an international prefix equal to the national prefix is ambiguous");
        QVERIFY(repository.all().isEmpty());

        outcome = service.apply({{QStringLiteral("callback.retries"), QStringLiteral("3")},
                                 {QStringLiteral("sip.listen"), QStringLiteral("0.0.0.0:5070")}},
                                QStringLiteral("test"));
        QVERIFY(outcome.ok());
        QVERIFY(outcome.restartNeeded);
        QCOMPARE(outcome.changed.size(), 2);
        QCOMPARE(repository.integer(QStringLiteral("callback.retries")), 3);
        QCOMPARE(store::AuditLog(*t.db, t.clock).recent().size(), 2);

        // The same value again changes nothing and writes no entry.
        outcome = service.apply({{QStringLiteral("callback.retries"), QStringLiteral("3")}},
                                QStringLiteral("test"));
        QVERIFY(outcome.ok() && outcome.changed.isEmpty() && !outcome.restartNeeded);
        QCOMPARE(store::AuditLog(*t.db, t.clock).recent().size(), 2);

        // A reset goes back to the default; an optional empty value is kept.
        outcome = service.apply({{QStringLiteral("callback.retries"), std::nullopt},
                                 {QStringLiteral("dialplan.national_prefix"), QString()}},
                                QStringLiteral("test"));
        QVERIFY(outcome.ok());
        QCOMPARE(repository.integer(QStringLiteral("callback.retries")), 1);
        QVERIFY(repository.all().contains(QStringLiteral("dialplan.national_prefix")));
        QCOMPARE(repository.dialPlan().nationalPrefix, QString());

        // Secrets are never set by hand.
        outcome =
            service.apply({{QStringLiteral("sms.http_secret"), QStringLiteral("x")}}, QStringLiteral("test"));
        QVERIFY(!outcome.ok());

        // A dry run checks only.
        outcome = service.apply({{QStringLiteral("callback.retries"), QStringLiteral("5")}},
                                QStringLiteral("test"), true);
        QVERIFY(outcome.ok());
        QCOMPARE(repository.integer(QStringLiteral("callback.retries")), 1);
    }

    void listenFailuresAreExplainedInPlainWords()
    {
        QUdpSocket holder;
        QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
        const int port = holder.localPort();
        QCOMPARE(core::whyCannotListen(QStringLiteral("127.0.0.1"), port),
                 QStringLiteral("port %1 is in use by another program").arg(port));
        QCOMPARE(core::whyCannotListen(QStringLiteral("192.0.2.77"), 5099),
                 QStringLiteral("192.0.2.77 is not an address of this computer"));
        QVERIFY(core::whyCannotListen(QStringLiteral("127.0.0.1"), 0).isEmpty());
        // What SDP names when the switch listens everywhere: a real address, never "hold".
        QVERIFY(core::isWildcard(QStringLiteral("0.0.0.0")) && core::isWildcard(QStringLiteral("::")));
        QVERIFY(!core::isWildcard(QStringLiteral("127.0.0.1")));
        const QHostAddress primary(core::primaryAddress());
        QVERIFY(!primary.isNull() && !core::isWildcard(primary.toString()));
    }

    void tlsFilesAreReadOnlyWhenTheyChange()
    {
        test::TempDatabase t;
        store::SettingsRepository(*t.db).setValue(QStringLiteral("web.tls_certificate"), t.path());
        store::SettingsRepository(*t.db).setValue(QStringLiteral("web.tls_key"), t.path());
        const SettingsService service(*t.db, t.clock);
        // Not PEM, but not touched: another change goes through.
        QVERIFY(
            service.apply({{QStringLiteral("callback.retries"), QStringLiteral("2")}}, QStringLiteral("t"))
                .ok());
        const auto outcome = service.apply(
            {{QStringLiteral("web.tls_key"), t.path() + QStringLiteral("-wal-free")}}, QStringLiteral("t"));
        QVERIFY(!outcome.ok()); // a changed TLS file is checked
        const auto again = service.apply({{QStringLiteral("web.tls_key"), t.path()}}, QStringLiteral("t"));
        QVERIFY(!again.ok());
        QVERIFY(again.problems.first().message.contains(QStringLiteral("PEM")));
    }

    void aBadStoredValueReadsAsTheDefault()
    {
        test::TempDatabase t;
        store::SettingsRepository repository(*t.db);
        repository.setValue(QStringLiteral("callback.retries"), QStringLiteral("many"));
        QCOMPARE(repository.integer(QStringLiteral("callback.retries")), 1);
        repository.setValue(QStringLiteral("web.tls_key"), QStringLiteral("/gone/key.pem"));
        // A missing file is not silently dropped: the portal must fail, not fall back to HTTP.
        QCOMPARE(repository.text(QStringLiteral("web.tls_key")), QStringLiteral("/gone/key.pem"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsCatalog)
#include "TestSettingsCatalog.moc"
