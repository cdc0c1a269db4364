#pragma once

#include "cards/CardService.h"

#include <QByteArray>

namespace rebound::cards {

// CSV files of cards. Only a freshly generated batch can be written with its
// PINs (for the printer); every later export is an inventory without them,
// because PINs are never stored.
class CardCsv
{
public:
    // serial,pin,value,currency,expires
    static QByteArray withPins(const GeneratedBatch& batch);
    // serial,status,value,currency,expires,used_at,account
    static QByteArray inventory(const store::CardBatch& batch, const QList<store::Card>& cards);
    // "1234 5678 9012": how PINs are printed, so people can read them out.
    static QString groupedPin(const QString& pin);
};

} // namespace rebound::cards
