#pragma once

// The sample workspace (testworkspace.h) with what a weekly review writes down: targets, a
// guardrail bound, impacts, annotations and review notes, at fixed ids.

#include "testworkspace.h"

namespace NorthStar::TestWorkspace {

// Targets on 10 (with a baseline) and 12; Retention's guardrail at most 30 tickets; impacts
// on work 30 (+10%) and 31 (+0.05).
// Annotations: 70 on 13 "Invites sent" (blank, Growth only), 71 on 11 "Teams inviting"
// (shared by both trees), 72 on the whole workspace, 73 on 12 "Docs per team" (defined).
// Review notes: 80 Growth as a whole (week of 2026-03-02), 81 Growth on 13 (same week),
// 82 Retention on 14 "Retained teams" (March 2026), 83 Growth on 11 (March 2026).
enum ReviewIds : Id {
    AnnotationInvites = 70,
    AnnotationInviting = 71,
    AnnotationWorkspace = 72,
    AnnotationDocs = 73,
    NoteGrowthWeek = 80,
    NoteGrowthInvites = 81,
    NoteRetentionMonth = 82,
    NoteGrowthInvitingMonth = 83,
};

WorkspaceData sampleWithReview();

} // namespace NorthStar::TestWorkspace
