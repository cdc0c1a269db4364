#include "media/Dtmf.h"

#include "media/Rtp.h"

#include <spandsp.h>

namespace rebound::media {

char TelephoneEventFilter::accept(std::uint32_t ssrc, std::uint32_t timestamp,
                                  std::span<const std::uint8_t> payload)
{
    const auto event = parseTelephoneEvent(payload);
    if (!event)
        return '\0';
    for (const Key& k : m_recent) {
        if (k.used && k.ssrc == ssrc && k.timestamp == timestamp)
            return '\0';
    }
    m_recent[m_next] = Key{ssrc, timestamp, true};
    m_next = (m_next + 1) % m_recent.size();
    return dtmfDigitForEvent(event->event);
}

InbandDtmfDetector::InbandDtmfDetector()
    : m_state(dtmf_rx_init(nullptr, &InbandDtmfDetector::onDigits, this))
{
}

InbandDtmfDetector::~InbandDtmfDetector()
{
    dtmf_rx_free(m_state);
}

void InbandDtmfDetector::onDigits(void* self, const char* digits, int len)
{
    static_cast<InbandDtmfDetector*>(self)->m_pending += QString::fromLatin1(digits, len);
}

QString InbandDtmfDetector::process(std::span<const std::int16_t> samples)
{
    dtmf_rx(m_state, samples.data(), static_cast<int>(samples.size()));
    QString out;
    out.swap(m_pending);
    return out;
}

DigitCollector::DigitCollector(const CollectSpec& spec, std::int64_t nowMs)
    : m_spec(spec)
    , m_lastMs(nowMs)
{
}

std::optional<CollectResult> DigitCollector::digit(char d, std::int64_t nowMs)
{
    m_lastMs = nowMs;
    if (m_spec.terminator != '\0' && d == m_spec.terminator)
        return CollectResult{m_digits, CollectReason::Terminator};
    m_digits += QLatin1Char(d);
    if (m_spec.maxDigits > 0 && m_digits.size() >= m_spec.maxDigits)
        return CollectResult{m_digits, CollectReason::MaxDigits};
    return std::nullopt;
}

std::optional<CollectResult> DigitCollector::poll(std::int64_t nowMs) const
{
    if (m_digits.isEmpty()) {
        if (m_spec.firstDigitTimeoutMs > 0 && nowMs - m_lastMs >= m_spec.firstDigitTimeoutMs)
            return CollectResult{m_digits, CollectReason::FirstDigitTimeout};
    } else if (m_spec.interDigitTimeoutMs > 0 && nowMs - m_lastMs >= m_spec.interDigitTimeoutMs) {
        return CollectResult{m_digits, CollectReason::InterDigitTimeout};
    }
    return std::nullopt;
}

void DigitCollector::restartFirstDigitTimer(std::int64_t nowMs)
{
    if (m_digits.isEmpty())
        m_lastMs = nowMs;
}

} // namespace rebound::media
