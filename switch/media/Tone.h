#pragma once

#include <cstdint>
#include <span>

struct tone_gen_state_s;

namespace rebound::media {

enum class ToneKind
{
    Ringback, // 440 + 480 Hz, 2 s on, 4 s off (North American), until stopped
    Warning,  // two short 1400 Hz beeps: "your call is about to end"
};

// A call-progress tone from spandsp's tone generator.
class Tone
{
public:
    explicit Tone(ToneKind kind);
    ~Tone();
    Tone(const Tone&) = delete;
    Tone& operator=(const Tone&) = delete;

    // Fills `out` and returns how many samples the tone produced; fewer than
    // out.size() means it has ended (the rest is silence).
    int generate(std::span<std::int16_t> out);

private:
    tone_gen_state_s* m_state = nullptr;
};

} // namespace rebound::media
