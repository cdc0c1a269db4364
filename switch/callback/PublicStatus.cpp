#include "callback/PublicStatus.h"

#include "store/CallbackRequestRepository.h"

namespace rebound::callback {

PublicStatus publicStatus(store::RequestState state)
{
    switch (state) {
    case store::RequestState::Requested:
    case store::RequestState::DialingA:
    case store::RequestState::Ivr:
        return PublicStatus::CallingYou;
    case store::RequestState::DialingB:
        return PublicStatus::CallingDestination;
    case store::RequestState::Bridged:
        return PublicStatus::Connected;
    case store::RequestState::Completed:
    case store::RequestState::Failed:
        break;
    }
    return PublicStatus::Finished;
}

QString publicStatusKey(PublicStatus status)
{
    switch (status) {
    case PublicStatus::CallingYou:
        return QStringLiteral("calling_you");
    case PublicStatus::CallingDestination:
        return QStringLiteral("calling_destination");
    case PublicStatus::Connected:
        return QStringLiteral("connected");
    case PublicStatus::Finished:
        break;
    }
    return QStringLiteral("finished");
}

} // namespace rebound::callback
