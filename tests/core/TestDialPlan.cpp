#include "core/DialPlan.h"
#include "core/PhoneNumber.h"

#include <QTest>

using rebound::core::DialPlan;
using rebound::core::PhoneNumber;

namespace {

DialPlan makePlan(const QString& countryCode, const QStringList& internationalPrefixes,
                  const QString& nationalPrefix, bool bareDigitsInternational)
{
    DialPlan plan;
    plan.countryCode = countryCode;
    plan.internationalPrefixes = internationalPrefixes;
    plan.nationalPrefix = nationalPrefix;
    plan.bareDigitsInternational = bareDigitsInternational;
    return plan;
}

// Plans by name so data rows stay one line each. "-national" reads bare
// digits as a national number instead of an international one.
DialPlan planNamed(const QString& name)
{
    const QString zeroZero = QStringLiteral("00");
    const QString zero = QStringLiteral("0");
    if (name == QLatin1String("nanp")) {
        return DialPlan(); // the defaults are the North American plan
    }
    if (name == QLatin1String("nanp-national")) {
        return makePlan(QStringLiteral("1"), {QStringLiteral("011")}, QStringLiteral("1"), false);
    }
    if (name == QLatin1String("uk")) {
        return makePlan(QStringLiteral("44"), {zeroZero}, zero, true);
    }
    if (name == QLatin1String("uk-national")) {
        return makePlan(QStringLiteral("44"), {zeroZero}, zero, false);
    }
    if (name == QLatin1String("de")) {
        return makePlan(QStringLiteral("49"), {zeroZero}, zero, true);
    }
    if (name == QLatin1String("de-national")) {
        return makePlan(QStringLiteral("49"), {zeroZero}, zero, false);
    }
    if (name == QLatin1String("it-national")) {
        // Italy has no trunk prefix: the leading 0 belongs to the number.
        return makePlan(QStringLiteral("39"), {zeroZero}, QString(), false);
    }
    if (name == QLatin1String("it")) {
        return makePlan(QStringLiteral("39"), {zeroZero}, QString(), true);
    }
    if (name == QLatin1String("au")) {
        // Two international prefixes where one starts with the other.
        return makePlan(QStringLiteral("61"), {QStringLiteral("0011"), QStringLiteral("00")}, zero, true);
    }
    qFatal("unknown plan %s in test data", qPrintable(name));
}

} // namespace

class TestDialPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void normalise_data();
    void normalise();
    void normaliseIsIdempotent_data();
    void normaliseIsIdempotent();
    void invalid_data();
    void invalid();
    void invalidPlanIsReported();
    void fromE164_data();
    void fromE164();
    void toPlus();
    void equality();
    void validate_data();
    void validate();
};

void TestDialPlan::defaults()
{
    const DialPlan plan;
    QCOMPARE(plan.countryCode, QStringLiteral("1"));
    QCOMPARE(plan.internationalPrefixes, QStringList{QStringLiteral("011")});
    QCOMPARE(plan.nationalPrefix, QStringLiteral("1"));
    QVERIFY(plan.bareDigitsInternational);
    QVERIFY(plan.validate().isEmpty());
}

