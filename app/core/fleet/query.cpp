#include "query.h"

#include <QCoreApplication>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace hbr {

namespace {

// ---------------------------------------------------------------------------------------------------------
// Case-insensitive matching without allocation. The needle is case-folded once at parse time, so the per-row
// work is plain char16_t compares; only non-ASCII haystack characters pay for a call to fold them.

char16_t bmp(char32_t mapped, char16_t original)
{
    return mapped <= 0xffff ? char16_t(mapped) : original;
}

struct PatternChar
{
    enum Kind : quint8 { Literal, AnyOne, AnyRun };
    char16_t folded = 0;
    Kind kind = Literal;
};

struct Needle
{
    std::vector<PatternChar> chars;
    bool wildcard = false;
};

Needle compileNeedle(QStringView text, bool wildcards)
{
    Needle n;
    n.chars.reserve(size_t(text.size()));
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        PatternChar p;
        if (wildcards && c == u'*') {
            n.wildcard = true;
            // "**" matches what "*" matches; collapsing keeps the backtracking linear.
            if (!n.chars.empty() && n.chars.back().kind == PatternChar::AnyRun)
                continue;
            p.kind = PatternChar::AnyRun;
        } else if (wildcards && c == u'?') {
            n.wildcard = true;
            p.kind = PatternChar::AnyOne;
        } else {
            p.folded = bmp(QChar::toCaseFolded(char32_t(c)), c);
        }
        n.chars.push_back(p);
    }
    return n;
}

// The case folding of an ASCII character: the fast path of both the matcher and the word index's text.
inline char16_t foldAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

inline bool sameChar(char16_t c, const PatternChar &p)
{
    // Both sides case-folded, character by character: the rule of the word index (QString::toCaseFolded) too,
    // so the window's indexed search and the plain scan of `list --query` agree. Comparing with the needle's
    // upper and lower case instead (as this once did) let "ı" match "I" and kept "K" (Kelvin) from "K".
    if (c < 0x80)
        return foldAscii(c) == p.folded;
    return bmp(QChar::toCaseFolded(char32_t(c)), c) == p.folded;
}

bool equalsNoCase(QStringView haystack, const Needle &n)
{
    const size_t size = n.chars.size();
    if (size_t(haystack.size()) != size)
        return false;
    const char16_t *h = haystack.utf16();
    for (size_t i = 0; i < size; ++i) {
        if (!sameChar(h[i], n.chars[i]))
            return false;
    }
    return true;
}

