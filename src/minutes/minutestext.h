#pragma once

// The minutes' words, formatted once for both writers so the PDF and the Markdown say the
// same thing: headings, facts, tables and lists. Internal to the module.

#include "minutes/minutes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace NorthStar::Minutes {

struct Table final
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> emphasis; // per row: the chosen candidate's, a step over its timebox
};

struct Fact final
{
    QString label;
    QString value;
};

struct StepText final
{
    QString heading; // "3. Checklist and stress test"
    QString prompt;
    QStringList decisions; // empty: `none` says so
    QString none;
};

struct BallotText final
{
    QString heading; // "Votes in 4. Choose"
    QString caption; // "17 of 18 dots placed"
    Table table;
};

struct OutlineLine final
{
    int depth = 0;
    QString title;
    QString details; // "Input · Breadth · Low confidence · 4 dots"
};

struct MinutesText final
{
    QString kind;  // "Workshop minutes"
    QString title; // the workshop's name
    QString subtitle;
    QList<Fact> facts;

    QString headingAgenda;
    QString zoneNote;
    Table agenda;
    QString agendaSummary;
    QString headingSteps;
    QList<StepText> steps;

    QString headingCandidates;
    QString noCandidates;
    QList<Table> checklists; // one table of at most `candidatesPerTable` candidates each
    QStringList candidateNotes;
    QList<BallotText> candidateBallots;
    QString noCandidateVotes;

    QString headingNorthStar;
    QString northStar;

    QString headingTree;
    QList<OutlineLine> outline;

    QString headingVotes;
    QList<BallotText> itemBallots;
    QString noItemVotes;

    QString headingParking;
    Table parking;
    QString noIdeas;

    QString headingDecisions;
    QStringList decisions;
    QString noDecisions;

    QString running;   // the PDF's page header
    QString generated; // "Generated 2026-12-03"
};

// `candidatesPerTable`: the PDF splits the checklist so each column stays readable; the
// Markdown keeps one table.
MinutesText minutesText(const Content &content, const Options &options, int candidatesPerTable);

} // namespace NorthStar::Minutes
