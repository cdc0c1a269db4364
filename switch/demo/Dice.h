#pragma once

#include <QRandomGenerator>
#include <cstdint>

namespace rebound::demo::history {

// The demo history's seeded draw: the same seed gives the same numbers in
// the same order, so the same clock gives the same history.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    {
    }

    double unit() { return m_random.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    // low and high included.
    std::int64_t between(std::int64_t low, std::int64_t high);

    template <typename Weight>
    int pick(const Weight* weights, int count)
    {
        double total = 0;
        for (int i = 0; i < count; ++i)
            total += double(weights[i]);
        double at = unit() * total;
        for (int i = 0; i < count; ++i) {
            at -= double(weights[i]);
            if (at < 0)
                return i;
        }
        return count - 1;
    }

    int poisson(double mean);
    // sigma is the spread of the number's logarithm.
    double logNormal(double median, double sigma);

private:
    QRandomGenerator m_random;
};

} // namespace rebound::demo::history
