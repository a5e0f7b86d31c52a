#include "htmlextractor.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Readout {

namespace {

enum class Kind
{
    Inline,
    Block,
    Root,       // html, body: blocks that attribute rules must never drop
    Section,    // article, main, section: their header and footer are content
    PageRegion, // header, footer: page furniture unless inside a Section
    Drop,
    UnorderedList,
    OrderedList,
    ListItem,
    Row,
    Cell,
    Break,
    Rule,
    Pre,
};

Kind kindOf(const xmlNode *node)
{
    static const std::unordered_map<std::string_view, Kind> kinds = {
        {"html", Kind::Root},         {"body", Kind::Root},         {"article", Kind::Section},
        {"main", Kind::Section},      {"section", Kind::Section},   {"header", Kind::PageRegion},
        {"footer", Kind::PageRegion}, {"p", Kind::Block},           {"div", Kind::Block},
        {"h1", Kind::Block},          {"h2", Kind::Block},          {"h3", Kind::Block},
        {"h4", Kind::Block},          {"h5", Kind::Block},          {"h6", Kind::Block},
        {"hgroup", Kind::Block},      {"dl", Kind::Block},          {"dt", Kind::Block},
        {"dd", Kind::Block},          {"blockquote", Kind::Block},  {"address", Kind::Block},
        {"center", Kind::Block},      {"figure", Kind::Block},      {"figcaption", Kind::Block},
        {"table", Kind::Block},       {"caption", Kind::Block},     {"thead", Kind::Block},
        {"tbody", Kind::Block},       {"tfoot", Kind::Block},       {"form", Kind::Block},
        {"fieldset", Kind::Block},    {"legend", Kind::Block},      {"details", Kind::Block},
        {"summary", Kind::Block},     {"dialog", Kind::Block},      {"noframes", Kind::Block},
        {"ul", Kind::UnorderedList},  {"dir", Kind::UnorderedList}, {"menu", Kind::UnorderedList},
        {"ol", Kind::OrderedList},    {"li", Kind::ListItem},       {"tr", Kind::Row},
        {"td", Kind::Cell},           {"th", Kind::Cell},           {"br", Kind::Break},
        {"hr", Kind::Rule},           {"pre", Kind::Pre},           {"listing", Kind::Pre},
        {"xmp", Kind::Pre},           {"plaintext", Kind::Pre},     {"head", Kind::Drop},
        {"title", Kind::Drop},        {"script", Kind::Drop},       {"style", Kind::Drop},
        {"noscript", Kind::Drop},     {"template", Kind::Drop},     {"nav", Kind::Drop},
        {"aside", Kind::Drop},        {"select", Kind::Drop},       {"button", Kind::Drop},
        {"textarea", Kind::Drop},     {"datalist", Kind::Drop},     {"iframe", Kind::Drop},
        {"frame", Kind::Drop},        {"frameset", Kind::Drop},     {"object", Kind::Drop},
        {"embed", Kind::Drop},        {"applet", Kind::Drop},       {"svg", Kind::Drop},
        {"math", Kind::Drop},         {"canvas", Kind::Drop},       {"audio", Kind::Drop},
        {"video", Kind::Drop},        {"map", Kind::Drop},
    };
    if (!node->name)
        return Kind::Inline;
    const auto it = kinds.find(reinterpret_cast<const char *>(node->name));
    return it == kinds.end() ? Kind::Inline : it->second;
}

bool hasName(const xmlNode *node, const char *name)
{
    return node->name && std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

// The attribute's value, "" for a bare attribute, nullptr when absent. libxml2 lower-cases
// HTML attribute names.
const char *attribute(const xmlNode *node, const char *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->name && std::strcmp(reinterpret_cast<const char *>(a->name), name) == 0) {
            if (a->children && a->children->content)
                return reinterpret_cast<const char *>(a->children->content);
            return "";
        }
    }
    return nullptr;
}

std::string lowerAscii(const char *value)
{
    std::string s(value);
    for (char &c : s) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return s;
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Whether an id or class value names page navigation. "nav" is matched at word edges only
// ("gnav", "navbar", "localnavi"), so "unavailable" or "canvas" are not navigation.
bool namesNavigation(const char *value)
{
    const std::string s = lowerAscii(value);
    for (const char *word : {"menu", "breadcrumb", "footer", "sidebar", "skip", "topicpath",
                             "pankuzu", "pagetop", "page-top"}) {
        if (s.find(word) != std::string::npos)
            return true;
    }
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !isAsciiAlnum(s[i]))
            ++i;
        std::size_t end = i;
        while (end < s.size() && isAsciiAlnum(s[end]))
            ++end;
        const std::string_view w(s.data() + i, end - i);
        const auto endsWith = [w](std::string_view tail) {
            return w.size() >= tail.size() && w.substr(w.size() - tail.size()) == tail;
        };
        if ((w.substr(0, 3) == "nav" && w != "navy") || endsWith("nav") || endsWith("navi"))
            return true;
        i = end;
    }
    return false;
}

