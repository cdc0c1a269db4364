#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QRandomGenerator;

namespace rebound::cards {

// Card PINs: random digits from a CSPRNG with a Luhn check digit last, so a
// mistyped PIN is refused before any database lookup. Only a keyed hash of a
// PIN is ever stored.
class Pin
{
    Q_DECLARE_TR_FUNCTIONS(Pin)

public:
    static constexpr int MinLength = 10;
    static constexpr int MaxLength = 20;
    static constexpr int DefaultLength = 12;

    // length - 1 random digits plus the check digit. The generator must be a
    // CSPRNG (QRandomGenerator::system()) outside tests.
    static QString generate(int length, QRandomGenerator& random);
    // Removes spaces, dashes and dots people type between digit groups.
    static QString normalise(const QString& typed);
    // Empty when `pin` (normalised) is well-formed, else why not.
    static QString check(const QString& pin);
    static bool luhnValid(const QString& digits);
    static int luhnCheckDigit(const QString& payload);

    // HMAC-SHA256 of the PIN under the installation's card key, hex. The
    // same PIN always gives the same hash, so it can be looked up and kept
    // unique; without the key the hash says nothing about the PIN.
    static QString hash(const QString& pin, const QByteArray& key);
};

} // namespace rebound::cards
