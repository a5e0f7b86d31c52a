#pragma once

// Three short fictional meetings for the model tests: Nakara and Veloria in 2002 and 2003
// (the same ministers, headings written differently), Nakara and Marenthia in 2004.

#include "document/summaryparser.h"

#include <QString>

#include <memory>

inline Readout::DocumentPtr sampleDocument(const QString &file, const QString &text)
{
    auto doc = std::make_shared<Readout::Document>(Readout::SummaryParser::parse(text));
    doc->file = file;
    return doc;
}

inline Readout::DocumentPtr sample2002()
{
    return sampleDocument(
        QStringLiteral("2002-10-12-nakara-veloria.txt"),
        QStringLiteral(
            "Nakara-Veloria Foreign Ministers' Meeting (Summary)\n"
            "On October 12, 2002, Minister for Foreign Affairs Haruka Sonoda held a meeting with "
            "Foreign Minister Arlen Castellan of Veloria in Port Sarel.\n"
            "1. Bilateral Relations\n"
            "(1) Peace Treaty\n"
            "Foreign Minister Castellan stated that the talks on the peace treaty should resume "
            "without delay.\n"
            "Minister Sonoda said that Nakara welcomed the proposal and would prepare the next "
            "round.\n"
            "The two sides agreed to hold the next round in Veloria.\n"
            "2. Regional Affairs\n"
            "Minister Sonoda explained Nakara's position on the situation in the Strait of Orel.\n"
            "The Velorian side expressed its concern about the fishing disputes.\n"));
}

inline Readout::DocumentPtr sample2003()
{
    return sampleDocument(
        QStringLiteral("2003-03-03-nakara-veloria.txt"),
        QStringLiteral(
            "Nakara-Veloria Foreign Ministers' Meeting (Summary)\n"
            "On March 3, 2003, Minister for Foreign Affairs Haruka Sonoda held a meeting with "
            "Arlen Castellan, Foreign Minister of Veloria, in Tokara.\n"
            "1. Bilateral relations\n"
            "(1) Peace treaty\n"
            "Minister Castellan said that the two governments had made progress on the peace "
            "treaty.\n"
            "Minister Sonoda stated that Nakara hoped to conclude the treaty within the year.\n"
            "(2) Economy\n"
            "Minister Castellan proposed a joint fund for the caf\u00e9 owners and fishermen of "
            "Orel.\n"
            "2. Regional Affairs\n"
            "The two ministers agreed to cooperate closely.\n"));
}

inline Readout::DocumentPtr sample2004()
{
    return sampleDocument(
        QStringLiteral("2004-06-05-nakara-marenthia.txt"),
        QStringLiteral(
            "Nakara-Marenthia Foreign Ministers' Meeting (Summary)\n"
            "On June 5, 2004, Minister for Foreign Affairs Haruka Sonoda held a meeting with "
            "Foreign Minister Ilse Varga of Marenthia in Port Sarel.\n"
            "1. Bilateral Relations\n"
            "Minister Varga stated that Marenthia regarded Nakara as a trusted partner.\n"
            "Minister Sonoda said that Nakara would open a consulate in Lindau.\n"
            "The two ministers agreed to hold the first strategic dialogue.\n"));
}
