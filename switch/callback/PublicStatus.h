#pragma once

#include <QString>

namespace rebound::store {
enum class RequestState;
}

namespace rebound::callback {

// What a subscriber is told of a callback request, the same in the portal
// and in the JSON API: four steps, in this order. The IVR counts as
// CallingYou: the subscriber is on the line and nobody else is rung yet.
// The one mapping from store::RequestState to the public words; the
// console names the states themselves (store::displayName).
enum class PublicStatus
{
    CallingYou,
    CallingDestination,
    Connected,
    Finished
};
PublicStatus publicStatus(store::RequestState state);
// The word the API returns and the portal's pages and script use: "calling_you", ...
QString publicStatusKey(PublicStatus status);

} // namespace rebound::callback
