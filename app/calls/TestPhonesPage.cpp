#include "calls/TestPhonesPage.h"

#include "Switch.h"
#include "calls/PhoneSpeaker.h"
#include "common/PageParts.h"
#include "core/HostPort.h"
#include "core/PhoneNumber.h"
#include "sip/SipStack.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "testphones/TestCallRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace rebound::console {

namespace {
QString elapsed(qint64 sinceMs)
{
    const qint64 s = qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - sinceMs) / 1000);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

const QString Keypad = QStringLiteral("123456789*0#");
} // namespace

TestPhonesPage::TestPhonesPage(const store::Database& db, const core::Clock& clock, Switch& sipSwitch,
                               QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_switch(sipSwitch)
    , m_phones(std::make_unique<testphones::TestPhones>())
{
    auto* layout = new QVBoxLayout(this);
    layOutControls(layout);
    layOutListening(layout);
    layOutRecord(layout);
    connectControls();
    connectPhones();
    connectSwitch();

    m_clockTick = new QTimer(this);
    m_clockTick->setInterval(1000);
    connect(m_clockTick, &QTimer::timeout, this, &TestPhonesPage::updatePanels);
    m_clockTick->start();

    refreshSubscribers();
    updatePanels();
    updateButtons();
    updateListening();
}

// The title, the power switch, the subscriber and destination, the triggers
// and the two phones.
void TestPhonesPage::layOutControls(QVBoxLayout* layout)
{
    layout->addWidget(sectionTitle(tr("Test phones"), 1.4));
    auto* intro = new QLabel(
        tr("Two software phones inside the console: A is the subscriber's phone, B the destination. "
           "The switch reaches them through the built-in test carrier, which only test calls use, so "
           "real calls route as before. Test calls are billed to the subscriber like real calls and "
           "marked as test calls in the records and reports."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* powerRow = new QHBoxLayout;
    m_power = new QPushButton(tr("Turn the test phones &on"));
    m_power->setObjectName(QStringLiteral("testPhonesPower"));
    m_status = new QLabel(tr("The test phones are off."));
    powerRow->addWidget(m_power);
    powerRow->addWidget(m_status, 1);
    layout->addLayout(powerRow);

    auto* form = new QFormLayout;
    m_subscriber = new QComboBox;
    m_subscriber->setObjectName(QStringLiteral("testSubscriber"));
    m_destination = new QLineEdit;
    m_destination->setObjectName(QStringLiteral("testDestination"));
    m_destination->setPlaceholderText(tr("the number phone B answers, e.g. +1 202 555 0147"));
    form->addRow(tr("&Subscriber:"), m_subscriber);
    form->addRow(tr("&Destination:"), m_destination);
    layout->addLayout(form);

    auto* triggers = new QHBoxLayout;
    m_did = new QPushButton(tr("Ring my &DID"));
    m_sms = new QPushButton(tr("Send S&MS"));
    m_web = new QPushButton(tr("&Web callback"));
    m_api = new QPushButton(tr("&API callback"));
    m_did->setToolTip(tr("Phone A calls the subscriber's DID through the test carrier, gets busy, and is "
                         "called back; key the destination and # when the IVR asks."));
    m_sms->setToolTip(
        tr("Phone A sends the SMS a carrier would pass on: the account code and the destination."));
    m_web->setToolTip(tr("The callback the web portal would ask for."));
    m_api->setToolTip(tr("The callback the JSON API would ask for."));
    m_did->setObjectName(QStringLiteral("testDid"));
    m_sms->setObjectName(QStringLiteral("testSms"));
    m_web->setObjectName(QStringLiteral("testWeb"));
    m_api->setObjectName(QStringLiteral("testApi"));
    for (QPushButton* b : {m_did, m_sms, m_web, m_api})
        triggers->addWidget(b);
    triggers->addStretch(1);
    layout->addLayout(triggers);

    auto* phones = new QHBoxLayout;
    phones->addWidget(makePanel(m_a, Phone::A, tr("Phone A: the subscriber's phone")));
    phones->addWidget(makePanel(m_b, Phone::B, tr("Phone B: the destination")));
    layout->addLayout(phones);
}

// "Listen to": which phone this computer's loudspeaker plays.
void TestPhonesPage::layOutListening(QVBoxLayout* layout)
{
    auto* listenRow = new QHBoxLayout;
    m_speaker = new PhoneSpeaker(this);
    m_speaker->setObjectName(QStringLiteral("testSpeaker"));
    m_listen = new QComboBox;
    m_listen->setObjectName(QStringLiteral("testListen"));
    m_listen->addItem(tr("Off"), -1);
    m_listen->addItem(tr("Phone A"), int(Phone::A));
    m_listen->addItem(tr("Phone B"), int(Phone::B));
    m_listen->setToolTip(tr("Which phone's sound this computer plays: the prompts phone A hears, or the "
                            "call as the destination hears it."));
    auto* listenLabel = new QLabel(tr("&Listen to:"));
    listenLabel->setBuddy(m_listen);
    m_listenNote = new QLabel(tr("No audio output on this computer: levels only."));
    m_listenNote->setObjectName(QStringLiteral("testListenNote"));
    listenRow->addWidget(listenLabel);
    listenRow->addWidget(m_listen);
    listenRow->addWidget(m_listenNote);
    listenRow->addStretch(1); // the choice keeps its size when the note is hidden
    layout->addLayout(listenRow);
    // Where there is a loudspeaker, phone A's: the point is to hear the real prompts.
    m_listen->setCurrentIndex(m_speaker->available() ? 1 : 0);
}

// The steps as they happen, beside the call's record.
void TestPhonesPage::layOutRecord(QVBoxLayout* layout)
{
    auto* bottom = new QHBoxLayout;
    m_steps = new QPlainTextEdit;
    m_steps->setObjectName(QStringLiteral("testSteps"));
    m_steps->setReadOnly(true);
    auto* recordColumn = new QVBoxLayout;
    m_record = new QTextBrowser;
    m_record->setObjectName(QStringLiteral("testRecord"));
    m_record->setPlaceholderText(tr("The call's record appears here once the callback ends."));
    m_showCall = new QPushButton(tr("Show on the &Calls page"));
    m_showCall->setObjectName(QStringLiteral("testShowCall"));
    m_showCall->setEnabled(false);
    recordColumn->addWidget(m_record, 1);
    recordColumn->addWidget(m_showCall, 0, Qt::AlignLeft);
    bottom->addWidget(m_steps, 1);
    bottom->addLayout(recordColumn, 1);
    layout->addLayout(bottom, 1);
}

void TestPhonesPage::connectControls()
{
    connect(m_power, &QPushButton::clicked, this, [this] { setPowered(!m_phones->isRunning()); });
    connect(m_listen, &QComboBox::currentIndexChanged, this, [this] { updateListening(); });
    connect(m_speaker, &PhoneSpeaker::availableChanged, this, [this] { updateListening(); });
    connect(m_phones.get(), &testphones::TestPhones::audio, m_speaker,
            [this](Phone, const QByteArray& pcm) { m_speaker->play(pcm); });
    connect(m_did, &QPushButton::clicked, this, [this] { trigger(store::TriggerKind::Did); });
    connect(m_sms, &QPushButton::clicked, this, [this] { trigger(store::TriggerKind::Sms); });
    connect(m_web, &QPushButton::clicked, this, [this] { trigger(store::TriggerKind::Web); });
    connect(m_api, &QPushButton::clicked, this, [this] { trigger(store::TriggerKind::Api); });
    connect(m_showCall, &QPushButton::clicked, this, [this] {
        if (m_callId)
            Q_EMIT showCallRequested(m_callId);
    });
}

// What the phones do becomes a step in the log.
void TestPhonesPage::connectPhones()
{
    using testphones::TestPhones;
    connect(m_phones.get(), &TestPhones::stateChanged, this,
            [this](Phone phone, TestPhones::State state, const QString& peer) {
                const QString name = phone == Phone::A ? tr("Phone A") : tr("Phone B");
                switch (state) {
                case TestPhones::State::Ringing:
                    step(tr("%1 rings, caller ID %2").arg(name, TestPhones::shown(peer)));
                    break;
                case TestPhones::State::Talking:
                    step(tr("%1 is talking").arg(name));
                    break;
                case TestPhones::State::Idle:
                    step(tr("%1 is idle").arg(name));
                    panel(phone).level->setValue(0);
                    break;
                case TestPhones::State::Calling:
                    step(tr("%1 calls %2").arg(name, TestPhones::shown(peer)));
                    break;
                }
                updatePanels();
            });
    connect(m_phones.get(), &TestPhones::callFailed, this,
            [this](Phone phone, int status, const QString& phrase) {
                // A DID trigger is meant to be turned away: that is the
                // free call the callback follows, not a failure.
                if (phone == Phone::A && std::exchange(m_callingDid, false) && status == 486)
                    didTurnedAway(status, phrase);
                else
                    step(tr("%1's call failed: %2 %3")
                             .arg(phone == Phone::A ? tr("Phone A") : tr("Phone B"))
                             .arg(status)
                             .arg(phrase));
            });
    connect(m_phones.get(), &TestPhones::smsSent, this,
            [this](Phone, int status) { step(tr("The switch took the SMS: %1").arg(status)); });
    connect(
        m_phones.get(), &TestPhones::smsReceived, this,
        [this](Phone, const QString&, const QString& text) { step(tr("SMS to phone A: \"%1\"").arg(text)); });
    connect(m_phones.get(), &TestPhones::level, this,
            [this](Phone phone, int percent) { panel(phone).level->setValue(percent); });
}

void TestPhonesPage::didTurnedAway(int status, const QString& phrase)
{
    std::optional<QString> refusal;
    try {
        refusal = testphones::TestCalls::didRefusal(m_db, m_clock, m_didAccount, m_didSinceMs);
    } catch (const store::StoreError& e) {
        refusal = e.message();
    }
    if (!refusal) {
        step(tr("The switch turned the DID call away with %1 %2, so it costs nothing; "
                "the callback follows")
                 .arg(status)
                 .arg(phrase));
        return;
    }
    m_waiting = false;
    step(tr("The switch turned the DID call away with %1 %2 and will not call back. Refused: %3")
             .arg(status)
             .arg(phrase, *refusal));
}

void TestPhonesPage::connectSwitch()
{
    connect(&m_switch, &Switch::callbackRequested, this, [this](qint64 requestId) {
        if (!m_waiting)
            return;
        try {
            // Only our own test request: a real callback may be asked for meanwhile.
            const auto request = store::CallbackRequestRepository(m_db, m_clock).find(requestId);
            if (!request || !request->test)
                return;
        } catch (const store::StoreError&) {
            return;
        }
        m_waiting = false;
        m_requestId = requestId;
        step(tr("Callback #%1 requested (a test call)").arg(requestId));
    });
    connect(&m_switch, &Switch::callbackStateChanged, this, &TestPhonesPage::onCallbackState);
    connect(&m_switch, &Switch::testCallbackRefused, this, [this](const QString& reason) {
        m_waiting = false;
        step(tr("Refused: %1").arg(reason));
    });
    connect(&m_switch, &Switch::stateChanged, this, &TestPhonesPage::updateButtons);
}

TestPhonesPage::~TestPhonesPage()
{
    setPowered(false);
}

QGroupBox* TestPhonesPage::makePanel(Panel& p, Phone phone, const QString& title)
{
    // Each panel's widgets are named for the tests with the phone's letter:
    // stateA, answerB, keyA#.
    const QChar letter = phone == Phone::A ? QLatin1Char('A') : QLatin1Char('B');
    p.box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(p.box);
    p.number = new QLabel;
    p.state = new QLabel;
    p.state->setObjectName(QStringLiteral("state") + letter);
    QFont big = p.state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    p.state->setFont(big);
    layout->addWidget(p.number);
    layout->addWidget(p.state);

    auto* buttons = new QHBoxLayout;
    p.answer = new QPushButton(tr("Answer"));
    p.hangup = new QPushButton(tr("Hang up"));
    p.autoAnswer = new QCheckBox(tr("Answer by itself"));
    p.answer->setObjectName(QStringLiteral("answer") + letter);
    p.hangup->setObjectName(QStringLiteral("hangup") + letter);
    p.autoAnswer->setObjectName(QStringLiteral("autoAnswer") + letter);
    buttons->addWidget(p.answer);
    buttons->addWidget(p.hangup);
    buttons->addWidget(p.autoAnswer);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* keypad = new QGridLayout;
    for (int i = 0; i < Keypad.size(); ++i) {
        const QChar digit = Keypad.at(i);
        auto* key = new QPushButton(digit);
        key->setObjectName(QStringLiteral("key%1%2").arg(letter).arg(digit));
        key->setFixedWidth(48);
        keypad->addWidget(key, i / 3, i % 3);
        p.keys.append(key);
        connect(key, &QPushButton::clicked, this, [this, phone, digit] {
            m_phones->pressKey(phone, digit);
            step(tr("%1 keys %2").arg(phone == Phone::A ? tr("Phone A") : tr("Phone B"), digit));
        });
    }
    auto* keypadRow = new QHBoxLayout;
    keypadRow->addLayout(keypad);
    keypadRow->addStretch(1);
    layout->addLayout(keypadRow);

    auto* levelRow = new QHBoxLayout;
    p.level = new QProgressBar;
    p.level->setObjectName(QStringLiteral("level") + letter);
    p.level->setRange(0, 100);
    p.level->setValue(0);
    p.level->setTextVisible(false);
    p.level->setToolTip(tr("The level of the audio this phone receives."));
    levelRow->addWidget(new QLabel(tr("Hears:")));
    levelRow->addWidget(p.level, 1);
    layout->addLayout(levelRow);
    layout->addStretch(1);

    connect(p.answer, &QPushButton::clicked, this, [this, phone] { m_phones->answer(phone); });
    connect(p.hangup, &QPushButton::clicked, this, [this, phone] { m_phones->hangup(phone); });
    connect(p.autoAnswer, &QCheckBox::toggled, this,
            [this, phone](bool on) { m_phones->setAutoAnswer(phone, on); });
    return p.box;
}

void TestPhonesPage::refreshSubscribers()
{
    const QString current = m_subscriber->currentData().toString();
    m_subscriber->clear();
    try {
        for (const store::Account& a : store::AccountRepository(m_db, m_clock).list())
            if (a.status == store::AccountStatus::Active)
                m_subscriber->addItem(a.name.isEmpty() ? a.accountCode
                                                       : QStringLiteral("%1 – %2").arg(a.accountCode, a.name),
                                      a.accountCode);
    } catch (const store::StoreError& error) {
        m_status->setText(error.message());
    }
    const int again = m_subscriber->findData(current);
    if (again >= 0)
        m_subscriber->setCurrentIndex(again);
}

void TestPhonesPage::setPowered(bool on)
{
    if (on == m_phones->isRunning())
        return;
    try {
        if (on) {
            m_phones->start();
        } else {
            m_phones->stop();
        }
        testphones::TestCalls::pointCarrier(m_db, m_clock, *m_phones);
    } catch (const sip::SipError& error) {
        m_status->setText(error.message());
        return;
    } catch (const store::StoreError& error) {
        m_status->setText(error.message());
    }
    if (on)
        step(tr("Test phones on %1:%2; the test carrier \"%3\" points at them")
                 .arg(m_phones->host())
                 .arg(m_phones->port())
                 .arg(testphones::TestCalls::carrierName()));
    updateButtons();
    updatePanels();
    updateListening();
}

void TestPhonesPage::step(const QString& line)
{
    m_steps->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void TestPhonesPage::trigger(store::TriggerKind kind)
{
    QString error;
    testphones::TestCallPlan plan;
    try {
        plan = testphones::TestCalls::plan(m_db, m_clock, kind, m_subscriber->currentData().toString(),
                                           m_destination->text(), &error);
    } catch (const store::StoreError& e) {
        error = e.message();
    }
    if (!error.isEmpty()) {
        step(error);
        return;
    }
    QString host;
    int port = 0;
    if (!m_switch.isRunning() || !core::parseHostPort(m_switch.listening(), &host, &port)) {
        step(tr("The switch is not running: start it from the Switch menu."));
        return;
    }
    if (host == QLatin1String("0.0.0.0") || host == QLatin1String("::"))
        host = QStringLiteral("127.0.0.1");
    m_phones->setNumber(Phone::A, plan.callback);
    m_phones->setNumber(Phone::B, plan.destination);
    m_waiting = true;
    m_callingDid = kind == store::TriggerKind::Did;
    m_didAccount = plan.accountCode;
    m_didSinceMs = m_clock.nowMs();
    m_requestId = 0;
    m_callId = 0;
    m_record->clear();
    m_showCall->setEnabled(false);
    updatePanels();
    if (kind == store::TriggerKind::Did) {
        step(tr("Phone A rings DID %1; when the IVR asks, key %2")
                 .arg(core::PhoneNumber::plus(plan.did), plan.keys));
        m_phones->call(Phone::A, plan.did, host, port);
    } else if (kind == store::TriggerKind::Sms) {
        step(tr("Phone A texts \"%1\"").arg(plan.smsText));
        m_phones->sendSms(Phone::A, plan.smsText, host, port);
    } else {
        step(kind == store::TriggerKind::Web
                 ? tr("A web callback to %1").arg(core::PhoneNumber::plus(plan.destination))
                 : tr("An API callback to %1").arg(core::PhoneNumber::plus(plan.destination)));
        m_switch.requestTestCallback(plan.accountId, kind, plan.destination);
    }
}

void TestPhonesPage::onCallbackState(qint64 requestId, store::RequestState state)
{
    if (requestId != m_requestId || requestId == 0)
        return;
    step(tr("Callback #%1: %2").arg(requestId).arg(store::displayName(state)));
    if (!store::isFinal(state))
        return;
    try {
        const QStringList lines = testphones::TestCalls::record(m_db, m_clock, requestId, QLocale());
        m_record->setPlainText(lines.join(QLatin1Char('\n')));
        if (const auto call = store::CdrRepository(m_db, m_clock).callOfRequest(requestId))
            m_callId = call->id;
    } catch (const store::StoreError& error) {
        m_record->setPlainText(error.message());
    }
    m_showCall->setEnabled(m_callId != 0);
}

QString TestPhonesPage::stateText(Phone phone) const
{
    using State = testphones::TestPhones::State;
    const QString peer = testphones::TestPhones::shown(m_phones->peer(phone));
    switch (m_phones->state(phone)) {
    case State::Idle:
        return tr("Idle");
    case State::Calling:
        return tr("Calling %1").arg(peer);
    case State::Ringing:
        return tr("Ringing: %1").arg(peer);
    case State::Talking:
        return tr("Talking with %1, %2").arg(peer, elapsed(m_phones->since(phone)));
    }
    return {};
}

void TestPhonesPage::updatePanels()
{
    using State = testphones::TestPhones::State;
    for (Phone phone : {Phone::A, Phone::B}) {
        const Panel& p = panel(phone);
        const QString number = m_phones->number(phone);
        p.number->setText(number.isEmpty() ? tr("Number: chosen when a callback is asked for")
                                           : tr("Number: %1").arg(core::PhoneNumber::plus(number)));
        p.state->setText(m_phones->isRunning() ? stateText(phone) : tr("Off"));
        const State state = m_phones->state(phone);
        p.answer->setEnabled(state == State::Ringing);
        p.hangup->setEnabled(state != State::Idle);
        for (QPushButton* k : p.keys)
            k->setEnabled(state == State::Talking);
        p.box->setEnabled(m_phones->isRunning());
    }
}

// Only the chosen phone's audio is decoded and relayed, and only while the
// phones are on and the computer has an audio output.
void TestPhonesPage::updateListening()
{
    const bool output = m_speaker->available();
    m_listen->setEnabled(output);
    m_listenNote->setVisible(!output);
    const int chosen = output ? m_listen->currentData().toInt() : -1;
    for (Phone phone : {Phone::A, Phone::B})
        m_phones->setListening(phone, chosen == int(phone));
    if (chosen >= 0 && m_phones->isRunning())
        m_speaker->start();
    else
        m_speaker->stop();
}

void TestPhonesPage::updateButtons()
{
    const bool on = m_phones->isRunning();
    m_power->setText(on ? tr("Turn the test phones &off") : tr("Turn the test phones &on"));
    if (on)
        m_status->setText(m_switch.isRunning()
                              ? tr("On: 127.0.0.1:%1, reached through the test carrier \"%2\".")
                                    .arg(m_phones->port())
                                    .arg(testphones::TestCalls::carrierName())
                              : tr("On, but the switch is not running: start it from the Switch menu."));
    else
        m_status->setText(tr("The test phones are off."));
    for (QPushButton* b : {m_did, m_sms, m_web, m_api})
        b->setEnabled(on && m_switch.isRunning());
}

} // namespace rebound::console
