#pragma once

// The canvas's context-menu entries for confidence (issue #11 §2): a submenu with Not rated,
// High, Medium and Low, checked at the current value, for a work item or for a link (an
// input's link to its parent, or the selected connector). Each choice is one undo step.

#include "model/types.h"

class QMenu;

namespace NorthStar {

class Document;

void addWorkConfidenceMenu(QMenu &menu, Document &doc, Id workId);
void addLinkConfidenceMenu(QMenu &menu, Document &doc, Id edgeId);
// The four choices themselves, into `menu` (the window's Tree ▸ Confidence menu).
void addWorkConfidenceChoices(QMenu &menu, Document &doc, Id workId);
void addLinkConfidenceChoices(QMenu &menu, Document &doc, Id edgeId);

} // namespace NorthStar
