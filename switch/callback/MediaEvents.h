#pragma once

#include <QHash>
#include <QObject>

namespace rebound::media {
class MediaEngine;
}

namespace rebound::callback {

class CallbackSession;

// Hands the media engine's per-session events (a prompt finished, digits
// collected, a key, no audio) to the call that owns the session. One
// connection per signal serves the whole switch: with a connection per call,
// every event was queued once per open call and each call threw away all
// but its own, so an event cost O(open calls) on the switch thread.
class MediaEvents : public QObject
{
    Q_OBJECT

public:
    explicit MediaEvents(media::MediaEngine& engine, QObject* parent = nullptr);

    // `call` receives the events of media session `session` until forget().
    void watch(int session, CallbackSession* call);
    void forget(int session);

private:
    QHash<int, CallbackSession*> m_calls;
};

} // namespace rebound::callback
