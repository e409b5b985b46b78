#include "filterbar.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTextCharFormat>
#include <QTimer>
#include <QVBoxLayout>

namespace hbr::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_debounce(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    m_edit->setPlaceholderText(
        tr("Filter: a word, status:unknown, version<2.13, hb>6h, tag:env=prod, is:stale "
           "(Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Filter"));
    m_edit->setAccessibleDescription(tr("Query: terms combine with AND, a leading minus negates a term"));
    m_edit->installEventFilter(this);

    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);

    // The completer completes the token under the cursor, not the whole text, so it is attached to the
    // line edit as its widget rather than through setCompleter().
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &FilterBar::insertCompletion);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_edit, &QLineEdit::textEdited, this, &FilterBar::updateCompletions);
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString &text)
{
    m_edit->setText(text);
    m_debounce->stop();
    apply();
}

QString FilterBar::errorText() const
{
    return m_error->isVisible() || !m_query.isValid() ? m_error->text() : QString();
}

void FilterBar::setFieldValues(const QString &field, const QStringList &values)
{
    m_fieldValues.insert(field, values);
}

void FilterBar::setDelay(int ms)
{
    m_debounce->setInterval(ms);
}

void FilterBar::apply()
{
    const QString text = m_edit->text();
    if (m_applied && text == m_appliedText)
        return;
    m_applied = true;
    m_appliedText = text;
    m_query = Query::parse(text);
    markError();
    Q_EMIT queryChanged(m_query);
}

void FilterBar::markError()
{
    // The offending part is underlined in the box itself (as a spell checker marks a word) and the sentence
    // is shown under it; the underline is drawn as pre-edit formatting, which leaves the text untouched.
    QList<QInputMethodEvent::Attribute> attributes;
    if (!m_query.isValid()) {
        const QueryError e = m_query.error();
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
        const int start = e.position - m_edit->cursorPosition();
        attributes.append(
            QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, start, qMax(1, e.length), format));
        m_error->setText(tr("Not a valid filter (at column %1): %2. No rows are shown until it is fixed.")
                             .arg(e.position + 1)
                             .arg(e.message));
        m_error->show();
        m_edit->setAccessibleDescription(m_error->text());
    } else {
        m_error->clear();
        m_error->hide();
        m_edit->setAccessibleDescription(tr("Query: terms combine with AND, a leading minus negates a term"));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

std::pair<int, int> FilterBar::currentToken() const
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    int start = cursor;
    bool quoted = false;
    for (int i = 0; i < cursor; ++i) {
        if (text.at(i) == QLatin1Char('"'))
            quoted = !quoted;
    }
    while (start > 0 && (quoted || !text.at(start - 1).isSpace())) {
        if (text.at(start - 1) == QLatin1Char('"'))
            quoted = !quoted;
        --start;
    }
    return {start, cursor};
}

void FilterBar::updateCompletions()
{
    const auto [start, cursor] = currentToken();
    QString token = m_edit->text().mid(start, cursor - start);
    QString prefix;
    if (token.startsWith(QLatin1Char('-'))) {
        prefix = QStringLiteral("-");
        token = token.mid(1);
    }
    QStringList candidates;
    const int colon = token.indexOf(QLatin1Char(':'));
    QString typed = token;
    if (colon < 0) {
        if (token.isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        for (const QString &field : Query::fieldNames())
            candidates.append(prefix + field + QLatin1Char(':'));
    } else {
        const QString field = token.left(colon).toLower();
        QString valuePart = token.mid(colon + 1);
        // In a list (status:a,b) only the last value is being typed.
        const int comma = valuePart.lastIndexOf(QLatin1Char(','));
        const QString head = prefix + token.left(colon + 1) + valuePart.left(comma + 1);
        QStringList values = Query::knownValues(field) + m_fieldValues.value(field);
        values.removeDuplicates();
        for (const QString &v : std::as_const(values))
            candidates.append(head + v);
    }
    m_completions->setStringList(candidates);
    m_completer->setCompletionPrefix(prefix + typed);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 &&
         m_completer->currentCompletion().compare(prefix + typed, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    // The popup opens under the token being completed (QLineEdit::cursorRect() is not public).
    const int x =
        qMin(m_edit->width() / 2, m_edit->fontMetrics().horizontalAdvance(m_edit->text().left(start)));
    QRect rect(x, 0, m_completer->popup()->sizeHintForColumn(0) + 24, m_edit->height());
    m_completer->complete(rect);
}

void FilterBar::insertCompletion(const QString &completion)
{
    const auto [start, cursor] = currentToken();
    QString text = m_edit->text();
    text.replace(start, cursor - start, completion);
    m_edit->setText(text);
    m_edit->setCursorPosition(start + int(completion.size()));
    // A field name completion ends with ':' and its values follow; offer them at once.
    if (completion.endsWith(QLatin1Char(':')))
        QTimer::singleShot(0, this, &FilterBar::updateCompletions);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_completer->popup()->isVisible()) {
            if (!m_edit->text().isEmpty()) {
                setText(QString());
                return true;
            }
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_completer->popup()->isVisible()) {
            m_debounce->stop();
            apply();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hbr::ui
