#pragma once

#include "cards/CardService.h"

#include <QString>

namespace rebound::console {

// A print-ready PDF of a freshly generated batch: ten cards per A4 page
// (two columns of five, 85 x 54 mm like a business card, with cut marks),
// each with value, serial, PIN, expiry and how to use it (`instructions`, or
// a default for the card kind when empty). Returns an empty string on
// success, else what went wrong.
QString writeCardsPdf(const cards::GeneratedBatch& batch, const QString& path, const QString& resellerName,
                      const QString& instructions = {});

} // namespace rebound::console
