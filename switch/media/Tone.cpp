#include "media/Tone.h"

#include <algorithm>
#include <spandsp.h>

namespace rebound::media {

Tone::Tone(ToneKind kind)
{
    tone_gen_descriptor_t* d = nullptr;
    if (kind == ToneKind::Ringback) // levels in dBm0, as telephone networks send them
        d = tone_gen_descriptor_init(nullptr, 440, -19, 480, -19, 2000, 4000, 0, 0, 1);
    else
        d = tone_gen_descriptor_init(nullptr, 1400, -13, 0, 0, 200, 200, 200, 200, 0);
    m_state = tone_gen_init(nullptr, d);
    // The state copies what it needs from the descriptor.
    tone_gen_descriptor_free(d);
}

Tone::~Tone()
{
    tone_gen_free(m_state);
}

int Tone::generate(std::span<std::int16_t> out)
{
    const int n = tone_gen(m_state, out.data(), static_cast<int>(out.size()));
    std::fill(out.begin() + std::max(n, 0), out.end(), std::int16_t{0});
    return n;
}

} // namespace rebound::media
