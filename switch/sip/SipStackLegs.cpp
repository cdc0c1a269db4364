// SipStack's outbound legs: the INVITE, its answer (digest challenges
// answered once, a 200 that crossed our CANCEL ended at once), offers from
// the peer and our re-INVITEs on an answered leg, INFO digits, the leg's end.

#include "sip/SipStack.h"
#include "sip/SipStackInternal.h"

#include <QTimer>
#include <QUuid>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_tag.h>

namespace rebound::sip {

namespace {
// The realm as Sofia's "Digest:realm:user:password" wants it: quoted.
QString quotedRealm(QString realm)
{
    if (!realm.startsWith(QLatin1Char('"')))
        realm = QLatin1Char('"') + realm + QLatin1Char('"');
    return realm;
}
} // namespace

int SipStack::invite(const OutboundLeg& target)
{
    const int id = m_nextToken++;
    if (!m_nua) {
        QTimer::singleShot(0, this, [this, id] { Q_EMIT legFailed(id, 503, tr("SIP is not running")); });
        return id;
    }
    const QByteArray to = target.requestUri.toUtf8();
    const QByteArray from = target.fromUri.toUtf8();
    // Our own Call-ID, known before any answer, so even a leg nobody
    // answered can be found in a trace.
    const QByteArray callIdText =
        QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + advertisedHost().toUtf8();
    nua_handle_t* nh = nua_handle(asNua(m_nua), nullptr, SIPTAG_TO_STR(to.constData()),
                                  TAG_IF(!from.isEmpty(), SIPTAG_FROM_STR(from.constData())),
                                  SIPTAG_CALL_ID_STR(callIdText.constData()), TAG_END());
    if (!nh) {
        QTimer::singleShot(0, this, [this, id] { Q_EMIT legFailed(id, 500, tr("cannot create a call")); });
        return id;
    }
    nua_handle_bind(nh, reinterpret_cast<nua_hmagic_t*>(nh));
    Leg& leg = m_legs[nh];
    leg.id = id;
    leg.target = target;
    ++m_liveHandles;
    const QByteArray sdp = target.sdpOffer;
    leg.callId = QString::fromLatin1(callIdText);
    leg.localSdp = target.sdpOffer;
    nua_invite(nh, NUTAG_URL(to.constData()), SIPTAG_CONTENT_TYPE_STR("application/sdp"),
               SIPTAG_PAYLOAD_STR(sdp.constData()),
               TAG_IF(!m_contact.isEmpty(), SIPTAG_CONTACT_STR(m_contact.constData())), TAG_END());
    Q_EMIT logLine(tr("INVITE %1 (leg %2)").arg(target.requestUri).arg(id));
    return id;
}

void* SipStack::legHandle(int legId) const
{
    for (auto it = m_legs.cbegin(); it != m_legs.cend(); ++it)
        if (it->id == legId)
            return it.key();
    return nullptr;
}

QString SipStack::callId(int legId) const
{
    void* nh = legHandle(legId);
    return nh ? m_legs.value(nh).callId : QString();
}

void SipStack::cancel(int legId)
{
    if (void* nh = legHandle(legId)) {
        m_legs[nh].cancelled = true;
        nua_cancel(static_cast<nua_handle_t*>(nh), TAG_END());
    }
}

void SipStack::hangup(int legId)
{
    void* nh = legHandle(legId);
    if (!nh)
        return;
    if (m_legs.value(nh).answered)
        nua_bye(static_cast<nua_handle_t*>(nh), TAG_END());
    else
        cancel(legId);
}

void SipStack::onInviteResponse(Leg& leg, int status, const QString& reason, void* handle, const void* sipPtr)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    if (leg.answered && !leg.cancelled) {
        // The answer to our re-INVITE on an established call. A refusal
        // leaves the call as it was (nua ends the dialog itself if the
        // refusal says it is gone).
        if (status >= 200 && status < 300) {
            leg.localSdp = leg.pendingOfferSdp;
            Q_EMIT legUpdated(leg.id, payloadOf(sip));
        } else if (status >= 300) {
            Q_EMIT logLine(tr("leg %1: re-INVITE refused: %2 %3").arg(leg.id).arg(status).arg(reason));
        }
        return;
    }
    if ((status == 401 || status == 407) && !leg.authenticated && !leg.target.username.isEmpty()) {
        // Answer the challenge once, and only for the gateway's own realm
        // when it has one: the password is never offered to another realm.
        QString challenged;
        const msg_auth_t* challenge = status == 401 ? sip->sip_www_authenticate : sip->sip_proxy_authenticate;
        if (challenge && challenge->au_params)
            for (const msg_param_t* p = challenge->au_params; *p; ++p)
                if (QByteArray(*p).startsWith("realm="))
                    challenged = QString::fromUtf8(*p + 6);
        QString unquoted = challenged;
        if (unquoted.size() >= 2 && unquoted.startsWith(QLatin1Char('"')) &&
            unquoted.endsWith(QLatin1Char('"')))
            unquoted = unquoted.mid(1, unquoted.size() - 2);
        if (leg.target.realm.isEmpty() || leg.target.realm == unquoted) {
            const QByteArray auth = QStringLiteral("Digest:%1:%2:%3")
                                        .arg(quotedRealm(unquoted), leg.target.username, leg.target.password)
                                        .toUtf8();
            leg.authenticated = true;
            nua_authenticate(nh, NUTAG_AUTH(auth.constData()), TAG_END());
            Q_EMIT logLine(tr("leg %1: %2 challenge answered").arg(leg.id).arg(status));
            return;
        }
        Q_EMIT logLine(tr("leg %1: challenged for realm %2, but our credentials are for %3")
                           .arg(QString::number(leg.id), unquoted, leg.target.realm));
    }
    if (status < 200) {
        Q_EMIT legProgress(leg.id, status, reason);
    } else if (status < 300 && leg.cancelled) {
        // The 200 OK crossed our CANCEL (or came after we gave up on a
        // silent gateway): the dialog exists, so it is ACKed and ended at
        // once. Whoever gave the leg up hears only that it ended.
        leg.answered = true;
        Q_EMIT logLine(tr("leg %1 answered after it was given up; hanging up").arg(leg.id));
        nua_bye(nh, TAG_END());
    } else if (status < 300) {
        leg.answered = true;
        Q_EMIT logLine(tr("leg %1 answered").arg(leg.id));
        Q_EMIT legAnswered(leg.id, payloadOf(sip));
    } else {
        if (!leg.finished) {
            leg.finished = true;
            Q_EMIT logLine(tr("leg %1 failed: %2 %3").arg(leg.id).arg(status).arg(reason));
            Q_EMIT legFailed(leg.id, status, reason);
        }
        // A final refusal ends the INVITE for good. nua reports no
        // "terminated" state after a challenge it was not asked to answer,
        // so the handle is released here, whatever the refusal was.
        releaseLeg(handle);
    }
}