bool hasRole(const char *value, std::string_view wanted)
{
    const std::string s = lowerAscii(value);
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t end = s.find(' ', i);
        if (end == std::string::npos)
            end = s.size();
        if (std::string_view(s.data() + i, end - i) == wanted)
            return true;
        i = end + 1;
    }
    return false;
}

// A page banner sometimes holds the document's <h1>; it is kept then (its menus still go).
bool containsTitle(const xmlNode *root)
{
    constexpr int kMaxNodes = 1000;
    int visited = 0;
    const xmlNode *n = root->children;
    while (n && ++visited <= kMaxNodes) {
        if (n->type == XML_ELEMENT_NODE) {
            if (hasName(n, "h1"))
                return true;
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        while (n != root && !n->next)
            n = n->parent;
        n = n == root ? nullptr : n->next;
    }
    return false;
}

bool isHidden(const xmlNode *node)
{
    if (attribute(node, "hidden"))
        return true;
    if (const char *aria = attribute(node, "aria-hidden"); aria && lowerAscii(aria) == "true")
        return true;
    if (const char *style = attribute(node, "style")) {
        std::string s = lowerAscii(style);
        s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; }),
                s.end());
        return s.find("display:none") != std::string::npos ||
               s.find("visibility:hidden") != std::string::npos;
    }
    return false;
}

bool isNavigation(const xmlNode *node)
{
    for (const char *name : {"id", "class"}) {
        if (const char *value = attribute(node, name); value && namesNavigation(value))
            return true;
    }
    const char *role = attribute(node, "role");
    if (!role)
        return false;
    for (const char *navigation :
         {"navigation", "contentinfo", "complementary", "menu", "menubar"}) {
        if (hasRole(role, navigation))
            return true;
    }
    return hasRole(role, "banner") && !containsTitle(node);
}

// Links such as "Back to Index" or "Page Top" sit between content blocks on ministry pages,
// outside any navigation container; they would read as a statement.
bool isNavigationLink(const xmlNode *link)
{
    constexpr int kMaxLength = 40;
    constexpr int kMaxNodes = 32;
    QString text;
    int visited = 0;
    const xmlNode *n = link->children;
    while (n) {
        if (++visited > kMaxNodes)
            return false;
        if (n->type == XML_TEXT_NODE && n->content) {
            text += QString::fromUtf8(reinterpret_cast<const char *>(n->content));
            if (text.size() > kMaxLength * 4)
                return false;
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n && n != link && !n->next)
            n = n->parent;
        n = (n && n != link) ? n->next : nullptr;
    }
    text = text.simplified();
    static const QString decoration = QString::fromUtf8("▲△↑^•·>»<«[]()|　【】-");
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && (decoration.contains(text.at(start)) || text.at(start).isSpace()))
        ++start;
    while (end > start && (decoration.contains(text.at(end - 1)) || text.at(end - 1).isSpace()))
        --end;
    text = text.mid(start, end - start).toLower();
    if (text.isEmpty() || text.size() > kMaxLength)
        return false;
    static const char *const phrases[] = {"back to index",
                                          "return to index",
                                          "back to top",
                                          "return to top",
                                          "page top",
                                          "to top",
                                          "top of page",
                                          "top of this page",
                                          "go to top",
                                          "目次へ戻る",
                                          "目次に戻る",
                                          "ページトップへ",
                                          "ページトップへ戻る",
                                          "ページの先頭へ",
                                          "ページの先頭へ戻る",
                                          "ページのトップへ",
                                          "このページのトップへ",
                                          "このページのトップへ戻る",
                                          "先頭へ戻る",
                                          "トップへ戻る"};
    for (const char *phrase : phrases) {
        if (text == QString::fromUtf8(phrase))
            return true;
    }
    return false;
}

bool isCollapsibleSpace(ushort u)
{
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == 0x00A0;
}

// Browsers drop a source line break between two CJK characters instead of showing a space.
bool isCjk(ushort u)
{
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF);
}

bool isDigitChar(ushort u)
{
    return (u >= '0' && u <= '9') || (u >= 0xFF10 && u <= 0xFF19);
}

