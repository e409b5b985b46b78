#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace hbr::api {

int RetryPolicy::backoffMs(int failures, double unitRandom, const ApiError &error) const
{
    // Without `failures - 1`, which overflows for INT_MIN; 2^20 steps are far beyond any cap anyway.
    const int exponent = failures <= 1 ? 0 : std::min(failures, 21) - 1;
    const double full = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
    // "Equal jitter": never less than half the step, so retries of many pages spread out but still back off.
    int delay = static_cast<int>(full / 2.0 + unitRandom * full / 2.0);
    // Throttling, Throttling.User, Throttling.Api; and HTTP 429 whether or not it came with an error body.
    const bool throttledCode =
        error.code == QLatin1String("Throttling") || error.code.startsWith(QLatin1String("Throttling."));
    const bool throttled = (error.kind == ApiError::Kind::Service && throttledCode) ||
                           ((error.kind == ApiError::Kind::Service || error.kind == ApiError::Kind::Http) &&
                            error.httpStatus == 429);
    if (throttled)
        delay = std::max(delay, throttleFloorMs + static_cast<int>(unitRandom * throttleFloorMs / 2.0));
    return std::max(delay, 0);
}

bool RetryPolicy::shouldRetry(const ApiError &error, int attemptsMade, int waitedMs, int nextDelayMs) const
{
    return error.isRetryable() && attemptsMade < maxAttempts && waitedMs + nextDelayMs <= budgetMs;
}

} // namespace hbr::api
