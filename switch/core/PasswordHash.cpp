#include "core/PasswordHash.h"

#include "core/SecretToken.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>
#include <atomic>

namespace rebound::core {

namespace {
std::atomic<int> g_defaultIterations{PasswordHash::DefaultIterations};
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
const QString Scheme = QStringLiteral("pbkdf2-sha256");

QByteArray derive(const QString& secret, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt, iterations,
                                              KeyBytes);
}
} // namespace

int PasswordHash::defaultIterations()
{
    return g_defaultIterations.load();
}

void PasswordHash::setDefaultIterationsForTesting(int iterations)
{
    g_defaultIterations.store(iterations);
}

QString PasswordHash::hash(const QString& secret, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray key = derive(secret, salt, iterations);
    return QStringList{Scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(key.toBase64())}
        .join(QLatin1Char('$'));
}

bool PasswordHash::verify(const QString& secret, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != Scheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.isEmpty() || expected.size() != KeyBytes)
        return false;
    return constantTimeEquals(derive(secret, salt, iterations), expected);
}

bool PasswordHash::needsRehash(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    return parts.size() != 4 || parts[0] != Scheme || parts[1].toInt() < defaultIterations();
}

} // namespace rebound::core
