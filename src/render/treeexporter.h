#pragma once

// One tree as a slide file: PNG (2x pixels, for 16:9 slides), SVG and PDF (both vector).
// Needs a QGuiApplication (fonts) but no widgets, so it runs headless under the offscreen
// platform for `northstar export`.

#include "common/result.h"
#include "model/types.h"
#include "render/cardnumbers.h"

#include <QString>
#include <QStringList>

namespace NorthStar {

class WorkspaceData;

// The format comes from the file's suffix (png, svg, pdf; any case). `numbers`: the live
// numbers to put on the cards (the window passes what its canvas shows; the command line
// computes them with computeTreeNumbers()).
Result<void> exportTree(const WorkspaceData &data, Id treeId, const QString &path,
                        const NodeNumbers &numbers = {});

QStringList exportSuffixes();

} // namespace NorthStar
