#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <vector>

namespace Readout {

struct HeaderLine
{
    int index = 0; ///< line index in the document (0-based)
    QStringView text;
};

/// Reads what a summary says about itself: the title among the lines above the text
/// (skipping category lines, breadcrumbs, photo captions), the date line, and from the
/// opening paragraph the meeting's date and place.
class SummaryHeader
{
public:
    /// A line of running text: the header ends at the first one.
    static bool isBodyLine(QStringView line);
    /// "August 28, 2000", "Date: Wednesday, September 26, 2007, 4:07 p.m.", "March 2004".
    static bool isDateLine(QStringView line);

    void read(const std::vector<HeaderLine> &lines);
    /// Reads the meeting date and place from the opening paragraph; `text` is the whole
    /// document, used only to find a year when neither the opening nor a date line has one.
    void readOpening(QStringView opening, const QString &text);
    /// Finds the place of the meeting in a sentence ("held in Moscow", "met ... in Lima").
    void readPlace(QStringView sentence);

    /// A header line that was not the title, the date or a caption, so it may be a heading.
    bool canBeHeading(const HeaderLine &line) const;

    QString title() const { return m_title; }
    QDate date() const { return m_date; }
    QString place() const { return m_place; }
    QString meetingKind(QStringView opening) const;
    /// The publishing ministry named above the title ("Arvenian Department of State"): the
    /// word for its country, and the country such a ministry is by default (its office
    /// titles imply it). Empty when the header names none.
    QString issuerWord() const { return m_issuerWord; }
    QString issuerDefaultCountry() const { return m_issuerDefault; }

private:
    struct FoundDate
    {
        int year = 0;
        int month = 0;
        int day = 0;
        int position = -1;
        bool localTime = false;
        bool introduced = false; ///< "on"/"of" before it: the day of an event
    };
    static std::vector<FoundDate> findDates(QStringView text);
    static bool isCaption(QStringView line);
    static bool isDatelinePlace(QStringView line);
    static QString titleCasePlace(QStringView line);

    QString m_title;
    int m_titleLine = -1;
    int m_dateLine = -1;
    FoundDate m_lineDate;
    std::vector<FoundDate> m_otherHeaderDates;
    QDate m_date;
    QString m_place;
    QString m_issuerWord;
    QString m_issuerDefault;
};

} // namespace Readout
