#pragma once

#include "core/Clock.h"
#include "store/TriggerKind.h"
#include "testphones/TestPhones.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace rebound {
class Switch;
}
namespace rebound::store {
class Database;
enum class RequestState;
} // namespace rebound::store

namespace rebound::console {

class PhoneSpeaker;

// The "Test phones" page (issue 19): two software phones inside the console,
// the subscriber's phone (A) and the destination (B), real SIP phones on
// 127.0.0.1 that the switch reaches through the built-in test carrier, which
// no real call uses. Buttons trigger a callback for the chosen subscriber
// the four ways a subscriber can (ring the DID, SMS, the portal, the API);
// each phone's panel shows its state with the caller ID and the elapsed
// time, answers (or answers by itself), keys RFC 4733 digits, hangs up and
// meters the audio it receives; where the computer has an audio output, the
// loudspeaker plays what one of them hears ("Listen to"). Once the callback ends, its record is shown
// with both legs, price, cost and profit, and a link to it on the Calls page.
//
// Test calls are billed like real ones to the chosen subscriber and marked
// as test calls: the point is to hear and see exactly what that subscriber
// would get and pay (rates, announcements, credit limit).
class TestPhonesPage : public QWidget
{
    Q_OBJECT

public:
    using Phone = testphones::TestPhones::Phone;

    TestPhonesPage(const store::Database& db, const core::Clock& clock, Switch& sipSwitch,
                   QWidget* parent = nullptr);
    ~TestPhonesPage() override;

    // The phones the page drives.
    testphones::TestPhones& phones() { return *m_phones; }
    // The request of the test callback on the page (0: none yet).
    qint64 requestId() const { return m_requestId; }
    qint64 callId() const { return m_callId; }

public Q_SLOTS:
    void setPowered(bool on);
    void refreshSubscribers();

Q_SIGNALS:
    // "Show on the Calls page" was clicked.
    void showCallRequested(qint64 callId);

private:
    struct Panel
    {
        QGroupBox* box = nullptr;
        QLabel* number = nullptr;
        QLabel* state = nullptr;
        QPushButton* answer = nullptr;
        QCheckBox* autoAnswer = nullptr;
        QPushButton* hangup = nullptr;
        QProgressBar* level = nullptr;
        QList<QPushButton*> keys;
    };
    const Panel& panel(Phone phone) const { return phone == Phone::A ? m_a : m_b; }
    // The constructor's parts, in the order it runs them.
    void layOutControls(QVBoxLayout* layout);
    void layOutListening(QVBoxLayout* layout);
    void layOutRecord(QVBoxLayout* layout);
    void connectControls();
    void connectPhones();
    void connectSwitch();
    void didTurnedAway(int status, const QString& phrase); // phone A heard 486 from its DID
    QGroupBox* makePanel(Panel& p, Phone phone, const QString& title);
    void trigger(store::TriggerKind kind);
    void step(const QString& line);
    void updatePanels();
    void updateButtons();
    void updateListening();
    void onCallbackState(qint64 requestId, store::RequestState state);
    QString stateText(Phone phone) const;

    const store::Database& m_db;
    const core::Clock& m_clock;
    Switch& m_switch;
    std::unique_ptr<testphones::TestPhones> m_phones;
    QPushButton* m_power = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_subscriber = nullptr;
    QLineEdit* m_destination = nullptr;
    QPushButton* m_did = nullptr;
    QPushButton* m_sms = nullptr;
    QPushButton* m_web = nullptr;
    QPushButton* m_api = nullptr;
    Panel m_a;
    Panel m_b;
    PhoneSpeaker* m_speaker = nullptr;
    QComboBox* m_listen = nullptr;
    QLabel* m_listenNote = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QTextBrowser* m_record = nullptr;
    QPushButton* m_showCall = nullptr;
    QTimer* m_clockTick = nullptr;
    bool m_waiting = false;    // a trigger went out; its request not seen yet
    bool m_callingDid = false; // phone A rings a DID, which should answer 486
    QString m_didAccount;      // whose DID, and since when: what a refusal is looked up by
    std::int64_t m_didSinceMs = 0;
    qint64 m_requestId = 0;
    qint64 m_callId = 0;
};

} // namespace rebound::console