void TestDialPlan::normalise_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // North America: cc 1, international 011, national "1".
    QTest::newRow("nanp +1 with brackets") << "nanp"
                                           << "+1 (212) 555-0123"
                                           << "12125550123";
    QTest::newRow("nanp national prefix") << "nanp"
                                          << "1-212-555-0123"
                                          << "12125550123";
    QTest::newRow("nanp dots") << "nanp"
                               << "1.212.555.0123"
                               << "12125550123";
    QTest::newRow("nanp 011 to UK") << "nanp"
                                    << "011 44 20 7946 0958"
                                    << "442079460958";
    QTest::newRow("nanp 011 to Germany") << "nanp"
                                         << "011-49-30-1234567"
                                         << "49301234567";
    QTest::newRow("nanp bare international") << "nanp"
                                             << "442079460958"
                                             << "442079460958";
    // Ten bare digits are read as international by default, exactly as the
    // plan says; plans for local callers set bareDigitsInternational=false.
    QTest::newRow("nanp bare ten digits") << "nanp"
                                          << "212.555.0123"
                                          << "2125550123";
    QTest::newRow("nanp tel: URI") << "nanp"
                                   << "tel:+1-212-555-0123"
                                   << "12125550123";
    QTest::newRow("nanp TEL: upper case") << "nanp"
                                          << "TEL:+12125550123"
                                          << "12125550123";
    QTest::newRow("nanp surrounding spaces") << "nanp"
                                             << "  +1 212 555 0123 "
                                             << "12125550123";
    QTest::newRow("nanp tabs") << "nanp"
                               << "\t+1\t2125550123"
                               << "12125550123";
    QTest::newRow("nanp slashes") << "nanp"
                                  << "+1/212/555/0123"
                                  << "12125550123";
    QTest::newRow("nanp no-break spaces")
        << "nanp" << QStringLiteral("+1\u00A0212\u00A0555\u00A00123") << "12125550123";
    QTest::newRow("nanp shortest") << "nanp"
                                   << "+1234567"
                                   << "1234567";
    QTest::newRow("nanp longest") << "nanp"
                                  << "+123456789012345"
                                  << "123456789012345";
    QTest::newRow("nanp-national ten digits") << "nanp-national"
                                              << "212 555 0123"
                                              << "12125550123";
    QTest::newRow("nanp-national brackets") << "nanp-national"
                                            << "(212) 555-0123"
                                            << "12125550123";
    QTest::newRow("nanp-national with 1") << "nanp-national"
                                          << "1 212 555 0123"
                                          << "12125550123";
    QTest::newRow("nanp-national 011") << "nanp-national"
                                       << "011 33 1 23 45 67 89"
                                       << "33123456789";

    // United Kingdom: cc 44, international 00, national 0.
    QTest::newRow("uk national London") << "uk"
                                        << "020 7946 0958"
                                        << "442079460958";
    QTest::newRow("uk national mobile") << "uk"
                                        << "07700 900123"
                                        << "447700900123";
    QTest::newRow("uk +44") << "uk"
                            << "+44 7700 900123"
                            << "447700900123";
    QTest::newRow("uk +44 (0)") << "uk"
                                << "+44 (0)20 7946 0958"
                                << "442079460958";
    QTest::newRow("uk 0044") << "uk"
                             << "0044 20 7946 0958"
                             << "442079460958";
    QTest::newRow("uk 0044 (0)") << "uk"
                                 << "0044 (0)7700 900123"
                                 << "447700900123";
    QTest::newRow("uk 00 to US") << "uk"
                                 << "00 1 212 555 0123"
                                 << "12125550123";
    QTest::newRow("uk bare international") << "uk"
                                           << "12125550123"
                                           << "12125550123";
    QTest::newRow("uk (020) brackets") << "uk"
                                       << "(020) 7946 0958"
                                       << "442079460958";
    QTest::newRow("uk-national bare") << "uk-national"
                                      << "20 7946 0958"
                                      << "442079460958";
    QTest::newRow("uk-national 0") << "uk-national"
                                   << "020 7946 0958"
                                   << "442079460958";

    // Germany: cc 49, international 00, national 0.
    QTest::newRow("de national Berlin") << "de"
                                        << "030 1234567"
                                        << "49301234567";
    QTest::newRow("de national slash") << "de"
                                       << "0171/1234567"
                                       << "491711234567";
    QTest::newRow("de national brackets") << "de"
                                          << "(030) 123 45 67"
                                          << "49301234567";
    QTest::newRow("de +49") << "de"
                            << "+49 30 1234567"
                            << "49301234567";
    QTest::newRow("de 0049") << "de"
                             << "0049 30 1234567"
                             << "49301234567";
    QTest::newRow("de 0049 (0)") << "de"
                                 << "0049 (0)30 1234567"
                                 << "49301234567";
    QTest::newRow("de 00 to France") << "de"
                                     << "0033 1 23 45 67 89"
                                     << "33123456789";
    QTest::newRow("de tel:") << "de"
                             << "tel:+49-30-1234567"
                             << "49301234567";
    QTest::newRow("de-national bare") << "de-national"
                                      << "30 1234567"
                                      << "49301234567";
    QTest::newRow("de bare international") << "de"
                                           << "33 1 23 45 67 89"
                                           << "33123456789";

    // No national prefix: Italian numbers keep their leading 0.
    QTest::newRow("it-national keeps 0") << "it-national"
                                         << "06 1234 5678"
                                         << "390612345678";
    QTest::newRow("it +39 0") << "it-national"
                              << "+39 06 1234 5678"
                              << "390612345678";
    QTest::newRow("it 0039") << "it-national"
                             << "0039 06 12345678"
                             << "390612345678";

    // Longest international prefix wins: 0011 before 00.
    QTest::newRow("au 0011") << "au"
                             << "0011 44 20 7946 0958"
                             << "442079460958";
    QTest::newRow("au 00") << "au"
                           << "00 44 20 7946 0958"
                           << "442079460958";
    QTest::newRow("au national") << "au"
                                 << "02 9876 5432"
                                 << "61298765432";

    // Digits from other scripts, as some phones send them.
    QTest::newRow("arabic-indic digits") << "uk"
                                         << QStringLiteral("+\u0664\u0664\u0662\u0660\u0667\u0669\u0664"
                                                           "\u0666\u0660\u0669\u0665\u0668")
                                         << "442079460958";
    QTest::newRow("fullwidth digits")
        << "de" << QStringLiteral("\uFF10\uFF13\uFF10 1234567") << "49301234567";
}