bool isLabelChar(ushort u)
{
    return isDigitChar(u) || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
           (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
}

// Whether a list item's text carries its own label ("1.", "(2)", "（ａ）", "- ", "・", "①"),
// in which case the marker we would add is redundant (list-style: none in the page).
bool startsWithLabel(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n && s[i].unicode() == ' ')
        ++i;
    if (i >= n)
        return false;
    const ushort c = s[i].unicode();
    switch (c) {
    case '-':
    case '*':
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2022: // bullet
    case 0x203B: // reference mark
    case 0x25A0: // squares, diamonds, circles
    case 0x25A1:
    case 0x25C6:
    case 0x25C7:
    case 0x25CB:
    case 0x25CF:
    case 0x30FB: // katakana middle dot
    case 0xFF0A: // fullwidth asterisk
    case 0xFF0D: // fullwidth hyphen-minus
        return true;
    default:
        break;
    }
    if (c >= 0x2460 && c <= 0x2473) // circled numbers
        return true;
    const auto at = [&s, n](qsizetype k) -> ushort { return k < n ? s[k].unicode() : 0; };
    if (isDigitChar(c)) {
        qsizetype k = i;
        while (k < n && k - i < 4 && isDigitChar(at(k)))
            ++k;
        const ushort after = at(k);
        const bool closes =
            after == '.' || after == ')' || after == 0xFF0E || after == 0xFF09 || after == 0x3001;
        return k - i <= 3 && closes && !isDigitChar(at(k + 1));
    }
    if (c == '(' || c == 0xFF08) {
        qsizetype k = i + 1;
        while (k < n && k - i <= 3 && isLabelChar(at(k)))
            ++k;
        return k > i + 1 && k - i <= 4 && (at(k) == ')' || at(k) == 0xFF09);
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return (at(i + 1) == '.' || at(i + 1) == ')') && at(i + 2) == ' ';
    return false;
}

QString alphabetic(int n, char first)
{
    QString s;
    while (n > 0) {
        --n;
        s.prepend(QLatin1Char(char(first + n % 26)));
        n /= 26;
    }
    return s;
}

QString roman(int n, bool upper)
{
    static const struct
    {
        int value;
        const char *digits;
    } table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
                 {50, "l"},   {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    QString s;
    for (const auto &entry : table) {
        while (n >= entry.value) {
            s += QLatin1String(entry.digits);
            n -= entry.value;
        }
    }
    return upper ? s.toUpper() : s;
}

QString formatNumber(int n, char type)
{
    if (n > 0 && (type == 'a' || type == 'A'))
        return alphabetic(n, type);
    if (n > 0 && n < 4000 && (type == 'i' || type == 'I'))
        return roman(n, type == 'I');
    return QString::number(n);
}

bool parseInt(const char *value, int *result)
{
    if (!value)
        return false;
    bool ok = false;
    const int n = QByteArray(value).trimmed().toInt(&ok);
    if (ok)
        *result = n;
    return ok;
}

struct ListContext
{
    bool ordered = false;
    int next = 1;
    int step = 1;
    char type = '1';
};

// Walks the parsed tree without recursion (pages can nest elements arbitrarily deep) and
// builds the text line by line.
class Walker
{
public:
    explicit Walker(bool navigationRules) : m_navigationRules(navigationRules) {}

    void run(const xmlNode *root)
    {
        const xmlNode *n = root;
        while (n) {
            const bool descend = enter(n);
            if (descend && n->children) {
                n = n->children;
                continue;
            }
            if (descend)
                leave(n);
            while (n != root && !n->next) {
                n = n->parent;
                leave(n);
            }
            n = n == root ? nullptr : n->next;
        }
        flush();
    }

    QString text() const { return m_out; }
    int droppedAsNavigation() const { return m_droppedAsNavigation; }

private:
    bool enter(const xmlNode *node)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content)
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(node->content)));
            return false;
        }
        if (node->type != XML_ELEMENT_NODE)
            return false; // comments, processing instructions, DTD
        const Kind kind = kindOf(node);
        if (kind == Kind::Drop || isHidden(node) || (hasName(node, "a") && isNavigationLink(node)))
            return false;
        if (kind == Kind::PageRegion && m_sectionDepth == 0 &&
            !(hasName(node, "header") && containsTitle(node)))
            return false;
        if (m_navigationRules && kind != Kind::Root && !hasName(node, "main") &&
            !hasName(node, "article") && isNavigation(node)) {
            ++m_droppedAsNavigation;
            return false;
        }
        switch (kind) {
        case Kind::Section:
            ++m_sectionDepth;
            flush();
            break;
        case Kind::Block:
        case Kind::Root:
        case Kind::PageRegion:
            flush();
            break;
        case Kind::UnorderedList:
        case Kind::OrderedList:
            flush();
            m_lists.push_back(listContext(node, kind == Kind::OrderedList));
            break;
        case Kind::ListItem:
            flush();
            m_marker = nextMarker(node);
            break;
        case Kind::Row:
            flush();
            break;
        case Kind::Cell:
            m_pendingCellSeparator = !m_line.isEmpty();
            break;
        case Kind::Break:
            flush(true);
            return false;
        case Kind::Rule:
            flush();
            emitBlank();
            return false;
        case Kind::Pre:
            flush();
            ++m_preDepth;
            m_preAfterNewline = false;
            break;
        case Kind::Inline:
        case Kind::Drop:
            break;
        }
        return true;
    }

    void leave(const xmlNode *node)
    {
        if (node->type != XML_ELEMENT_NODE)
            return;
        switch (kindOf(node)) {
        case Kind::Section:
            flush();
            --m_sectionDepth;
            break;
        case Kind::Block:
        case Kind::Root:
        case Kind::PageRegion:
        case Kind::Row:
            flush();
            break;
        case Kind::UnorderedList:
        case Kind::OrderedList:
            flush();
            if (!m_lists.empty())
                m_lists.pop_back();
            break;
        case Kind::ListItem:
            flush();
            m_marker.clear();
            break;
        case Kind::Pre:
            flush();
            --m_preDepth;
            break;
        case Kind::Cell:
        case Kind::Break:
        case Kind::Rule:
        case Kind::Inline:
        case Kind::Drop:
            break;
        }
    }

    static ListContext listContext(const xmlNode *list, bool ordered)
    {
        ListContext context;
        context.ordered = ordered;
        if (!ordered)
            return context;
        if (const char *type = attribute(list, "type"); type && std::strlen(type) == 1)
            context.type = type[0];
        if (attribute(list, "reversed")) {
            context.step = -1;
            context.next = 0;
            for (const xmlNode *c = list->children; c; c = c->next)
                context.next += c->type == XML_ELEMENT_NODE && hasName(c, "li");
        }
        parseInt(attribute(list, "start"), &context.next);
        return context;
    }

    QString nextMarker(const xmlNode *item)
    {
        if (m_lists.empty() || !m_lists.back().ordered)
            return QStringLiteral("- ");
        ListContext &list = m_lists.back();
        parseInt(attribute(item, "value"), &list.next);
        const QString marker = formatNumber(list.next, list.type) + QLatin1String(". ");
        list.next += list.step;
        return marker;
    }

    void appendText(const QString &text)
    {
        if (m_preDepth > 0) {
            appendPreformatted(text);
            return;
        }
        for (const QChar ch : text) {
            const ushort u = ch.unicode();
            if (isCollapsibleSpace(u)) {
                m_pendingSpace = true;
                m_pendingNewline = m_pendingNewline || u == '\n';
            } else {
                put(ch);
            }
        }
    }

    void appendPreformatted(const QString &text)
    {
        for (const QChar ch : text) {
            const ushort u = ch.unicode();
            if (u == '\r')
                continue;
            if (u == '\n') {
                if (isBlank(m_line)) {
                    m_line.clear();
                    if (m_preAfterNewline)
                        emitBlank();
                } else {
                    flush();
                }
                m_preAfterNewline = true;
                continue;
            }
            if (u != ' ' && u != '\t' && u != 0x00A0)
                m_preAfterNewline = false;
            put(u == 0x00A0 ? QChar(QLatin1Char(' ')) : ch, true);
        }
    }

    void put(QChar ch, bool verbatim = false)
    {
        if (!m_line.isEmpty()) {
            if (m_pendingCellSeparator)
                m_line += QLatin1String(" | ");
            else if (m_pendingSpace && !verbatim &&
                     !(m_pendingNewline && isCjk(m_line.back().unicode()) && isCjk(ch.unicode())))
                m_line += QLatin1Char(' ');
        }
        m_pendingSpace = m_pendingNewline = m_pendingCellSeparator = false;
        m_line += ch;
    }

    static bool isBlank(const QString &s)
    {
        return std::all_of(s.begin(), s.end(),
                           [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); });
    }

    // Ends the current line. An empty line is dropped unless forceBlank (<br> on an empty line).
    void flush(bool forceBlank = false)
    {
        auto end = m_line.size();
        while (end > 0 &&
               (m_line.at(end - 1) == QLatin1Char(' ') || m_line.at(end - 1) == QLatin1Char('\t')))
            --end;
        m_line.truncate(end);
        m_pendingSpace = m_pendingNewline = m_pendingCellSeparator = false;
        if (m_line.isEmpty()) {
            if (forceBlank)
                emitBlank();
            return;
        }
        const int depth = static_cast<int>(m_lists.size());
        QString line(depth > 1 ? 2 * (depth - 1) : 0, QLatin1Char(' '));
        if (!m_marker.isEmpty()) {
            if (!startsWithLabel(m_line))
                line += m_marker;
            m_marker.clear();
        }
        line += m_line;
        m_line.clear();
        if (!m_out.isEmpty()) {
            m_out += QLatin1Char('\n');
            if (m_blankPending)
                m_out += QLatin1Char('\n');
        }
        m_out += line;
        m_blankPending = false;
    }

    // Blank lines are only ever recorded between lines, never at the ends or twice.
    void emitBlank()
    {
        if (!m_out.isEmpty())
            m_blankPending = true;
    }

    const bool m_navigationRules;
    QString m_out;
    QString m_line;
    QString m_marker; ///< list marker waiting for the item's first line
    std::vector<ListContext> m_lists;
    int m_sectionDepth = 0;
    int m_preDepth = 0;
    int m_droppedAsNavigation = 0;
    bool m_pendingSpace = false;
    bool m_pendingNewline = false;
    bool m_pendingCellSeparator = false;
    bool m_blankPending = false;
    bool m_preAfterNewline = false;
};

