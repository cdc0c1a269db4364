#include "callback/MediaEvents.h"

#include "callback/CallbackSession.h"
#include "media/MediaEngine.h"

namespace rebound::callback {

MediaEvents::MediaEvents(media::MediaEngine& engine, QObject* parent)
    : QObject(parent)
{
    connect(&engine, &media::MediaEngine::playbackFinished, this, [this](int session, bool) {
        if (CallbackSession* call = m_calls.value(session))
            call->onPlaybackFinished(session);
    });
    connect(&engine, &media::MediaEngine::digitsCollected, this,
            [this](int session, const QString& digits, media::CollectReason) {
                if (CallbackSession* call = m_calls.value(session))
                    call->onDigitsCollected(session, digits);
            });
    connect(&engine, &media::MediaEngine::digitReceived, this, [this](int session, QChar digit) {
        if (CallbackSession* call = m_calls.value(session))
            call->onDigitReceived(session, digit);
    });
    connect(&engine, &media::MediaEngine::mediaTimeout, this, [this](int session) {
        if (CallbackSession* call = m_calls.value(session))
            call->onMediaTimeout(session);
    });
}

void MediaEvents::watch(int session, CallbackSession* call)
{
    m_calls.insert(session, call);
}

void MediaEvents::forget(int session)
{
    m_calls.remove(session);
}

} // namespace rebound::callback