void TestDialPlan::normalise()
{
    QFETCH(QString, plan);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const DialPlan::Result result = planNamed(plan).normalise(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.number.digits(), expected);
    QCOMPARE(result.number.toPlus(), QLatin1Char('+') + expected);
    QCOMPARE(result.number, PhoneNumber::fromE164(expected));
}

void TestDialPlan::normaliseIsIdempotent_data()
{
    normalise_data();
}

void TestDialPlan::normaliseIsIdempotent()
{
    QFETCH(QString, expected);
    // Once in "+" form, every plan gives the same number back.
    for (const char* name : {"nanp", "uk-national", "de", "it-national", "au"}) {
        const DialPlan::Result again = planNamed(QLatin1String(name)).normalise(QLatin1Char('+') + expected);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.number.digits(), expected);
    }
}

void TestDialPlan::invalid_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << "nanp"
                           << ""
                           << "The number is empty.";
    QTest::newRow("blank") << "uk"
                           << "   "
                           << "The number is empty.";
    QTest::newRow("only separators") << "de"
                                     << " - ( ) / . "
                                     << "The number is empty.";
    QTest::newRow("only tel:") << "nanp"
                               << "tel:"
                               << "The number is empty.";
    QTest::newRow("plus alone") << "nanp"
                                << "+"
                                << "'+' must be followed";
    QTest::newRow("letter") << "nanp"
                            << "12a45678"
                            << "'a' is not allowed in a phone number; use digits only.";
    QTest::newRow("trailing letter") << "uk"
                                     << "+44 20 7946 095x"
                                     << "'x' is not allowed";
    QTest::newRow("vanity number") << "nanp"
                                   << "1-800-FLOWERS"
                                   << "'F' is not allowed";
    QTest::newRow("extension") << "uk"
                               << "+44 20 7946 0958 ext 12"
                               << "'e' is not allowed";
    QTest::newRow("star") << "nanp"
                          << "+1 212*555 0123"
                          << "'*' is not allowed";
    QTest::newRow("hash") << "de"
                          << "+49 30 1234567#"
                          << "'#' is not allowed";
    QTest::newRow("emoji") << "uk" << QStringLiteral("\U0001F4DE 020 7946 0958")
                           << QStringLiteral("'\U0001F4DE' is not allowed");
    QTest::newRow("plus in the middle") << "nanp"
                                        << "1+2125550123"
                                        << "'+' may only appear at the start of the number.";
    QTest::newRow("two pluses") << "uk"
                                << "++442079460958"
                                << "'+' may only appear at the start";
    QTest::newRow("plus after brackets and digits") << "de"
                                                    << "(0)+49301234567"
                                                    << "'+' may only appear";
    QTest::newRow("too short international")
        << "nanp"
        << "+12345"
        << "The number is too short (5 digits); an international number has at least 7.";
    QTest::newRow("too short national") << "uk"
                                        << "0207"
                                        << "too short (5 digits)";
    QTest::newRow("too short after 00") << "de"
                                        << "0049"
                                        << "too short (2 digits)";
    QTest::newRow("too long")
        << "nanp"
        << "+1234567890123456"
        << "The number is too long (16 digits); an international number has at most 15.";
    QTest::newRow("too long national") << "de"
                                       << "030 1234567890123"
                                       << "too long (17 digits)";
    QTest::newRow("country code 0 with plus") << "nanp"
                                              << "+0441234567"
                                              << "A country code cannot start with 0";
    QTest::newRow("country code 0 after 00") << "uk"
                                             << "000 44 20 7946 0958"
                                             << "A country code cannot start with 0";
    QTest::newRow("country code 0 bare") << "nanp"
                                         << "0123456789"
                                         << "cannot start with 0";
    QTest::newRow("only international prefix") << "nanp"
                                               << "011"
                                               << "only the international prefix 011";
    QTest::newRow("only national prefix") << "uk"
                                          << "0"
                                          << "only the national prefix 0";
    QTest::newRow("bare local number needs country code") << "nanp"
                                                          << "555-012"
                                                          << "A national number needs the country code";
    QTest::newRow("bare local number, no national prefix")
        << "it"
        << "612345"
        << "A national number needs the country code; type +39 before it.";
}

