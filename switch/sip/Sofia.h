#pragma once

// Small Sofia-SIP helpers shared by the switch's SIP stack (SipStack*.cpp)
// and the built-in test phones (testphones/TestPhones.cpp), which both drive
// nua directly.

#include <QByteArray>
#include <QString>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/su_tag.h>

namespace rebound::sip {

// The nua stack behind the `void*` our headers keep (they do not include Sofia).
inline nua_t* asNua(void* p)
{
    return static_cast<nua_t*>(p);
}

// A header field's text; empty for a missing one.
inline QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// The message's body (an SDP offer or answer, an SMS text); empty if none.
inline QByteArray payloadOf(const sip_t* sip)
{
    if (!sip || !sip->sip_payload || !sip->sip_payload->pl_data)
        return {};
    return QByteArray(sip->sip_payload->pl_data, static_cast<qsizetype>(sip->sip_payload->pl_len));
}

// Whether an nua_i_state event's tags say the call has ended.
inline bool callTerminated(const void* tags)
{
    int callstate = nua_callstate_init;
    tl_gets(static_cast<const tagi_t*>(tags), NUTAG_CALLSTATE_REF(callstate), TAG_END());
    return callstate == nua_callstate_terminated;
}

} // namespace rebound::sip
