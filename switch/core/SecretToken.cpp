#include "core/SecretToken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace rebound::core {

namespace {
constexpr int SecretBytes = 32;
const QString Scheme = QStringLiteral("sha256:");
} // namespace

QString SecretToken::generate(const QString& prefix)
{
    QByteArray bytes(SecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return prefix + QString::fromLatin1(
                        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SecretToken::digest(const QString& secret)
{
    return Scheme +
           QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool SecretToken::matches(const QString& secret, const QString& storedDigest)
{
    if (secret.isEmpty() || !storedDigest.startsWith(Scheme))
        return false;
    return constantTimeEquals(digest(secret).toLatin1(), storedDigest.toLatin1());
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace rebound::core
