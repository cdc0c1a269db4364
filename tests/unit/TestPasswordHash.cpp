#include "core/PasswordHash.h"

#include <QTest>

using rebound::core::PasswordHash;

class TestPasswordHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { PasswordHash::setDefaultIterationsForTesting(1000); }

    void verifiesTheRightSecretOnly()
    {
        const QString stored = PasswordHash::hash(QStringLiteral("correct horse"));
        QVERIFY(PasswordHash::verify(QStringLiteral("correct horse"), stored));
        QVERIFY(!PasswordHash::verify(QStringLiteral("correct horsE"), stored));
        QVERIFY(!PasswordHash::verify(QString(), stored));
    }

    void saltMakesEveryHashDifferent()
    {
        const QString a = PasswordHash::hash(QStringLiteral("1234567890"));
        const QString b = PasswordHash::hash(QStringLiteral("1234567890"));
        QVERIFY(a != b);
        QVERIFY(!a.contains(QStringLiteral("1234567890")));
        QVERIFY(a.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    }

    void malformedStoredValuesNeverVerify_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("secret");
        QTest::newRow("wrong scheme") << QStringLiteral("md5$1$c2FsdA==$aGFzaA==");
        QTest::newRow("bad iterations") << QStringLiteral("pbkdf2-sha256$x$c2FsdA==$aGFzaA==");
        QTest::newRow("short key") << QStringLiteral("pbkdf2-sha256$10$c2FsdA==$aGFzaA==");
    }
    void malformedStoredValuesNeverVerify()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHash::verify(QStringLiteral("secret"), stored));
    }

    void oldIterationCountsNeedRehash()
    {
        const QString weak = PasswordHash::hash(QStringLiteral("pw"), 500);
        QVERIFY(PasswordHash::needsRehash(weak));
        QVERIFY(!PasswordHash::needsRehash(PasswordHash::hash(QStringLiteral("pw"))));
        QVERIFY(PasswordHash::verify(QStringLiteral("pw"), weak));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "TestPasswordHash.moc"
