// Requests from outside any call of ours (INVITE, MESSAGE, OPTIONS, and INFO
// or UPDATE without a dialog): copied out of Sofia's structures, handed to
// the SipRequestHandler and answered; new INVITEs wait for one batch.

#include "sip/SipStack.h"
#include "sip/SipStackInternal.h"

#include <netinet/in.h>
#include <sofia-sip/msg_addr.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_glib.h>
#include <sofia-sip/su_tag.h>
#include <utility>

namespace rebound::sip {

SipRequest SipStack::requestFrom(int event, const void* sipPtr) const
{
    const auto* sip = static_cast<const sip_t*>(sipPtr);
    SipRequest request;
    request.method = event == nua_i_invite    ? QStringLiteral("INVITE")
                     : event == nua_i_message ? QStringLiteral("MESSAGE")
                     : event == nua_i_options ? QStringLiteral("OPTIONS")
                     : event == nua_i_info    ? QStringLiteral("INFO")
                                              : QStringLiteral("UPDATE");
    if (sip && sip->sip_request) {
        request.requestUser = text(sip->sip_request->rq_url->url_user);
        char buffer[512];
        url_e(buffer, sizeof buffer, sip->sip_request->rq_url);
        request.requestUri = text(buffer);
    }
    if (sip && sip->sip_from)
        request.fromUser = text(sip->sip_from->a_url->url_user);
    if (sip && sip->sip_to)
        request.toUser = text(sip->sip_to->a_url->url_user);
    if (sip && sip->sip_call_id)
        request.callId = text(sip->sip_call_id->i_id);
    if (sip && sip->sip_content_type)
        request.contentType = text(sip->sip_content_type->c_type);
    request.body = payloadOf(sip);
    // Where it came from is known only inside Sofia's callback.
    if (msg_t* msg = nua_current_request(asNua(m_nua))) {
        if (su_addrinfo_t* ai = msg_addrinfo(msg)) {
            request.source = QHostAddress(ai->ai_addr);
            request.sourcePort =
                request.source.isNull() ? 0 : ntohs(reinterpret_cast<sockaddr_in*>(ai->ai_addr)->sin_port);
            request.transport =
                ai->ai_protocol == IPPROTO_TCP ? QStringLiteral("tcp") : QStringLiteral("udp");
        }
    }
    return request;
}

void SipStack::respond(void* handle, const SipRequest& request, const SipReply& reply, bool withCurrent)
{
    auto* nh = static_cast<nua_handle_t*>(handle);
    // nua reads the phrase after this call returns, so it must outlive it:
    // the standard phrases are static strings.
    const char* phrase = sip_status_phrase(reply.status);
    const QByteArray retry = QByteArray::number(reply.retryAfterSeconds);
    // WITH_THIS answers the request being processed right now, so the handle
    // of a non-INVITE request can be freed straight after; a held INVITE is
    // answered through its handle, which keeps its server transaction.
    nua_respond(nh, reply.status, phrase ? phrase : "Unknown",
                TAG_IF(withCurrent, NUTAG_WITH_THIS(asNua(m_nua))),
                TAG_IF(reply.retryAfterSeconds > 0, SIPTAG_RETRY_AFTER_STR(retry.constData())),
                TAG_IF(reply.status == 405 || request.method == QLatin1String("OPTIONS"),
                       SIPTAG_ALLOW_STR(AllowedMethods)),
                TAG_IF(!m_contact.isEmpty() && reply.status < 300, SIPTAG_CONTACT_STR(m_contact.constData())),
                TAG_END());
    Q_EMIT logLine(QStringLiteral("%1 %2 from %3 %4:%5 -> %6 %7")
                       .arg(request.method, request.requestUser, request.transport, request.source.toString())
                       .arg(request.sourcePort)
                       .arg(reply.status)
                       .arg(reply.phrase));
    if (!reply.replyText.isEmpty())
        sendMessage(request.fromUser, reply.replyHost.isEmpty() ? request.source.toString() : reply.replyHost,
                    reply.replyPort, reply.replyText);
}

void SipStack::handleRequest(int event, void* nh, const void* sip)
{
    // Every request that reaches us counts against its source's rate limit,
    // whatever the handler then makes of it.
    const SipRequest request = requestFrom(event, sip);
    respond(nh, request, m_handler.handle(request), true);
    destroyHandle(nh);
}

void SipStack::holdInvite(void* handle, const void* sip)
{
    // The INVITE transaction lives on until the ACK; the handle goes when
    // nua reports the call terminated (or cancelled while it waited here).
    nua_handle_bind(static_cast<nua_handle_t*>(handle), reinterpret_cast<nua_hmagic_t*>(&IncomingInvite));
    ++m_liveHandles;
    m_heldInvites.append({handle, requestFrom(nua_i_invite, sip)});
    if (m_heldInvites.size() >= MaxInviteBatch) {
        answerHeldInvites();
        return;
    }
    if (m_answerSource)
        return;
    GSource* source = g_idle_source_new();
    // Lower than Sofia's sockets: while another datagram waits, it is read first.
    g_source_set_priority(source, G_PRIORITY_DEFAULT + 1);
    g_source_set_callback(
        source,
        [](gpointer stack) {
            static_cast<SipStack*>(stack)->answerHeldInvites();
            return gboolean(G_SOURCE_REMOVE);
        },
        this, nullptr);
    g_source_attach(source, g_main_context_get_thread_default());
    g_source_unref(source); // the context holds it until it is removed
    m_answerSource = source;
}

void SipStack::answerHeldInvites()
{
    if (m_answerSource) {
        g_source_destroy(static_cast<GSource*>(m_answerSource));
        m_answerSource = nullptr;
    }
    if (m_heldInvites.isEmpty())
        return;
    const QList<HeldInvite> held = std::exchange(m_heldInvites, {});
    QList<SipRequest> requests;
    requests.reserve(held.size());
    for (const HeldInvite& invite : held)
        requests.append(invite.request);
    const QList<SipReply> replies = m_handler.handleInvites(requests);
    for (qsizetype i = 0; i < held.size(); ++i)
        respond(held[i].handle, held[i].request, i < replies.size() ? replies[i] : SipReply(), false);
}

QList<SipReply> SipRequestHandler::handleInvites(const QList<SipRequest>& invites)
{
    QList<SipReply> replies;
    replies.reserve(invites.size());
    for (const SipRequest& invite : invites)
        replies.append(handle(invite));
    return replies;
}

} // namespace rebound::sip
