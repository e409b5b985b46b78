#pragma once

#include "apierror.h"

namespace hbr::api {

/// When to try a failed call again: exponential backoff with jitter, bounded both in attempts and in the
/// total time spent waiting, and only for errors that another attempt can fix.
struct RetryPolicy
{
    int maxAttempts = 5;        ///< the first attempt included
    int baseDelayMs = 250;      ///< before the second attempt, on average 3/4 of this
    int maxDelayMs = 8000;      ///< cap of one wait
    int budgetMs = 30000;       ///< cap of all waits of one call together
    int throttleFloorMs = 1000; ///< a throttled call waits at least this long: the quota is per second

    /// The wait before the next attempt after `failures` failed ones (1, 2, ...): a random value in
    /// [d/2, d] where d = min(maxDelay, base * 2^(failures-1)). `unitRandom` in [0, 1).
    int backoffMs(int failures, double unitRandom, const ApiError &error) const;
    /// Whether to try again after `attemptsMade` attempts that already waited `waitedMs` in total, given the
    /// wait the next one would need.
    bool shouldRetry(const ApiError &error, int attemptsMade, int waitedMs, int nextDelayMs) const;
};

} // namespace hbr::api
