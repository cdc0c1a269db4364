#include "demo/Dice.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rebound::demo::history {

std::int64_t Dice::between(std::int64_t low, std::int64_t high)
{
    return m_random.bounded(qint64(low), qint64(high) + 1);
}

int Dice::poisson(double mean)
{
    const double limit = std::exp(-mean);
    int n = -1;
    for (double product = 1.0; product > limit; product *= unit())
        ++n;
    return std::max(0, n);
}

double Dice::logNormal(double median, double sigma)
{
    const double u = 1.0 - unit(); // (0, 1]
    const double normal = std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * unit());
    return median * std::exp(sigma * normal);
}

} // namespace rebound::demo::history
