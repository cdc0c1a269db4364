#include "cards/PinKey.h"

#include "core/PrivateFile.h"
#include "store/CardRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace rebound::cards {

namespace {
const QString LegacySetting = QStringLiteral("cards.pin_key"); // where older versions kept it
constexpr int KeyBytes = 32;

// Creates the key file with `key` unless it exists already; then the file
// decides (two processes starting together agree on the one that won).
void createOnce(const QString& path, const QByteArray& key)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (file.write(key.toHex() + '\n') < 0 || !file.flush())
            throw store::StoreError(store::StoreError::Kind::CannotOpen,
                                    PinKey::tr("Cannot write the card PIN key %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

QByteArray readKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw store::StoreError(store::StoreError::Kind::CannotOpen,
                                PinKey::tr("Cannot read the card PIN key %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray key = QByteArray::fromHex(file.readLine().trimmed());
    if (key.size() != KeyBytes)
        throw store::StoreError(store::StoreError::Kind::CannotOpen,
                                PinKey::tr("The card PIN key %1 is damaged: restore it from your backup.")
                                    .arg(QDir::toNativeSeparators(path)));
    return key;
}
} // namespace

QString PinKey::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".pin-key");
}

QByteArray PinKey::load(const store::Database& db)
{
    const QString path = pathFor(db.path());
    store::SettingsRepository settings(db);
    if (!QFile::exists(path)) {
        const QByteArray legacy = QByteArray::fromHex(settings.value(LegacySetting).toLatin1());
        if (legacy.size() == KeyBytes) {
            createOnce(path, legacy);
        } else if (store::CardRepository(db).batches().isEmpty()) {
            QByteArray key(KeyBytes, Qt::Uninitialized);
            QRandomGenerator::system()->generate(key.begin(), key.end());
            createOnce(path, key);
        } else {
            throw store::StoreError(
                store::StoreError::Kind::CannotOpen,
                tr("The card PIN key %1 is missing, and cards exist: restore the key from the backup "
                   "you made with the database. A new key would make every printed PIN worthless.")
                    .arg(QDir::toNativeSeparators(path)));
        }
    }
    const QByteArray key = readKey(path);
    if (!settings.value(LegacySetting).isEmpty())
        settings.remove(LegacySetting); // moved: the database alone no longer holds it
    return key;
}

} // namespace rebound::cards
