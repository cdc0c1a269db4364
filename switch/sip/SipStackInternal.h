#pragma once

// Private to SipStack's own files (SipStack.cpp, SipStackLegs.cpp,
// SipStackRequests.cpp): the Sofia-SIP helpers and handle markers they share.
// Nothing outside switch/sip/SipStack*.cpp includes it.

#include "sip/Sofia.h"

#include <QString>
#include <sofia-sip/nua.h>

namespace rebound::sip {

// Markers bound to handles (their "hmagic") so we know whose they are.
inline char IncomingInvite;
inline char OutgoingMessage;

inline constexpr const char* AllowedMethods = "INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE, INFO, UPDATE";

} // namespace rebound::sip
