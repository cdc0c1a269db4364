#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

namespace rebound::media {
class MediaEngine;
}

namespace rebound::testphones {

// The built-in test phones (issue 19): the subscriber's phone (A) and the
// destination (B), two software phones behind one SIP user agent of their
// own, a second Sofia-SIP nua instance on 127.0.0.1 beside the switch's, with
// RTP from a MediaEngine of their own. To the switch they are the test
// carrier: INVITEs for A's number ring A, for B's number ring B, anything
// else gets 404; A rings DIDs and sends SMS as a carrier would pass them on,
// from the test carrier's own address and port.
//
// Lives on the thread that made it, which must run Qt's GLib event
// dispatcher (as SipStack needs). Each phone has one call at a time.
class TestPhones : public QObject
{
    Q_OBJECT

public:
    enum class Phone
    {
        A,
        B
    };
    Q_ENUM(Phone)
    enum class State
    {
        Idle,
        Calling, // our INVITE is out, no answer yet
        Ringing, // an INVITE came in: Answer or Hang up
        Talking
    };
    Q_ENUM(State)

    explicit TestPhones(QObject* parent = nullptr);
    ~TestPhones() override; // hangs up and stops

    // Listens on 127.0.0.1 on a free port; throws sip::SipError.
    void start();
    void stop(); // blocks until Sofia has said goodbye (at most a few seconds)
    bool isRunning() const { return m_nua != nullptr; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; } // the last one after stop(); 0 before any start

    // E.164 digits (a leading + is dropped): the numbers that ring each phone.
    void setNumber(Phone phone, const QString& number);
    QString number(Phone phone) const;
    // Answers an incoming call at once.
    void setAutoAnswer(Phone phone, bool on);
    bool autoAnswer(Phone phone) const;
    // A phone sends this tone while talking (0: silence), so the other end's
    // level meter shows the call's audio crossing the switch. A: 660 Hz, B: 440 Hz.
    void setTone(Phone phone, int hz);
    // With on, audio() relays what the phone hears while talking (for the
    // console's loudspeaker). Off by default.
    void setListening(Phone phone, bool on);
    bool listening(Phone phone) const;

    State state(Phone phone) const;
    // Who the call is with: the caller ID of an incoming call, the number called,
    // as the SIP URI had it (with or without '+').
    QString peer(Phone phone) const;
    // A peer the way the console and `try` show numbers: '+' and the digits,
    // whether or not the far end wrote the '+'.
    static QString shown(const QString& peer);
    // When the phone entered its state (ms since the epoch), for elapsed times.
    qint64 since(Phone phone) const;

    // Calls `number` at host:port (a DID at the switch); callFailed() or
    // stateChanged() follow.
    void call(Phone phone, const QString& number, const QString& host, int port);
    // Sends a text MESSAGE to host:port from the phone's number; smsSent() follows.
    void sendSms(Phone phone, const QString& text, const QString& host, int port);
    void answer(Phone phone);
    void hangup(Phone phone); // ringing: 486 Busy Here; calling: CANCEL; talking: BYE
    // Keys a digit (0-9 * # A-D) as RFC 4733 telephone-events.
    void pressKey(Phone phone, QChar digit);

    // Internal: Sofia's callback lands here.
    void onEvent(int event, int status, const char* phrase, void* nh, void* hmagic, const void* sip,
                 void* tags);

Q_SIGNALS:
    void stateChanged(rebound::testphones::TestPhones::Phone phone,
                      rebound::testphones::TestPhones::State state, const QString& peer);
    // A call the phone made was refused (486 Busy Here for a DID trigger).
    void callFailed(rebound::testphones::TestPhones::Phone phone, int status, const QString& phrase);
    void smsSent(rebound::testphones::TestPhones::Phone phone, int status);
    void smsReceived(rebound::testphones::TestPhones::Phone phone, const QString& from, const QString& text);
    // The received audio's level, 0-100, every 100 ms while talking.
    void level(rebound::testphones::TestPhones::Phone phone, int percent);
    // What a listening phone hears, about every 100 ms while talking: 8 kHz
    // mono signed 16-bit little-endian PCM (MediaEngine::audioReceived).
    void audio(rebound::testphones::TestPhones::Phone phone, const QByteArray& pcm);
    void logLine(const QString& line);

private:
    struct Line
    {
        QString number;
        bool autoAnswer = false;
        int toneHz = 0;
        bool listening = false;
        State state = State::Idle;
        QString peer;
        qint64 since = 0;
        void* handle = nullptr; // nua_handle_t of the call
        bool outgoing = false;
        int media = 0; // media session, 0: none
        quint16 mediaPort = 0;
        QByteArray offer; // the INVITE's SDP, until answered
    };
    Line& line(Phone phone) { return phone == Phone::A ? m_a : m_b; }
    const Line& line(Phone phone) const { return phone == Phone::A ? m_a : m_b; }
    Phone phoneOf(void* handle, bool* found) const;
    void setState(Phone phone, State state, const QString& peer = {});
    void endCall(Phone phone);
    bool openMedia(Line& l);
    bool applyAnswer(Phone phone, const QByteArray& sdp);
    void onIncoming(void* nh, const void* sip);
    void onMessage(void* nh, const void* sip);
    void onInviteAnswered(Phone phone, int status, const void* sip);
    void onShutDown();
    void releaseRoot();

    Line m_a;
    Line m_b;
    int m_port = 0;
    void* m_root = nullptr;
    void* m_nua = nullptr;
    void* m_source = nullptr;
    bool m_stopping = false;
    QHash<void*, Phone> m_messages; // our SMS in flight, by handle
    std::unique_ptr<media::MediaEngine> m_media;
};

} // namespace rebound::testphones
