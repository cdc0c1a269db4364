// The portal's language over real HTTP: Accept-Language before sign-in, the
// switcher's cookie over it, the subscriber's own language over both, the
// switcher changing a signed-in subscriber's language, and English for
// everything else. Texts are compared with the translations the binary
// carries, and each must differ from the English, so a missing translation
// fails here rather than passing as English.
#include "LoopbackServer.h"
#include "PortalCards.h"
#include "PortalFixture.h"
#include "PortalForms.h"
#include "WebClient.h"
#include "core/Languages.h"
#include "core/Money.h"
#include "core/PasswordHash.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/SettingsRepository.h"
#include "support/AccountLanguage.h"
#include "support/TempDatabase.h"
#include "web/Http.h"
#include "web/WebPortal.h"
#include "web/WebServer.h"

#include <QLocale>
#include <QTest>

using namespace rebound;
using test::WebClient;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A portal text as the language's translation has it.
QString portalText(const char* language, const char* source)
{
    return core::Languages::translate(QString::fromLatin1(language), "WebPortal", source);
}

} // namespace

class TestPortalLanguages : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PortalFixture> m_t;

    WebClient client() const { return m_t->client(); }

    static QString htmlLang(const WebClient::Response& page)
    {
        static const QRegularExpression lang(QStringLiteral("<html lang=\"([^\"]*)\">"));
        return lang.match(page.text()).captured(1);
    }

    // The login page with these request headers, as a new visitor gets it.
    WebClient::Response loginPage(const Headers& headers)
    {
        WebClient web = client();
        return web.send("GET", QStringLiteral("/login"), {}, {}, headers);
    }

    // Signs in as 1001 and returns the session cookie ("rebound_session=…").
    QByteArray signIn(WebClient& web, const Headers& headers = {})
    {
        const auto r = test::signIn(web, QStringLiteral("demo1001"), demo::DemoData::demoPassword(), headers);
        [&] { QCOMPARE(r.status, 303); }();
        return web.cookie();
    }

    QString languageOf(const QString& code) const
    {
        return store::AccountRepository(*m_t->db, m_t->clock).findByCode(code)->language;
    }