struct DocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

void initLibxml()
{
    // xmlInitParser is not safe to race on first use; a function-local static is.
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
}

bool isTagNameChar(ushort u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

} // namespace

bool HtmlExtractor::looksLikeHtml(QStringView head)
{
    head = head.left(8192);
    const qsizetype n = head.size();
    int blockTags = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (head[i] != QLatin1Char('<'))
            continue;
        qsizetype k = i + 1;
        const bool declaration = k < n && head[k] == QLatin1Char('!');
        if (declaration)
            ++k;
        QString name;
        while (k < n && name.size() < 12 && isTagNameChar(head[k].unicode()))
            name += head[k++].toLower();
        if (k < n && isTagNameChar(head[k].unicode()))
            continue; // longer than any tag we look for
        const bool ends = k >= n || head[k] == QLatin1Char('>') || head[k] == QLatin1Char('/') ||
                          head[k].isSpace();
        if (!ends || name.isEmpty())
            continue;
        if (declaration) {
            if (name == QLatin1String("doctype") &&
                head.mid(k, 6).trimmed().startsWith(QLatin1String("html"), Qt::CaseInsensitive))
                return true;
            continue;
        }
        if (name == QLatin1String("html") || name == QLatin1String("head") ||
            name == QLatin1String("body"))
            return true;
        static const char *const blockNames[] = {
            "p",    "div",   "br",   "hr",    "table", "tr",         "td",      "th",
            "li",   "ul",    "ol",   "dl",    "dt",    "dd",         "h1",      "h2",
            "h3",   "h4",    "h5",   "h6",    "pre",   "blockquote", "section", "article",
            "meta", "title", "link", "style", "script"};
        for (const char *block : blockNames) {
            if (name == QLatin1String(block)) {
                if (++blockTags >= 3)
                    return true;
                break;
            }
        }
    }
    return false;
}

QString HtmlExtractor::toPlainText(const QString &html)
{
    QStringView source(html);
    if (source.startsWith(QChar(0xFEFF)))
        source = source.mid(1);
    if (source.trimmed().isEmpty())
        return {};
    initLibxml();
    const QByteArray utf8 = source.toUtf8();
    // XML_PARSE_HUGE lifts libxml2's depth limit of 256 (beyond which it would stop parsing
    // and lose the rest of the page) and its 10 MB limit on a text node; the walk copes.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT |
                        XML_PARSE_HUGE;
    const int size = static_cast<int>(std::min<qsizetype>(utf8.size(), INT_MAX));
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(utf8.constData(), size, nullptr, "UTF-8", options));
    if (!doc)
        return {};
    const xmlNode *root = xmlDocGetRootElement(doc.get());
    if (!root)
        return {};
    Walker walker(true);
    walker.run(root);
    if (walker.text().isEmpty() && walker.droppedAsNavigation() > 0) {
        Walker unfiltered(false);
        unfiltered.run(root);
        return unfiltered.text();
    }
    return walker.text();
}

} // namespace Readout
