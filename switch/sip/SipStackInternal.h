#pragma once

// Private to SipStack's own files (SipStack.cpp, SipStackLegs.cpp,
// SipStackRequests.cpp): the Sofia-SIP helpers and handle markers they share.
// Nothing outside switch/sip/SipStack*.cpp includes it.

#include <QString>
#include <sofia-sip/nua.h>

namespace rebound::sip {

// Markers bound to handles (their "hmagic") so we know whose they are.
inline char IncomingInvite;
inline char OutgoingMessage;

inline constexpr const char* AllowedMethods = "INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE, INFO, UPDATE";

inline nua_t* asNua(void* p)
{
    return static_cast<nua_t*>(p);
}

inline QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace rebound::sip