void SipStack::onLegInvite(Leg& leg, int event, void* handle, const void* sipPtr)
{
    // A re-INVITE or UPDATE on an established leg: hold, resume, a new
    // address, or a session refresh. The offer (if any) is answered by the
    // call that owns the leg's media, at once, from the legOffer slot.
    auto* nh = static_cast<nua_handle_t*>(handle);
    const QByteArray offer = payloadOf(static_cast<const sip_t*>(sipPtr));
    const bool isUpdate = event == nua_i_update;
    if (!leg.answered || leg.finished) {
        nua_respond(nh, 491, "Request Pending", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
        return;
    }
    if (isUpdate && offer.isEmpty()) {
        // A session refresh by UPDATE: nua adds the Session-Expires.
        nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)),
                    TAG_IF(!m_contact.isEmpty(), SIPTAG_CONTACT_STR(m_contact.constData())), TAG_END());
        return;
    }
    leg.pendingOffer = handle;
    leg.offerAnswered = false;
    Q_EMIT legOffer(leg.id, offer);
    Leg& after = m_legs[handle]; // the slot may have touched the hash
    after.pendingOffer = nullptr;
    if (after.offerAnswered)
        return;
    if (offer.isEmpty()) {
        // An offerless re-INVITE (or a refresh): our session as it stands.
        nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)), SIPTAG_CONTENT_TYPE_STR("application/sdp"),
                    SIPTAG_PAYLOAD_STR(after.localSdp.constData()),
                    TAG_IF(!m_contact.isEmpty(), SIPTAG_CONTACT_STR(m_contact.constData())), TAG_END());
    } else {
        nua_respond(nh, 488, "Not Acceptable Here", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
    }
}

