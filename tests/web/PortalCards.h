#pragma once

#include "cards/CardService.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "store/Database.h"

namespace rebound::test {

// `count` new $10 cards of `kind` for the portal tests to top up or activate
// with: charge-up cards serialled CU…, prepaid calling cards PC… on the demo
// retail plan (so the demo data must be seeded).
inline cards::GeneratedBatch portalCards(const store::Database& db, const core::Clock& clock,
                                         store::CardKind kind, int count)
{
    cards::BatchSpec spec;
    spec.kind = kind;
    spec.count = count;
    spec.faceValue = core::Money::fromUnits(10);
    spec.serialPrefix = kind == store::CardKind::Ppcc ? QStringLiteral("PC") : QStringLiteral("CU");
    if (kind == store::CardKind::Ppcc)
        spec.sellPlan = QStringLiteral("Demo retail");
    return cards::CardService(db, clock).generate(spec, QStringLiteral("test"));
}

} // namespace rebound::test
