#pragma once

#include "store/Gateway.h"

#include <QHash>

namespace rebound::routing {

// Legs each gateway carries right now (ringing included), against its
// max_calls. Lives on the switch thread, shared by every dialer there.
class GatewayLoad
{
public:
    bool busy(const store::Gateway& gateway) const
    {
        return gateway.maxCalls > 0 && m_calls.value(gateway.id) >= gateway.maxCalls;
    }
    void started(qint64 gatewayId) { ++m_calls[gatewayId]; }
    void ended(qint64 gatewayId)
    {
        if (--m_calls[gatewayId] <= 0)
            m_calls.remove(gatewayId);
    }
    int calls(qint64 gatewayId) const { return m_calls.value(gatewayId); }

private:
    QHash<qint64, int> m_calls;
};

} // namespace rebound::routing
