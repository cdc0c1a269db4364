#pragma once

#include "media/PromptSet.h"
#include "media/Tone.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace rebound::media {

// What a session sends on the playout tick: a playlist of prompts, or a tone.
struct Playback
{
    std::vector<PromptPtr> items;
    std::size_t item = 0;
    std::size_t offset = 0;
    std::unique_ptr<Tone> tone;
    bool bargeIn = false;

    bool finished = false;

    // Fills `out` (padding with silence) and returns how many samples of
    // real audio it holds; sets `finished` once nothing is left.
    int next(std::span<std::int16_t> out);
};

} // namespace rebound::media
