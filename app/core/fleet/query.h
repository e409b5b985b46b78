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
    /// When set, bit i says whether the client's text contains indexWords()[i], found by a search index over
    /// many clients at once (see models::WordIndex); the matcher then skips its own scan for those words.
    bool wordHitsKnown = false;
    quint64 wordHits = 0;
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

    /// The plain words of the query (no wildcard; at most 64), case-folded and in UTF-8, in the order of the
    /// bits of MatchContext::wordHits. A search index finds them with a byte search over searchText().
    QList<QByteArray> indexWords() const;
    /// What a bare word searches in a client (the text columns and the tags), case-folded, in UTF-8, each
    /// value followed by the separator 0x1f (which no index word contains), appended to `out`.
    static void appendSearchText(const BackupClient &client, QByteArray &out);

    /// Field names, for completion ("status", "host", ...), in the order of the design's table.
    static QStringList fieldNames();
    /// Known values of a field for completion ("status" -> ACTIVATED, UNKNOWN, ...; "is" -> the signals).
    static QStringList knownValues(const QString &field);

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace hbr
