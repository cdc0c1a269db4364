#pragma once

#include <QByteArray>
#include <QString>

namespace rebound::core {

// High-entropy shared secrets for machines (API tokens, the HTTP SMS gateway
// secret): 32 bytes from the system CSPRNG, base64url, behind a prefix that
// says what the secret is for ("rbt_…"), so a leaked one is recognisable in a
// log or a repository. Only digest() is stored. A plain SHA-256 is enough
// here, unlike passwords: 256 random bits cannot be guessed, so a slow hash
// would only slow every request down.
class SecretToken
{
public:
    static QString generate(const QString& prefix);
    // "sha256:<hex>" of the secret's UTF-8 bytes.
    static QString digest(const QString& secret);
    // Whether `secret` hashes to `storedDigest`, in constant time; false when
    // either is empty.
    static bool matches(const QString& secret, const QString& storedDigest);
};

// Compares every byte, so the time taken does not reveal where a and b differ
// (only whether their lengths do).
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace rebound::core
