#pragma once

// Ready-made North Star trees for workshops: five company examples and one starter per game
// of the North Star Playbook. The content is JSON in the clipboard fragment format
// (resources/templates/*.json, compiled in), so a template is pasted the same way a copied
// tree is.

#include "common/result.h"
#include "model/workspacedata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace NorthStar::Templates {

struct Info final
{
    QString key;          // stable, for the command line: "airbnb", "attention", ...
    QString name;         // translated display name
    QString description;  // translated, one line
};

// All templates, company examples first, then the three games.
QList<Info> list();
QStringList keys();

// The template as a workspace with one tree (named after the template), its metrics, nodes,
// edges and candidates (the chosen North Star with its checklist answered, and the
// alternatives the team would have considered).
Result<WorkspaceData> load(const QString &key);

// A workspace with one tree holding only a blank North Star: what a new workspace starts as.
WorkspaceData emptyWorkspace(const QString &treeName);

} // namespace NorthStar::Templates
