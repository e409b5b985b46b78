#pragma once

#include "fleetsignals.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace hbr {

/// Where and why a query did not parse. `position` and `length` are in QChar units of the query text.
struct QueryError
{
    int position = 0;
    int length = 0;
    QString message; ///< translated, one sentence, names the offending text
};

/// What a match needs besides the client: the clock's now and the client's precomputed signals.
struct MatchContext
{
    qint64 nowSeconds = 0;
    FleetSignals signalSet = 0;
};

/// The query language of the GUI filter box and `hbr-browser list --query` (design.md, "Query language").
/// Terms combine with AND; `-term` negates. A query that does not parse matches nothing, never everything.
/// Cheap to copy (shared, immutable).
class Query
{
public:
    Query(); ///< the empty query: matches every client

    static Query parse(const QString &text);

    QString text() const;
    bool isEmpty() const;     ///< no terms (blank text): matches everything
    bool isValid() const;     ///< parsed without error
    QueryError error() const; ///< meaningful when !isValid()

    bool matches(const BackupClient &client, const MatchContext &context) const;

    /// True when every client this query matches is also matched by `broader` (e.g. "web" refines "we",
    /// "status:unknown host:a" refines "status:unknown"); a conservative answer (false when unsure) is fine.
    /// Lets a filter re-test only the rows the previous query accepted.
    bool refines(const Query &broader) const;

    /// Field names, for completion ("status", "host", ...), in the order of the design's table.
    static QStringList fieldNames();
    /// Known values of a field for completion ("status" -> ACTIVATED, UNKNOWN, ...; "is" -> the signals).
    static QStringList knownValues(const QString &field);

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace hbr
