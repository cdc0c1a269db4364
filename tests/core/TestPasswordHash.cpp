#include "core/PasswordHash.h"

#include <QPasswordDigestor>
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

    void hashesMadeBeforeStillVerify()
    {
        // Stored by an earlier version (QPasswordDigestor, 120,000 rounds):
        // the same PBKDF2, so it verifies, and it asks to be rehashed.
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        const QByteArray key =
            QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "pässword", salt, 120'000, 32);
        const QString stored =
            QStringLiteral("pbkdf2-sha256$120000$%1$%2")
                .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
        QVERIFY(PasswordHash::verify(QStringLiteral("pässword"), stored));
        QVERIFY(!PasswordHash::verify(QStringLiteral("password"), stored));
        PasswordHash::setDefaultIterationsForTesting(PasswordHash::DefaultIterations);
        QVERIFY(PasswordHash::needsRehash(stored));
        QCOMPARE(PasswordHash::DefaultIterations, 600'000);
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
