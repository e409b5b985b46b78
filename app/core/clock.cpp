#include "clock.h"

namespace hbr {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace hbr
