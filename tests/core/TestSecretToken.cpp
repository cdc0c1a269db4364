#include "core/SecretToken.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using rebound::core::SecretToken;

class TestSecretToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatedSecretsArePrefixedUrlSafeAndDistinct()
    {
        QSet<QString> seen;
        const QRegularExpression shape(QStringLiteral("^rbt_[A-Za-z0-9_-]{43}$")); // 32 bytes, base64url
        for (int i = 0; i < 200; ++i) {
            const QString secret = SecretToken::generate(QStringLiteral("rbt_"));
            QVERIFY2(shape.match(secret).hasMatch(), qPrintable(secret));
            seen.insert(secret);
        }
        QCOMPARE(seen.size(), 200);
    }

    void digestMatchesOnlyItsSecret()
    {
        const QString secret = SecretToken::generate(QStringLiteral("rbs_"));
        const QString digest = SecretToken::digest(secret);
        QVERIFY(digest.startsWith(QStringLiteral("sha256:")));
        QCOMPARE(digest.size(), 7 + 64);
        QVERIFY(!digest.contains(secret));
        QCOMPARE(SecretToken::digest(QStringLiteral("abc")),
                 QStringLiteral("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(SecretToken::matches(secret, digest));
        QVERIFY(!SecretToken::matches(secret + QLatin1Char('x'), digest));
        QVERIFY(!SecretToken::matches(secret.chopped(1), digest));
        QVERIFY(!SecretToken::matches(digest, digest));
        QVERIFY(!SecretToken::matches(QString(), SecretToken::digest(QString())));
        QVERIFY(!SecretToken::matches(secret, QString()));
        QVERIFY(!SecretToken::matches(secret, digest.mid(7))); // without the scheme
    }

    void constantTimeEquals()
    {
        QVERIFY(rebound::core::constantTimeEquals("abc", "abc"));
        QVERIFY(!rebound::core::constantTimeEquals("abc", "abd"));
        QVERIFY(!rebound::core::constantTimeEquals("abc", "ab"));
        QVERIFY(rebound::core::constantTimeEquals({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestSecretToken)
#include "TestSecretToken.moc"
