#include "core/Languages.h"

#include <QTest>

using rebound::core::Languages;

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchReadsThePrimarySubtag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "es"
                               << "es";
        QTest::newRow("region") << "es-MX"
                                << "es";
        QTest::newRow("posix locale") << "fr_CA.UTF-8"
                                      << "fr";
        QTest::newRow("upper case") << "FR"
                                    << "fr";
        QTest::newRow("spaces") << "  en-GB "
                                << "en";
        QTest::newRow("unsupported") << "de-DE"
                                     << "";
        QTest::newRow("wildcard") << "*"
                                  << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("prefix is not a language") << "esperanto"
                                                  << "";
    }
    void matchReadsThePrimarySubtag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, expected);
        QCOMPARE(Languages::match(tag), expected);
        QCOMPARE(Languages::orEnglish(tag), expected.isEmpty() ? QStringLiteral("en") : expected);
    }

    void acceptLanguageHonoursQualities_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("single") << "fr"
                                << "fr";
        QTest::newRow("browser default") << "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7"
                                         << "fr";
        QTest::newRow("first supported") << "de-DE,de;q=0.9,es;q=0.8,en;q=0.5"
                                         << "es";
        QTest::newRow("higher q later") << "en;q=0.4, es;q=0.9"
                                        << "es";
        QTest::newRow("equal q keeps order") << "fr;q=0.5,es;q=0.5"
                                             << "fr";
        QTest::newRow("q=0 refuses") << "fr;q=0, es;q=0.1"
                                     << "es";
        QTest::newRow("nothing supported") << "de, it;q=0.8"
                                           << "en";
        QTest::newRow("empty") << ""
                               << "en";
        QTest::newRow("garbage q") << "fr;q=abc,es;q=0.2"
                                   << "es";
        QTest::newRow("q above one") << "fr;q=7,es;q=0.2"
                                     << "es";
    }
    void acceptLanguageHonoursQualities()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        QCOMPARE(Languages::fromAcceptLanguage(header), expected);
    }

    void fallbackIsTheCallersChoice()
    {
        QCOMPARE(Languages::fromAcceptLanguage(QStringLiteral("de"), QStringLiteral("fr")),
                 QStringLiteral("fr"));
    }

    void nativeNames()
    {
        QCOMPARE(Languages::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(Languages::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(Languages::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void translateFallsBackToTheSourceWithPercentN()
    {
        // A text no translation holds comes back as written, %n replaced.
        QCOMPARE(Languages::translate(QStringLiteral("fr"), "TestLanguages", "%n apples", nullptr, 3),
                 QStringLiteral("3 apples"));
        QCOMPARE(Languages::translate(QStringLiteral("de"), "TestLanguages", "plain"),
                 QStringLiteral("plain"));
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "TestLanguages.moc"
