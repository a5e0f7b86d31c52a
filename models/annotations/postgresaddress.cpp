#include "postgresaddress.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace Readout {

namespace {

// A libpq keyword/value value: quoted when it holds blanks or quotes.
QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral("[\\s'\\\\]"))))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// Splits "a=1 b='x y'" as libpq does.
bool splitKeywords(const QString &text, QList<QPair<QString, QString>> &pairs)
{
    int i = 0;
    const int n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const int eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return false;
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && text.at(i) != QLatin1Char('\'')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
            if (i >= n)
                return false; // unterminated quote
            ++i;
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        if (key.isEmpty())
            return false;
        pairs.append({key, value});
    }
    return !pairs.isEmpty();
}

} // namespace

bool PostgresAddress::looksLikeServer(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://")) ||
           t.startsWith(QLatin1String("postgres://")) || t.contains(QLatin1Char('='));
}

bool PostgresAddress::set(const QString &key, const QString &value)
{
    if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
        m_host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        m_port = value.toInt(&ok);
        if (!ok || m_port <= 0 || m_port > 65535) {
            m_error = QStringLiteral("%1: the port \"%2\" is not a number from 1 to 65535")
                          .arg(m_text, value);
            return false;
        }
    } else if (key == QLatin1String("dbname")) {
        m_database = value;
    } else if (key == QLatin1String("user")) {
        m_user = value;
    } else if (key == QLatin1String("password")) {
        m_droppedPassword = true;
    } else if (key.contains(QRegularExpression(QStringLiteral("^[a-z_]+$")))) {
        m_options.insert(key, value);
    } else {
        m_error = QStringLiteral("%1: \"%2\" is not a connection keyword").arg(m_text, key);
        return false;
    }
    return true;
}

PostgresAddress PostgresAddress::parse(const QString &text)
{
    PostgresAddress address;
    address.m_text = text.trimmed();
    const QString &t = address.m_text;
    if (t.isEmpty()) {
        address.m_error = QStringLiteral("no server given");
        return address;
    }
    if (t.startsWith(QLatin1String("postgresql://")) ||
        t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid()) {
            address.m_error =
                QStringLiteral("%1: not a valid server address (%2)").arg(t, url.errorString());
            return address;
        }
        address.m_host = url.host(QUrl::FullyDecoded);
        address.m_port = url.port(-1);
        address.m_user = url.userName(QUrl::FullyDecoded);
        address.m_droppedPassword = !url.password().isEmpty();
        address.m_database = url.path(QUrl::FullyDecoded).mid(1);
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (!address.set(item.first, item.second))
                return address;
        }
        return address;
    }
    QList<QPair<QString, QString>> pairs;
    if (!splitKeywords(t, pairs)) {
        address.m_error =
            QStringLiteral("%1: not a server address; give postgresql://host/database "
                           "or host=... dbname=...")
                .arg(t);
        return address;
    }
    for (const auto &pair : pairs) {
        if (!address.set(pair.first, pair.second))
            return address;
    }
    return address;
}

QString PostgresAddress::uri() const
{
    if (!isValid())
        return m_text;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder is not a host name a URL can hold: it goes in the query, as libpq allows.
    if (m_host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), m_host);
    else
        url.setHost(m_host.isEmpty() ? QString() : m_host);
    if (m_port > 0)
        url.setPort(m_port);
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    for (auto it = m_options.constBegin(); it != m_options.constEnd(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    QString text = url.toString();
    // QUrl writes "postgresql:/db" without an authority; libpq wants "postgresql:///db".
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, 11, QStringLiteral("postgresql://"));
    return text;
}

void PostgresAddress::applyTo(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(QString());
    QMap<QString, QString> options = m_options;
    // An unreachable server is reported in seconds, not after the system's TCP timeout.
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    // libpq prints the server's notices on stderr, which is for the command line's errors.
    if (!options.contains(QStringLiteral("options")))
        options.insert(QStringLiteral("options"), QStringLiteral("-c client_min_messages=warning"));
    if (!options.contains(QStringLiteral("application_name")))
        options.insert(QStringLiteral("application_name"), QStringLiteral("readout"));
    QStringList parts;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    db.setConnectOptions(parts.join(QLatin1Char(';')));
}

} // namespace Readout
