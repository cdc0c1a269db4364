#pragma once

#include "sip/Sdp.h"

#include <cstdint>

namespace rebound::routing {
class LegDialer;
}

namespace rebound::callback {

// Where one leg of a callback has got to: leg A to the subscriber's phone,
// leg B to the destination. CallbackSession holds one of each; it owns the
// dialer (a child QObject) and the media session named here.
struct CallLeg
{
    std::int64_t record = 0; // its CDR row (legs.id); a failover opens the next
    int media = 0;           // its MediaEngine session; 0 before dialling and after failing
    quint16 port = 0;        // that session's local RTP port, for new offers
    media::Direction direction = media::Direction::SendRecv; // as the peer last offered
    routing::LegDialer* dialer = nullptr;
    bool up = false;     // answered and not ended
    bool closed = false; // its record is closed (or its end is deferred to the billing)
};

} // namespace rebound::callback