bool containsNoCase(QStringView haystack, const Needle &n)
{
    const qsizetype m = qsizetype(n.chars.size());
    if (m == 0)
        return true;
    const qsizetype last = haystack.size() - m;
    if (last < 0)
        return false;
    const char16_t *h = haystack.utf16();
    const PatternChar *p = n.chars.data();
    for (qsizetype i = 0; i <= last; ++i) {
        if (!sameChar(h[i], p[0]))
            continue;
        qsizetype j = 1;
        while (j < m && sameChar(h[i + j], p[j]))
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

// Iterative glob: on a mismatch, go back to the last '*' and let it swallow one more character. With
// consecutive stars collapsed this is O(haystack * pattern) at worst and linear in practice.
bool globNoCase(QStringView haystack, const Needle &n)
{
    const char16_t *h = haystack.utf16();
    const qsizetype hs = haystack.size();
    const PatternChar *p = n.chars.data();
    const qsizetype ps = qsizetype(n.chars.size());
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (i < hs) {
        if (j < ps && p[j].kind == PatternChar::AnyRun) {
            star = j++;
            resume = i;
        } else if (j < ps && (p[j].kind == PatternChar::AnyOne || sameChar(h[i], p[j]))) {
            ++i;
            ++j;
        } else if (star >= 0) {
            j = star + 1;
            i = ++resume;
        } else {
            return false;
        }
    }
    while (j < ps && p[j].kind == PatternChar::AnyRun)
        ++j;
    return j == ps;
}

inline bool matchValue(QStringView haystack, const Needle &n)
{
    return n.wildcard ? globNoCase(haystack, n) : equalsNoCase(haystack, n);
}

// ---------------------------------------------------------------------------------------------------------
// The language.

enum class FieldId : quint8 {
    Status,
    Type,
    Backup,
    Os,
    Arch,
    Zone,
    Region,
    Profile,
    Id,
    Instance,
    Host,
    Name,
    Ip,
    Net,
    Proxy,
    ProxyHost,
    Https,
    Version,
    Hb,
    Tag,
    Is,
};

struct FieldInfo
{
    QLatin1StringView name;
    FieldId id;
    QString BackupClient::*member; ///< for the plain text fields
};

// In the order of the design's table, which is also the order of completion.
const FieldInfo kFields[] = {
    {QLatin1StringView("status"), FieldId::Status, &BackupClient::status},
    {QLatin1StringView("type"), FieldId::Type, &BackupClient::clientType},
    {QLatin1StringView("backup"), FieldId::Backup, &BackupClient::backupStatus},
    {QLatin1StringView("os"), FieldId::Os, &BackupClient::osType},
    {QLatin1StringView("arch"), FieldId::Arch, &BackupClient::archType},
    {QLatin1StringView("zone"), FieldId::Zone, &BackupClient::zoneId},
    {QLatin1StringView("region"), FieldId::Region, &BackupClient::regionId},
    {QLatin1StringView("profile"), FieldId::Profile, &BackupClient::profile},
    {QLatin1StringView("id"), FieldId::Id, &BackupClient::clientId},
    {QLatin1StringView("instance"), FieldId::Instance, &BackupClient::instanceId},
    {QLatin1StringView("host"), FieldId::Host, &BackupClient::hostname},
    {QLatin1StringView("name"), FieldId::Name, &BackupClient::instanceName},
    {QLatin1StringView("ip"), FieldId::Ip, &BackupClient::privateIpV4},
    {QLatin1StringView("net"), FieldId::Net, &BackupClient::dataNetworkType},
    {QLatin1StringView("proxy"), FieldId::Proxy, &BackupClient::dataProxySetting},
    {QLatin1StringView("proxyhost"), FieldId::ProxyHost, &BackupClient::proxyHost},
    {QLatin1StringView("https"), FieldId::Https, &BackupClient::useHttps},
    {QLatin1StringView("version"), FieldId::Version, &BackupClient::clientVersion},
    {QLatin1StringView("hb"), FieldId::Hb, nullptr},
    {QLatin1StringView("tag"), FieldId::Tag, nullptr},
    {QLatin1StringView("is"), FieldId::Is, nullptr},
};

// The text columns a bare word searches (tags are searched besides these).
const QString BackupClient::*const kWordColumns[] = {
    &BackupClient::hostname,     &BackupClient::instanceName,  &BackupClient::clientId,
    &BackupClient::instanceId,   &BackupClient::clientType,    &BackupClient::status,
    &BackupClient::backupStatus, &BackupClient::clientVersion, &BackupClient::osType,
    &BackupClient::archType,     &BackupClient::privateIpV4,   &BackupClient::zoneId,
    &BackupClient::regionId,     &BackupClient::profile,
};

struct TypeAlias
{
    QLatin1StringView alias;
    QLatin1StringView clientType;
};
constexpr TypeAlias kTypeAliases[] = {
    {QLatin1StringView("ecs"), QLatin1StringView("ECS_CLIENT")},
    {QLatin1StringView("container"), QLatin1StringView("CONTAINER_CLIENT")},
    {QLatin1StringView("local"), QLatin1StringView("LOCAL_CLIENT")},
};

const char *const kStatusValues[] = {
    "REGISTERED", "ACTIVATED",      "DEACTIVATED",  "INSTALLING",       "INSTALL_FAILED", "NOT_INSTALLED",
    "UPGRADING",  "UPGRADE_FAILED", "UNINSTALLING", "UNINSTALL_FAILED", "STOPPED",        "UNKNOWN",
};

const FieldInfo *findField(QStringView name)
{
    for (const FieldInfo &f : kFields) {
        if (name.size() == f.name.size() && name.compare(f.name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

bool sameWord(QStringView a, QLatin1StringView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

enum class Op : quint8 { Less, LessEqual, Greater, GreaterEqual, Equal };

template<typename T>
bool compare(T value, Op op, T reference)
{
    switch (op) {
    case Op::Less:
        return value < reference;
    case Op::LessEqual:
        return value <= reference;
    case Op::Greater:
        return value > reference;
    case Op::GreaterEqual:
        return value >= reference;
    case Op::Equal:
        return value == reference;
    }
    return false;
}

/// One value of `field:v1,v2`.
struct Alternative
{
    enum Kind : quint8 { Text, VersionEqual, Outdated };
    Kind kind = Text;
    Needle needle;   ///< Text: the value; for tags the key
    Needle tagValue; ///< tags only, when hasTagValue
    bool hasTagValue = false;
    QString version; ///< VersionEqual
};

enum class TermKind : quint8 { Word, Field, Tag, Version, VersionCompare, Heartbeat, Signals, Https };

struct Term
{
    TermKind kind = TermKind::Word;
    bool negated = false;
    QString key; ///< the term as typed, case-folded: equal keys match the same clients
    // Word
    Needle needle;
    QString word;      ///< the word itself, for refines()
    int wordSlot = -1; ///< its bit in MatchContext::wordHits, or -1 when the matcher scans itself
    // Field, Tag, Version
    QString BackupClient::*member = nullptr;
    std::vector<Alternative> alternatives;
    // VersionCompare, Heartbeat
    Op op = Op::Equal;
    QString version;
    qint64 seconds = 0;
    // Signals
    FleetSignals mask = 0;
    // Https
    bool acceptTrue = false;
    bool acceptFalse = false;
};

bool hasVersion(const BackupClient &c)
{
    return c.has(BackupClient::ClientVersion) && !c.clientVersion.isEmpty();
}

bool wordMatches(const Term &t, const BackupClient &c)
{
    const bool glob = t.needle.wildcard;
    for (const QString BackupClient::*column : kWordColumns) {
        const QString &v = c.*column;
        if (glob ? globNoCase(v, t.needle) : containsNoCase(v, t.needle))
            return true;
    }
    for (const ClientTag &tag : c.tags) {
        if (glob ? (globNoCase(tag.key, t.needle) || globNoCase(tag.value, t.needle))
                 : (containsNoCase(tag.key, t.needle) || containsNoCase(tag.value, t.needle)))
            return true;
    }
    return false;
}

bool termMatches(const Term &t, const BackupClient &c, const MatchContext &context)
{
    switch (t.kind) {
    case TermKind::Word:
        if (context.wordHitsKnown && t.wordSlot >= 0)
            return (context.wordHits >> t.wordSlot) & 1u;
        return wordMatches(t, c);
    case TermKind::Field: {
        const QString &v = c.*t.member;
        for (const Alternative &a : t.alternatives) {
            if (matchValue(v, a.needle))
                return true;
        }
        return false;
    }
    case TermKind::Tag:
        for (const ClientTag &tag : c.tags) {
            for (const Alternative &a : t.alternatives) {
                if (matchValue(tag.key, a.needle) && (!a.hasTagValue || matchValue(tag.value, a.tagValue)))
                    return true;
            }
        }
        return false;
    case TermKind::Version:
        for (const Alternative &a : t.alternatives) {
            switch (a.kind) {
            case Alternative::Outdated:
                if (context.signalSet & signalBit(FleetSignal::Outdated))
                    return true;
                break;
            case Alternative::VersionEqual:
                if (hasVersion(c) && compareVersions(c.clientVersion, a.version) == 0)
                    return true;
                break;
            case Alternative::Text:
                if (hasVersion(c) && matchValue(c.clientVersion, a.needle))
                    return true;
                break;
            }
        }
        return false;
    case TermKind::VersionCompare:
        return hasVersion(c) && compare(compareVersions(c.clientVersion, t.version), t.op, 0);
    case TermKind::Heartbeat:
        if (!c.has(BackupClient::LastHeartBeatTime) || c.lastHeartBeatTime <= 0)
            return false;
        return compare(context.nowSeconds - c.lastHeartBeatTime, t.op, t.seconds);
    case TermKind::Signals:
        return (context.signalSet & t.mask) != 0;
    case TermKind::Https: {
        const std::optional<bool> https = c.useHttpsValue();
        return https.has_value() && (*https ? t.acceptTrue : t.acceptFalse);
    }
    }
    return false;
}

// Optimal string alignment distance: a swap of two letters ("stauts") counts as one edit.
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const bool same = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded();
            int best =
                std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1].toCaseFolded() == b[j - 2].toCaseFolded() &&
                a[i - 2].toCaseFolded() == b[j - 1].toCaseFolded())
                best = std::min(best, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = best;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[size_t(m)];
}

/// The closest of `candidates` to `typed`, when it is close enough to be what was meant.
QString suggestion(QStringView typed, const QStringList &candidates)
{
    const int allowed = typed.size() <= 4 ? 1 : 2;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(typed, candidate);
        if (d < bestDistance && d < typed.size()) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

QStringList signalNames()
{
    QStringList names;
    names.reserve(kFleetSignalCount);
    for (int i = 0; i < kFleetSignalCount; ++i)
        names.append(signalName(FleetSignal(i)));
    return names;
}

/// A piece of a value between unquoted commas, its quotes removed.
struct Piece
{
    QString text;
    qsizetype start = 0; ///< in the query text, quotes included
    qsizetype end = 0;
    bool quoted = false;   ///< any quote in it: `""` is an explicitly empty value
    qsizetype equals = -1; ///< index in `text` of the first unquoted '='
    bool quotedBeforeEquals = false;
    bool quotedAfterEquals = false;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    bool run()
    {
        const qsizetype size = m_text.size();
        qsizetype i = 0;
        while (i < size) {
            if (m_text[i].isSpace()) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            bool inQuote = false;
            qsizetype quoteAt = -1;
            while (i < size && (inQuote || !m_text[i].isSpace())) {
                if (m_text[i] == u'"') {
                    inQuote = !inQuote;
                    quoteAt = i;
                }
                ++i;
            }
            if (inQuote) {
                const QStringView open = QStringView(m_text).sliced(quoteAt);
                return fail(quoteAt, size - quoteAt,
                            QCoreApplication::translate("hbr::Query", "The quote at \"%1\" is not closed.")
                                .arg(elided(open)));
            }
            if (!parseTerm(start, i))
                return false;
        }
        return true;
    }

    std::vector<Term> terms;
    QueryError error;

private:
    bool fail(qsizetype position, qsizetype length, const QString &message)
    {
        error.position = int(position);
        error.length = int(length);
        error.message = message;
        return false;
    }

    QStringView slice(qsizetype from, qsizetype to) const
    {
        return QStringView(m_text).sliced(from, to - from);
    }

    static QString elided(QStringView s)
    {
        constexpr qsizetype kMax = 32;
        if (s.size() <= kMax)
            return s.toString();
        return s.first(kMax).toString() + u'\x2026';
    }

    bool failEmpty(qsizetype start, qsizetype end)
    {
        return fail(start, end - start,
                    QCoreApplication::translate("hbr::Query", "The term \"%1\" is missing a value.")
                        .arg(elided(slice(start, end))));
    }

    std::vector<Piece> pieces(qsizetype from, qsizetype to, bool splitCommas) const
    {
        std::vector<Piece> out;
        Piece p;
        p.start = from;
        bool inQuote = false;
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = m_text[i];
            if (c == u'"') {
                inQuote = !inQuote;
                p.quoted = true;
                (p.equals < 0 ? p.quotedBeforeEquals : p.quotedAfterEquals) = true;
            } else if (!inQuote && splitCommas && c == u',') {
                p.end = i;
                out.push_back(std::move(p));
                p = Piece();
                p.start = i + 1;
            } else {
                if (!inQuote && c == u'=' && p.equals < 0)
                    p.equals = p.text.size();
                p.text.append(c);
            }
        }
        p.end = to;
        out.push_back(std::move(p));
        return out;
    }

    bool parseTerm(qsizetype start, qsizetype end)
    {
        Term t;
        t.key = slice(start, end).toString().toCaseFolded();
        qsizetype body = start;
        if (m_text[start] == u'-') {
            if (end - start == 1)
                return fail(start, 1,
                            QCoreApplication::translate("hbr::Query",
                                                        "A \"-\" must be followed by the term it negates."));
            t.negated = true;
            ++body;
        }

        // A field name is an unquoted identifier right before ':' or a comparison; anything else is a word.
        qsizetype nameEnd = body;
        if (m_text[body].isLetter() && m_text[body].unicode() < 0x80) {
            while (nameEnd < end && m_text[nameEnd].unicode() < 0x80 &&
                   (m_text[nameEnd].isLetterOrNumber() || m_text[nameEnd] == u'_'))
                ++nameEnd;
        }
        const bool isField = nameEnd > body && nameEnd < end &&
                             (m_text[nameEnd] == u':' || m_text[nameEnd] == u'<' || m_text[nameEnd] == u'>' ||
                              m_text[nameEnd] == u'=');
        if (!isField)
            return parseWord(std::move(t), body, end);

        const QStringView name = slice(body, nameEnd);
        const FieldInfo *field = findField(name);
        if (!field) {
            const QString close = suggestion(name, Query::fieldNames());
            return fail(
                body, nameEnd - body,
                close.isEmpty()
                    ? QCoreApplication::translate("hbr::Query", "Unknown field \"%1\"; the fields are %2.")
                          .arg(name.toString(), Query::fieldNames().join(u", "))
                    : QCoreApplication::translate("hbr::Query", "Unknown field \"%1\"; did you mean \"%2\"?")
                          .arg(name.toString(), close));
        }

        if (m_text[nameEnd] == u':')
            return parseEquality(std::move(t), *field, body, nameEnd, end);

        qsizetype opEnd = nameEnd + 1;
        Op op = Op::Equal;
        switch (m_text[nameEnd].unicode()) {
        case u'<':
            op = Op::Less;
            break;
        case u'>':
            op = Op::Greater;
            break;
        default:
            op = Op::Equal;
            break;
        }
        if (op != Op::Equal && opEnd < end && m_text[opEnd] == u'=') {
            op = op == Op::Less ? Op::LessEqual : Op::GreaterEqual;
            ++opEnd;
        }
        return parseComparison(std::move(t), *field, op, body, nameEnd, opEnd, end);
    }

    bool parseWord(Term t, qsizetype body, qsizetype end)
    {
        const std::vector<Piece> parts = pieces(body, end, false);
        const QString &word = parts.front().text;
        if (word.isEmpty())
            return failEmpty(body, end);
        t.kind = TermKind::Word;
        t.needle = compileNeedle(word, true);
        t.word = word;
        terms.push_back(std::move(t));
        return true;
    }

    bool parseEquality(Term t, const FieldInfo &field, qsizetype body, qsizetype colon, qsizetype end)
    {
        if (field.id == FieldId::Hb)
            return fail(colon, 1,
                        QCoreApplication::translate(
                            "hbr::Query", "The heartbeat age is compared with <, <=, > or >=, as in "
                                          "hb>6h, not with \"%1\".")
                            .arg(slice(body, colon + 1)));
        if (colon + 1 == end)
            return failEmpty(body, end);

        std::vector<Piece> parts = pieces(colon + 1, end, true);
        for (const Piece &p : parts) {
            if (p.text.isEmpty() && !p.quoted)
                return failEmpty(body, end);
        }

        switch (field.id) {
        case FieldId::Is:
            t.kind = TermKind::Signals;
            for (const Piece &p : parts) {
                const std::optional<FleetSignal> s = signalFromName(p.text);
                if (!s) {
                    const QStringList names = signalNames();
                    const QString close = suggestion(p.text, names);
                    return fail(p.start, p.end - p.start,
                                close.isEmpty()
                                    ? QCoreApplication::translate(
                                          "hbr::Query", "Unknown signal \"%1\"; the signals are %2.")
                                          .arg(p.text, names.join(u", "))
                                    : QCoreApplication::translate(
                                          "hbr::Query", "Unknown signal \"%1\"; did you mean \"%2\"?")
                                          .arg(p.text, close));
                }
                t.mask |= signalBit(*s);
            }
            break;
        case FieldId::Https:
            t.kind = TermKind::Https;
            for (const Piece &p : parts) {
                if (sameWord(p.text, QLatin1StringView("true")))
                    t.acceptTrue = true;
                else if (sameWord(p.text, QLatin1StringView("false")))
                    t.acceptFalse = true;
                else
                    return fail(p.start, p.end - p.start,
                                QCoreApplication::translate(
                                    "hbr::Query", "\"%1\" is not a value of https; write true or false.")
                                    .arg(elided(p.text)));
            }
            break;
        case FieldId::Tag:
            t.kind = TermKind::Tag;
            for (const Piece &p : parts) {
                Alternative a;
                const QStringView text(p.text);
                const QStringView key = p.equals < 0 ? text : text.first(p.equals);
                if (key.isEmpty() && !p.quotedBeforeEquals)
                    return fail(p.start, p.end - p.start,
                                QCoreApplication::translate(
                                    "hbr::Query", "The tag \"%1\" is missing its key before the \"=\".")
                                    .arg(elided(slice(p.start, p.end))));
                a.needle = compileNeedle(key, true);
                if (p.equals >= 0) {
                    const QStringView value = text.sliced(p.equals + 1);
                    if (value.isEmpty() && !p.quotedAfterEquals)
                        return failEmpty(body, end);
                    a.hasTagValue = true;
                    a.tagValue = compileNeedle(value, true);
                }
                t.alternatives.push_back(std::move(a));
            }
            break;
        case FieldId::Version:
            t.kind = TermKind::Version;
            for (const Piece &p : parts) {
                Alternative a;
                if (sameWord(p.text, QLatin1StringView("outdated"))) {
                    a.kind = Alternative::Outdated;
                } else if (p.text.contains(u'*') || p.text.contains(u'?')) {
                    a.kind = Alternative::Text;
                    a.needle = compileNeedle(p.text, true);
                } else if (looksLikeVersion(p.text)) {
                    a.kind = Alternative::VersionEqual;
                    a.version = p.text;
                } else {
                    return fail(p.start, p.end - p.start,
                                QCoreApplication::translate(
                                    "hbr::Query", "\"%1\" is not a version; write a version such as "
                                                  "2.13.0, a pattern such as 2.13.*, or outdated.")
                                    .arg(elided(p.text)));
                }
                t.alternatives.push_back(std::move(a));
            }
            break;
        default:
            t.kind = TermKind::Field;
            t.member = field.member;
            for (const Piece &p : parts) {
                Alternative a;
                QString clientType;
                if (field.id == FieldId::Type) {
                    for (const TypeAlias &alias : kTypeAliases) {
                        if (sameWord(p.text, alias.alias))
                            clientType = alias.clientType;
                    }
                }
                a.needle =
                    clientType.isEmpty() ? compileNeedle(p.text, true) : compileNeedle(clientType, false);
                t.alternatives.push_back(std::move(a));
            }
            break;
        }
        terms.push_back(std::move(t));
        return true;
    }

    bool parseComparison(Term t, const FieldInfo &field, Op op, qsizetype body, qsizetype opStart,
                         qsizetype opEnd, qsizetype end)
    {
        const QString fieldName = field.name;
        const QStringView opText = slice(opStart, opEnd);
        const bool isVersion = field.id == FieldId::Version;
        const bool isHeartbeat = field.id == FieldId::Hb && op != Op::Equal;
        if (!isVersion && !isHeartbeat) {
            if (field.id == FieldId::Hb)
                return fail(opStart, opEnd - opStart,
                            QCoreApplication::translate(
                                "hbr::Query", "The heartbeat age is compared with <, <=, > or >=, as in "
                                              "hb>6h, not with \"%1\".")
                                .arg(slice(body, opEnd)));
            return fail(opStart, opEnd - opStart,
                        QCoreApplication::translate(
                            "hbr::Query", "The field \"%1\" cannot be compared with \"%2\"; write %1:VALUE.")
                            .arg(fieldName, opText));
        }
        if (opEnd == end)
            return fail(body, end - body,
                        QCoreApplication::translate("hbr::Query", "The comparison \"%1\" is missing a value.")
                            .arg(slice(body, end)));
        const std::vector<Piece> parts = pieces(opEnd, end, false);
        const QString &value = parts.front().text;
        t.op = op;
        if (isVersion) {
            if (!looksLikeVersion(value))
                return fail(opEnd, end - opEnd,
                            QCoreApplication::translate(
                                "hbr::Query", "\"%1\" is not a version; write a version such as 2.13.0.")
                                .arg(elided(slice(opEnd, end))));
            t.kind = TermKind::VersionCompare;
            t.version = value;
        } else {
            const std::optional<qint64> seconds = parseDuration(value);
            if (!seconds)
                return fail(opEnd, end - opEnd,
                            QCoreApplication::translate(
                                "hbr::Query", "\"%1\" is not a heartbeat age; write a number with a unit "
                                              "s, m, h or d, such as 6h.")
                                .arg(elided(slice(opEnd, end))));
            t.kind = TermKind::Heartbeat;
            t.seconds = *seconds;
        }
        terms.push_back(std::move(t));
        return true;
    }

    static bool looksLikeVersion(QStringView v)
    {
        if (!v.isEmpty() && (v.front() == u'v' || v.front() == u'V'))
            v = v.sliced(1);
        return !v.isEmpty() && v.front() >= u'0' && v.front() <= u'9';
    }

    /// "6h", "90s", "1h30m": one or more numbers, each with its unit.
    static std::optional<qint64> parseDuration(QStringView v)
    {
        if (v.isEmpty())
            return std::nullopt;
        qint64 total = 0;
        qsizetype i = 0;
        while (i < v.size()) {
            qint64 number = 0;
            const qsizetype digitsStart = i;
            while (i < v.size() && v[i] >= u'0' && v[i] <= u'9') {
                if (qMulOverflow(number, qint64(10), &number) ||
                    qAddOverflow(number, qint64(v[i].unicode() - u'0'), &number))
                    return std::nullopt;
                ++i;
            }
            if (i == digitsStart || i == v.size())
                return std::nullopt;
            qint64 unit = 0;
            switch (v[i].toLower().unicode()) {
            case u's':
                unit = 1;
                break;
            case u'm':
                unit = 60;
                break;
            case u'h':
                unit = 3600;
                break;
            case u'd':
                unit = 86400;
                break;
            default:
                return std::nullopt;
            }
            ++i;
            if (qMulOverflow(number, unit, &number) || qAddOverflow(total, number, &total))
                return std::nullopt;
        }
        return total;
    }

    const QString &m_text;
};

bool isPlainWord(const Term &t)
{
    return t.kind == TermKind::Word && !t.negated && !t.needle.wildcard;
}

} // namespace

struct Query::Data
{
    QString text;
    std::vector<Term> terms;
    QList<QByteArray> indexWords;
    bool valid = true;
    QueryError error;
};

Query::Query()
{
    // Every default Query shares one empty Data, so a default-constructed Query costs no allocation.
    static const std::shared_ptr<const Data> empty = std::make_shared<const Data>();
    d = empty;
}

Query Query::parse(const QString &text)
{
    auto data = std::make_shared<Data>();
    data->text = text;
    Parser parser(text);
    if (parser.run()) {
        data->terms = std::move(parser.terms);
        for (Term &t : data->terms) {
            if (t.kind != TermKind::Word || t.needle.wildcard || data->indexWords.size() >= 64)
                continue;
            // The index separates values with 0x1f; a word holding a control character is left to the scan.
            const bool control =
                std::any_of(t.word.cbegin(), t.word.cend(), [](QChar c) { return c < u' '; });
            if (control)
                continue;
            t.wordSlot = int(data->indexWords.size());
            data->indexWords.append(t.word.toCaseFolded().toUtf8());
        }
    } else {
        data->valid = false;
        data->error = std::move(parser.error);
    }
    Query q;
    q.d = std::move(data);
    return q;
}

QString Query::text() const
{
    return d->text;
}

bool Query::isEmpty() const
{
    return d->valid && d->terms.empty();
}

bool Query::isValid() const
{
    return d->valid;
}

QueryError Query::error() const
{
    return d->error;
}

bool Query::matches(const BackupClient &client, const MatchContext &context) const
{
    const Data &data = *d;
    if (!data.valid)
        return false;
    for (const Term &t : data.terms) {
        if (termMatches(t, client, context) == t.negated)
            return false;
    }
    return true;
}

QList<QByteArray> Query::indexWords() const
{
    return d->indexWords;
}

void Query::appendSearchText(const BackupClient &client, QByteArray &out)
{
    auto append = [&out](const QString &value) {
        // Most values are ASCII ids, addresses and enum names: fold those in place, without the two
        // temporary strings of toCaseFolded().toUtf8() (which made building the index for 100,000 clients
        // cost a fifth of a second).
        const auto *chars = reinterpret_cast<const char16_t *>(value.constData());
        const qsizetype size = value.size();
        const bool ascii = std::all_of(chars, chars + size, [](char16_t c) { return c < 0x80; });
        if (ascii) {
            const qsizetype at = out.size();
            out.resize(at + size);
            char *dst = out.data() + at;
            for (qsizetype i = 0; i < size; ++i)
                dst[i] = char(foldAscii(chars[i]));
        } else {
            out += value.toCaseFolded().toUtf8();
        }
        out += '\x1f';
    };
    for (const QString BackupClient::*column : kWordColumns)
        append(client.*column);
    for (const ClientTag &tag : client.tags) {
        append(tag.key);
        append(tag.value);
    }
}

bool Query::refines(const Query &broader) const
{
    const Data &narrow = *d;
    const Data &wide = *broader.d;
    if (!narrow.valid || !wide.valid)
        return false;
    for (const Term &w : wide.terms) {
        // The heartbeat age moves with the clock: a row the broader query rejected a moment ago may match
        // now, so the rows it kept are not a safe starting point.
        if (w.kind == TermKind::Heartbeat)
            return false;
        bool covered = false;
        for (const Term &n : narrow.terms) {
            if (n.key == w.key ||
                (isPlainWord(w) && isPlainWord(n) && n.word.contains(w.word, Qt::CaseInsensitive))) {
                covered = true;
                break;
            }
        }
        if (!covered)
            return false;
    }
    return true;
}

QStringList Query::fieldNames()
{
    QStringList names;
    names.reserve(qsizetype(std::size(kFields)));
    for (const FieldInfo &f : kFields)
        names.append(f.name);
    return names;
}

QStringList Query::knownValues(const QString &field)
{
    const FieldInfo *f = findField(field);
    if (!f)
        return {};
    switch (f->id) {
    case FieldId::Status: {
        QStringList values;
        for (const char *s : kStatusValues)
            values.append(QLatin1StringView(s));
        return values;
    }
    case FieldId::Type:
        return {u"ecs"_s, u"container"_s, u"local"_s};
    case FieldId::Backup:
        return {u"protected"_s, u"unprotected"_s};
    case FieldId::Net:
        return {u"public"_s, u"vpc"_s, u"classic"_s};
    case FieldId::Proxy:
        return {u"disable"_s, u"use_control_proxy"_s, u"custom"_s};
    case FieldId::Https:
        return {u"true"_s, u"false"_s};
    case FieldId::Is:
        return signalNames();
    case FieldId::Version:
        return {u"outdated"_s};
    default:
        return {};
    }
}

} // namespace hbr
