#pragma once

#include <QString>

namespace rebound::core {

// Salted, slow password and PIN hashing (PBKDF2-HMAC-SHA256). The stored form
// is self-describing: "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>", so
// the iteration count can be raised later without breaking old hashes.
class PasswordHash
{
public:
    // OWASP's figure for PBKDF2-HMAC-SHA256 (2023). Older hashes keep working
    // and are rehashed at the next sign-in (needsRehash).
    static constexpr int DefaultIterations = 600'000;

    static QString hash(const QString& secret, int iterations = defaultIterations());
    // Constant-time comparison; false for malformed stored values.
    static bool verify(const QString& secret, const QString& stored);
    // True when the stored hash uses fewer iterations than today's default.
    static bool needsRehash(const QString& stored);

    // Tests lower this to keep thousands of hashes fast; production never does.
    static int defaultIterations();
    static void setDefaultIterationsForTesting(int iterations);
};

} // namespace rebound::core
