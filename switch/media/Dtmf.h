#pragma once

#include <QString>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>

struct dtmf_rx_state_s;

namespace rebound::media {

// RFC 4733 digits arrive as several packets per key press: updates while the
// key is held and an end packet sent three times, all with the timestamp of
// the event's start. One key press is one (SSRC, timestamp) pair, so the
// digit is reported on the first packet of a new pair and every other packet
// of that event is dropped here. A few recent pairs are remembered because
// a late retransmission of the previous event may arrive after a new one.
class TelephoneEventFilter
{
public:
    // The digit to report, or '\0' for a repeat, a non-digit event or junk.
    char accept(std::uint32_t ssrc, std::uint32_t timestamp, std::span<const std::uint8_t> payload);

private:
    struct Key
    {
        std::uint32_t ssrc = 0;
        std::uint32_t timestamp = 0;
        bool used = false;
    };
    std::array<Key, 8> m_recent{};
    std::size_t m_next = 0;
};

// In-band DTMF in decoded audio, by spandsp's detector (Goertzel filters with
// twist and level checks); for peers that send key tones in the audio.
class InbandDtmfDetector
{
public:
    InbandDtmfDetector();
    ~InbandDtmfDetector();
    InbandDtmfDetector(const InbandDtmfDetector&) = delete;
    InbandDtmfDetector& operator=(const InbandDtmfDetector&) = delete;

    // Feeds 8 kHz linear samples; returns the digits completed in them.
    QString process(std::span<const std::int16_t> samples);

private:
    static void onDigits(void* self, const char* digits, int len);
    dtmf_rx_state_s* m_state = nullptr;
    QString m_pending;
};

enum class CollectReason
{
    MaxDigits,         // the caller typed the maximum number of digits
    Terminator,        // the terminator ('#') ended input; it is not included
    FirstDigitTimeout, // nothing typed at all
    InterDigitTimeout, // typing stopped before the terminator/maximum
    Cancelled,         // stop() or a new collection replaced this one
};

struct CollectSpec
{
    int maxDigits = 20;
    char terminator = '#'; // '\0' for none
    int firstDigitTimeoutMs = 10'000;
    int interDigitTimeoutMs = 5'000;
};

struct CollectResult
{
    QString digits;
    CollectReason reason = CollectReason::Cancelled;
};

// Gathers digits for the IVR. Time is passed in (milliseconds on any
// monotonic clock) so the rules are tested without waiting.
class DigitCollector
{
public:
    DigitCollector(const CollectSpec& spec, std::int64_t nowMs);

    std::optional<CollectResult> digit(char d, std::int64_t nowMs);
    std::optional<CollectResult> poll(std::int64_t nowMs) const;
    // The first-digit timer starts over: the engine calls this when a prompt
    // ends, so the caller gets the full time after hearing the question.
    void restartFirstDigitTimer(std::int64_t nowMs);
    const QString& digits() const { return m_digits; }

private:
    CollectSpec m_spec;
    QString m_digits;
    std::int64_t m_lastMs;
};

} // namespace rebound::media