void SipStack::answerOffer(int legId, int status, const QByteArray& sdpAnswer)
{
    void* handle = legHandle(legId);
    if (!handle)
        return;
    Leg& leg = m_legs[handle];
    if (leg.pendingOffer != handle || leg.offerAnswered)
        return; // not inside legOffer: nothing to answer
    leg.offerAnswered = true;
    const char* phrase = sip_status_phrase(status);
    if (status >= 200 && status < 300 && !sdpAnswer.isEmpty())
        leg.localSdp = sdpAnswer;
    nua_respond(static_cast<nua_handle_t*>(handle), status, phrase ? phrase : "Unknown",
                NUTAG_WITH_THIS(asNua(m_nua)),
                TAG_IF(!sdpAnswer.isEmpty(), SIPTAG_CONTENT_TYPE_STR("application/sdp")),
                TAG_IF(!sdpAnswer.isEmpty(), SIPTAG_PAYLOAD_STR(sdpAnswer.constData())),
                TAG_IF(!m_contact.isEmpty() && status < 300, SIPTAG_CONTACT_STR(m_contact.constData())),
                TAG_END());
    Q_EMIT logLine(tr("leg %1: new offer answered %2").arg(legId).arg(status));
}

void SipStack::reinvite(int legId, const QByteArray& sdpOffer)
{
    void* handle = legHandle(legId);
    if (!handle || !m_legs.value(handle).answered || m_legs.value(handle).finished)
        return;
    Leg& leg = m_legs[handle];
    leg.pendingOfferSdp = sdpOffer;
    nua_invite(static_cast<nua_handle_t*>(handle), SIPTAG_CONTENT_TYPE_STR("application/sdp"),
               SIPTAG_PAYLOAD_STR(leg.pendingOfferSdp.constData()),
               TAG_IF(!m_contact.isEmpty(), SIPTAG_CONTACT_STR(m_contact.constData())), TAG_END());
    Q_EMIT logLine(tr("leg %1: re-INVITE sent").arg(legId));
}

void SipStack::releaseLeg(void* handle)
{
    if (!m_legs.remove(handle))
        return;
    --m_liveHandles;
    destroyHandle(handle);
}

void SipStack::onLegEvent(int event, int status, const char*, void* handle, const void* sipPtr, void* tagsPtr)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    Leg& leg = m_legs[handle];
    const QString reason =
        sip && sip->sip_status ? text(sip->sip_status->st_phrase) : text(sip_status_phrase(status));
    switch (event) {
    case nua_r_invite:
        onInviteResponse(leg, status, reason, handle, sipPtr);
        return;
    case nua_i_invite:
    case nua_i_update:
        onLegInvite(leg, event, handle, sipPtr);
        return;
    case nua_i_ack:
        // The answer to the SDP we offered in a 200 to an offerless re-INVITE.
        if (const QByteArray answer = payloadOf(sip); !answer.isEmpty())
            Q_EMIT legUpdated(leg.id, answer);
        return;
    case nua_i_info: {
        // Some phones send keys as INFO with "Signal=5" (application/dtmf-relay).
        nua_respond(nh, 200, "OK", NUTAG_WITH_THIS(asNua(m_nua)), TAG_END());
        for (const QByteArray& line : payloadOf(sip).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("signal=") && trimmed.size() > 7)
                Q_EMIT legDigit(leg.id, QChar::fromLatin1(trimmed.at(7)));
        }
        return;
    }
    case nua_i_bye:
        if (!leg.finished) {
            leg.finished = true;
            Q_EMIT legEnded(leg.id, tr("the other side hung up"));
        }
        return;
    case nua_r_bye:
        if (!leg.finished) {
            leg.finished = true;
            Q_EMIT legEnded(leg.id, tr("hung up"));
        }
        return;
    case nua_i_state: {
        if (!callTerminated(tagsPtr))
            return;
        if (!leg.finished) {
            leg.finished = true;
            if (leg.answered)
                Q_EMIT legEnded(leg.id, tr("call ended"));
            else
                Q_EMIT legFailed(leg.id, status >= 300 ? status : 487, reason);
        }
        releaseLeg(handle);
        return;
    }
    default:
        return;
    }
}

} // namespace rebound::sip
