#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace hbr::api {

int RetryPolicy::backoffMs(int failures, double unitRandom, const ApiError &error) const
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const double full = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
    // "Equal jitter": never less than half the step, so retries of many pages spread out but still back off.
    int delay = static_cast<int>(full / 2.0 + unitRandom * full / 2.0);
    const bool throttled =
        error.kind == ApiError::Kind::Service &&
        (error.code.startsWith(QLatin1String("Throttling")) || error.httpStatus == 429);
    if (throttled)
        delay = std::max(delay, throttleFloorMs + static_cast<int>(unitRandom * throttleFloorMs / 2.0));
    return std::max(delay, 0);
}

bool RetryPolicy::shouldRetry(const ApiError &error, int attemptsMade, int waitedMs, int nextDelayMs) const
{
    return error.isRetryable() && attemptsMade < maxAttempts && waitedMs + nextDelayMs <= budgetMs;
}

} // namespace hbr::api