void TestDialPlan::invalid()
{
    QFETCH(QString, plan);
    QFETCH(QString, input);
    QFETCH(QString, mentions);

    const DialPlan::Result result = planNamed(plan).normalise(input);
    QVERIFY(!result.ok());
    QVERIFY(result.number.isEmpty());
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestDialPlan::invalidPlanIsReported()
{
    DialPlan plan;
    plan.countryCode = QStringLiteral("0x");
    const DialPlan::Result result = plan.normalise(QStringLiteral("+442079460958"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("dial plan")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("country code")), qPrintable(result.error));
}

void TestDialPlan::fromE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: rejected

    QTest::newRow("with plus") << "+442079460958"
                               << "442079460958";
    QTest::newRow("without plus") << "442079460958"
                                  << "442079460958";
    QTest::newRow("surrounding spaces") << " +12125550123 "
                                        << "12125550123";
    QTest::newRow("seven digits") << "1234567"
                                  << "1234567";
    QTest::newRow("fifteen digits") << "123456789012345"
                                    << "123456789012345";
    QTest::newRow("six digits") << "123456"
                                << "";
    QTest::newRow("sixteen digits") << "1234567890123456"
                                    << "";
    QTest::newRow("leading zero") << "+0441234567"
                                  << "";
    QTest::newRow("separators") << "+44 20 7946 0958"
                                << "";
    QTest::newRow("dashes") << "44-20-7946-0958"
                            << "";
    QTest::newRow("letters") << "44207946095x"
                             << "";
    QTest::newRow("two pluses") << "++442079460958"
                                << "";
    QTest::newRow("plus only") << "+"
                               << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestDialPlan::fromE164()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const PhoneNumber number = PhoneNumber::fromE164(input);
    QCOMPARE(number.isEmpty(), expected.isEmpty());
    QCOMPARE(number.digits(), expected);
}

void TestDialPlan::toPlus()
{
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("442079460958")).toPlus(), QStringLiteral("+442079460958"));
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("+12125550123")).toPlus(), QStringLiteral("+12125550123"));
    QCOMPARE(PhoneNumber().toPlus(), QString());
    QVERIFY(PhoneNumber().toPlus().isEmpty());
    QVERIFY(PhoneNumber().digits().isEmpty());
}

void TestDialPlan::equality()
{
    const PhoneNumber a = PhoneNumber::fromE164(QStringLiteral("+442079460958"));
    QCOMPARE(a, PhoneNumber::fromE164(QStringLiteral("442079460958")));
    QCOMPARE(a, planNamed(QStringLiteral("uk")).normalise(QStringLiteral("020 7946 0958")).number);
    QVERIFY(a != PhoneNumber::fromE164(QStringLiteral("442079460959")));
    QVERIFY(a != PhoneNumber());
    QVERIFY(PhoneNumber() == PhoneNumber::fromE164(QStringLiteral("bad")));
}

void TestDialPlan::validate_data()
{
    QTest::addColumn<QString>("countryCode");
    QTest::addColumn<QStringList>("internationalPrefixes");
    QTest::addColumn<QString>("nationalPrefix");
    QTest::addColumn<QString>("mentions"); // empty: the plan is valid

    const QStringList zeroZero{QStringLiteral("00")};
    QTest::newRow("nanp") << "1" << QStringList{QStringLiteral("011")} << "1"
                          << "";
    QTest::newRow("uk") << "44" << zeroZero << "0"
                        << "";
    QTest::newRow("three-digit code") << "353" << zeroZero << "0"
                                      << "";
    QTest::newRow("no national prefix") << "39" << zeroZero << ""
                                        << "";
    QTest::newRow("no international prefix") << "44" << QStringList() << "0"
                                             << "";
    QTest::newRow("two international prefixes")
        << "61" << QStringList{QStringLiteral("0011"), QStringLiteral("00")} << "0"
        << "";
    QTest::newRow("empty country code") << "" << zeroZero << "0"
                                        << "The country code is empty.";
    QTest::newRow("letters in country code") << "4a" << zeroZero << "0"
                                             << "digits only";
    QTest::newRow("plus in country code") << "+44" << zeroZero << "0"
                                          << "digits only";
    QTest::newRow("country code too long") << "1234" << zeroZero << "0"
                                           << "1 to 3 digits";
    QTest::newRow("country code starts with 0") << "044" << zeroZero << "0"
                                                << "cannot start with 0";
    QTest::newRow("empty international prefix") << "44" << QStringList{QString()} << "0"
                                                << "cannot be empty";
    QTest::newRow("bad international prefix") << "44" << QStringList{QStringLiteral("+")} << "0"
                                              << "international prefix '+'";
    QTest::newRow("bad national prefix") << "44" << zeroZero << "0-"
                                         << "national prefix '0-'";
    QTest::newRow("national equals international") << "44" << zeroZero << "00"
                                                   << "same as an international";
}

void TestDialPlan::validate()
{
    QFETCH(QString, countryCode);
    QFETCH(QStringList, internationalPrefixes);
    QFETCH(QString, nationalPrefix);
    QFETCH(QString, mentions);

    const DialPlan plan = makePlan(countryCode, internationalPrefixes, nationalPrefix, true);
    const QString error = plan.validate();
    if (mentions.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestDialPlan)
#include "TestDialPlan.moc"