private Q_SLOTS:
    void initTestCase() { core::PasswordHash::setDefaultIterationsForTesting(1000); }

    void init()
    {
        m_t = std::make_unique<test::PortalFixture>();
        QCOMPARE(m_t->serveError, QString());
    }

    void cleanup() { m_t.reset(); }

    void theTranslationsAreThere()
    {
        // Everything below compares with these; an untranslated text would
        // make a French page look English and still "match".
        for (const char* language : {"es", "fr"})
            for (const char* source : {"Sign in", "Member ID", "Your balance", "Language", "Calls"})
                QVERIFY2(portalText(language, source) != QString::fromLatin1(source),
                         qPrintable(QStringLiteral("%1 has no translation of \"%2\"")
                                        .arg(QString::fromLatin1(language), QString::fromLatin1(source))));
    }

    void acceptLanguagePicksTheLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QByteArray("fr") << QStringLiteral("fr");
        QTest::newRow("fr-CA first") << QByteArray("fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7")
                                     << QStringLiteral("fr");
        QTest::newRow("es by weight")
            << QByteArray("de;q=1.0, en;q=0.2, es-MX;q=0.8") << QStringLiteral("es");
        QTest::newRow("unsupported") << QByteArray("de-DE,de;q=0.9,ja;q=0.5") << QStringLiteral("en");
        QTest::newRow("fr refused") << QByteArray("fr;q=0") << QStringLiteral("en");
        QTest::newRow("none") << QByteArray() << QStringLiteral("en");
    }
    void acceptLanguagePicksTheLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, language);
        const auto page = loginPage(header.isEmpty() ? Headers{} : Headers{{"Accept-Language", header}});
        QCOMPARE(page.status, 200);
        QCOMPARE(htmlLang(page), language);
        QCOMPARE(page.header("content-language"), language.toLatin1());
        QVERIFY(page.header("vary").contains("Accept-Language"));
        const QByteArray code = language.toLatin1();
        for (const char* source :
             {"Sign in", "Member ID", "Password", "Have a prepaid calling card? Activate it"})
            QVERIFY2(
                page.text().contains(web::htmlEscape(portalText(code.constData(), source))),
                qPrintable(
                    QStringLiteral("no \"%1\" in %2").arg(portalText(code.constData(), source), language)));
        if (language != QLatin1String("en"))
            QVERIFY(!page.text().contains(QStringLiteral(">Sign in<")));
    }

    void theSwitcherOffersEveryLanguageInItsOwnName()
    {
        const auto page = loginPage({{"Accept-Language", "fr"}});
        QVERIFY(page.text().contains(QStringLiteral("action=\"/language\"")));
        QVERIFY(page.text().contains(QStringLiteral("aria-label=\"%1\"").arg(portalText("fr", "Language"))));
        for (const QString& language : core::Languages::supported())
            QVERIFY(page.text().contains(QStringLiteral("value=\"%1\" lang=\"%1\"").arg(language)));
        QVERIFY(page.text().contains(QStringLiteral("Español")));
        QVERIFY(page.text().contains(
            QStringLiteral("value=\"fr\" lang=\"fr\" aria-current=\"true\" disabled>Français</button>")));
        QVERIFY(page.text().contains(QStringLiteral("name=\"next\" value=\"/login\"")));
    }

    void theSwitcherSetsACookieThatBeatsTheHeader()
    {
        WebClient web = client();
        const auto chosen = web.post(QStringLiteral("/language"),
                                     {{QStringLiteral("lang"), QStringLiteral("es")},
                                      {QStringLiteral("next"), QStringLiteral("/activate")}},
                                     {{"Accept-Language", "fr"}});
        QCOMPARE(chosen.status, 303);
        QCOMPARE(chosen.header("location"), QByteArray("/activate"));
        const QByteArray cookie = chosen.header("set-cookie");
        QVERIFY2(cookie.startsWith("lang=es;"), cookie.constData());
        QVERIFY(cookie.contains("SameSite=Lax"));
        QVERIFY(cookie.contains("Path=/"));
        QVERIFY(cookie.contains("Max-Age="));
        QVERIFY(!cookie.contains("Secure")); // plain HTTP on loopback

        const auto page = loginPage({{"Accept-Language", "fr"}, {"Cookie", "lang=es"}});
        QCOMPARE(htmlLang(page), QStringLiteral("es"));
        QVERIFY(page.text().contains(portalText("es", "Sign in")));
        // A cookie naming a language Rebound does not speak is ignored.
        QCOMPARE(htmlLang(loginPage({{"Accept-Language", "fr"}, {"Cookie", "lang=de"}})),
                 QStringLiteral("fr"));
    }

    void theSwitcherGoesBackOnlyToPortalPages_data()
    {
        QTest::addColumn<QString>("next");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("login") << QStringLiteral("/login") << QByteArray("/login");
        QTest::newRow("request") << QStringLiteral("/request/42") << QByteArray("/request/42");
        QTest::newRow("other site") << QStringLiteral("//evil.example/") << QByteArray("/");
        QTest::newRow("absolute") << QStringLiteral("https://evil.example/login") << QByteArray("/");
        QTest::newRow("post only") << QStringLiteral("/logout") << QByteArray("/");
        QTest::newRow("none") << QString() << QByteArray("/");
    }
    void theSwitcherGoesBackOnlyToPortalPages()
    {
        QFETCH(QString, next);
        QFETCH(QByteArray, location);
        WebClient web = client();
        const auto r = web.post(QStringLiteral("/language"), {{QStringLiteral("lang"), QStringLiteral("fr")},
                                                              {QStringLiteral("next"), next}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), location);
    }

    void anUnsupportedChoiceChangesNothing()
    {
        WebClient web = client();
        const auto r =
            web.post(QStringLiteral("/language"), {{QStringLiteral("lang"), QStringLiteral("de")},
                                                   {QStringLiteral("next"), QStringLiteral("/login")}});
        QCOMPARE(r.status, 303);
        QVERIFY(r.header("set-cookie").isEmpty());
        QCOMPARE(web.get(QStringLiteral("/language")).status, 405); // a change is a POST
    }

    void theSubscribersLanguageBeatsCookieAndHeader()
    {
        test::setAccountLanguage(*m_t->db, m_t->clock, QStringLiteral("1001"), QStringLiteral("fr"));
        WebClient web = client();
        const QByteArray session = signIn(web, {{"Accept-Language", "es"}});
        const Headers spanishVisitor{{"Accept-Language", "es"}, {"Cookie", session + "; lang=es"}};
        const auto home = web.send("GET", QStringLiteral("/dashboard"), {}, {}, spanishVisitor);
        QCOMPARE(home.status, 200);
        QCOMPARE(htmlLang(home), QStringLiteral("fr"));
        QVERIFY(home.text().contains(portalText("fr", "Your balance")));
        QVERIFY(home.text().contains(portalText("fr", "Calls"))); // the navigation too
        // Money in the language's own way: 25,00 with a comma.
        const core::Money balance =
            store::AccountRepository(*m_t->db, m_t->clock).findByCode(QStringLiteral("1001"))->balance;
        const QString french =
            balance.format(store::SettingsRepository(*m_t->db).currency(), QLocale(QStringLiteral("fr")));
        QVERIFY2(french.contains(QStringLiteral("25,00")), qPrintable(french));
        QVERIFY2(home.text().contains(web::htmlEscape(french)), qPrintable(french));
        // The history page's headings follow as well.
        const auto calls = web.send("GET", QStringLiteral("/history"), {}, {}, spanishVisitor);
        QCOMPARE(htmlLang(calls), QStringLiteral("fr"));
        QVERIFY(calls.text().contains(web::htmlEscape(portalText("fr", "Your calls"))));
    }

    void anAccountLanguageReboundDoesNotSpeakFallsBackToTheVisitors()
    {
        test::setAccountLanguage(*m_t->db, m_t->clock, QStringLiteral("1001"), QStringLiteral("de"));
        WebClient web = client();
        const QByteArray session = signIn(web);
        const auto home = web.send("GET", QStringLiteral("/dashboard"), {}, {},
                                   {{"Accept-Language", "de,es;q=0.5"}, {"Cookie", session}});
        QCOMPARE(htmlLang(home), QStringLiteral("es"));
        QCOMPARE(htmlLang(web.send("GET", QStringLiteral("/dashboard"), {}, {}, {{"Cookie", session}})),
                 QStringLiteral("en"));
        QVERIFY(web.get(QStringLiteral("/dashboard")).text().contains(QStringLiteral("Your balance")));
    }

    void theSwitcherSignedInChangesTheAccountsLanguage()
    {
        WebClient web = client();
        const QByteArray session = signIn(web);
        const auto home = web.get(QStringLiteral("/dashboard"));
        QCOMPARE(htmlLang(home), QStringLiteral("en"));
        QVERIFY(home.text().contains(QStringLiteral("name=\"next\" value=\"/dashboard\"")));

        // Without the form's token: nothing changes.
        const auto forged =
            web.post(QStringLiteral("/language"), {{QStringLiteral("lang"), QStringLiteral("es")}});
        QCOMPARE(forged.status, 303);
        QVERIFY(forged.header("set-cookie").isEmpty());
        QCOMPARE(languageOf(QStringLiteral("1001")), QStringLiteral("en"));

        web.setCookie(session);
        const auto chosen = web.submit(home, QStringLiteral("/language"),
                                       {{QStringLiteral("lang"), QStringLiteral("es")},
                                        {QStringLiteral("next"), QStringLiteral("/dashboard")}});
        QCOMPARE(chosen.status, 303);
        QCOMPARE(chosen.header("location"), QByteArray("/dashboard"));
        QVERIFY(chosen.header("set-cookie").startsWith("lang=es;"));
        QCOMPARE(languageOf(QStringLiteral("1001")), QStringLiteral("es"));
        const auto entries = store::AuditLog(*m_t->db, m_t->clock).recent(5);
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const store::AuditEntry& e) {
            return e.actor == QLatin1String("web:1001") && e.action == QLatin1String("account.update") &&
                   e.objectId == QLatin1String("1001") && e.details == QLatin1String("language en -> es");
        }));

        // The account's language now, whatever the browser says.
        web.setCookie(session);
        const auto spanish =
            web.send("GET", QStringLiteral("/dashboard"), {}, {}, {{"Accept-Language", "fr"}});
        QCOMPARE(htmlLang(spanish), QStringLiteral("es"));
        QVERIFY(spanish.text().contains(portalText("es", "Your balance")));
    }

    void numberErrorsAndRefusalsFollowTheLanguage()
    {
        // The dial plan's words and the callback rules' reasons are other
        // classes' texts: they come in the subscriber's language too.
        test::setAccountLanguage(*m_t->db, m_t->clock, QStringLiteral("1001"), QStringLiteral("es"));
        WebClient web = client();
        signIn(web);
        const auto badNumber =
            test::requestCallback(web, QStringLiteral("+447700900123"), QStringLiteral("12x"));
        QCOMPARE(badNumber.status, 422);
        const QString notAllowed =
            core::Languages::translate(QStringLiteral("es"), "DialPlan",
                                       "'%1' is not allowed in a phone number; use digits only.")
                .arg(QStringLiteral("x"));
        QVERIFY(!notAllowed.contains(QStringLiteral("is not allowed")));
        const QString expected = portalText("es", "Connect me to: %1").arg(notAllowed);
        QVERIFY2(badNumber.text().contains(web::htmlEscape(expected)), badNumber.body.constData());

        const auto same =
            test::requestCallback(web, QStringLiteral("+447700900123"), QStringLiteral("+447700900123"));
        QCOMPARE(same.status, 422);
        const QString reason =
            core::Languages::translate(QStringLiteral("es"), "Admission",
                                       "the phone to call back and the destination are the same number");
        QVERIFY(!reason.contains(QStringLiteral("the same number")));
        QVERIFY2(same.text().contains(web::htmlEscape(portalText("es", "No callback: %1.").arg(reason))),
                 same.body.constData());
        // The audit keeps the process's words (English here), whoever asked.
        const auto entries = store::AuditLog(*m_t->db, m_t->clock).recent(3);
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const store::AuditEntry& e) {
            return e.action == QLatin1String("callback.refused") &&
                   e.details ==
                       QLatin1String("the phone to call back and the destination are the same number");
        }));
    }

    void aCardActivatedInFrenchOpensAFrenchAccount()
    {
        const auto card = test::portalCards(*m_t->db, m_t->clock, store::CardKind::Ppcc, 1).cards.first();
        WebClient web = client();
        const auto form = web.send("GET", QStringLiteral("/activate"), {}, {}, {{"Accept-Language", "fr"}});
        QCOMPARE(htmlLang(form), QStringLiteral("fr"));
        const auto done =
            web.submit(form, QStringLiteral("/activate"),
                       {{QStringLiteral("serial"), card.serial}, {QStringLiteral("pin"), card.pin}},
                       {{"Accept-Language", "fr"}});
        QCOMPARE(done.status, 200);
        QVERIFY(done.text().contains(web::htmlEscape(portalText("fr", "Your calling card is active."))));
        static const QRegularExpression memberId(QStringLiteral("id=\"member-id\">([0-9]+)<"));
        const QString code = memberId.match(done.text()).captured(1);
        QVERIFY(!code.isEmpty());
        QCOMPARE(languageOf(code), QStringLiteral("fr"));
    }

    void refusalsAndPlainTextRepliesAreInTheLanguageToo()
    {
        test::setAccountLanguage(*m_t->db, m_t->clock, QStringLiteral("1001"), QStringLiteral("fr"));
        WebClient web = client();
        signIn(web);
        // A refused top-up: the card refusal is the portal's, in French.
        const auto topUp = web.get(QStringLiteral("/topup"));
        const auto refused =
            web.submit(topUp, QStringLiteral("/topup"), {{QStringLiteral("pin"), QStringLiteral("12")}});
        QCOMPARE(refused.status, 422);
        const QString expected = portalText("fr", "That PIN is not valid; check the digits and try again.");
        QVERIFY(expected != QStringLiteral("That PIN is not valid; check the digits and try again."));
        QVERIFY2(refused.text().contains(web::htmlEscape(expected)), refused.body.constData());
        // Plain-text replies are in it too, and say so.
        const auto notAllowed = web.get(QStringLiteral("/callback"));
        QCOMPARE(notAllowed.status, 405);
        QCOMPARE(notAllowed.header("content-language"), QByteArray("fr"));
        QCOMPARE(notAllowed.text(), portalText("fr", "Method not allowed."));
    }
};

QTEST_GUILESS_MAIN(TestPortalLanguages)
#include "TestPortalLanguages.moc"
