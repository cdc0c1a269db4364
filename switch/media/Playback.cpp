#include "media/Playback.h"

#include <algorithm>

namespace rebound::media {

int Playback::next(std::span<std::int16_t> out)
{
    if (tone) {
        const int n = tone->generate(out);
        finished = n < static_cast<int>(out.size());
        return std::max(n, 0);
    }
    std::size_t filled = 0;
    while (filled < out.size() && item < items.size()) {
        const auto& samples = items[item]->samples;
        const std::size_t n = std::min(out.size() - filled, samples.size() - offset);
        std::copy_n(samples.begin() + static_cast<std::ptrdiff_t>(offset), n, out.begin() + filled);
        filled += n;
        offset += n;
        if (offset >= samples.size()) {
            ++item;
            offset = 0;
        }
    }
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(filled), out.end(), std::int16_t{0});
    finished = item >= items.size();
    return static_cast<int>(filled);
}

} // namespace rebound::media
