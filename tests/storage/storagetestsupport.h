#pragma once

// Fixtures shared by the storage tests: workspaces with every field filled in, files made by
// hand, and file fingerprints to prove a refused file was left alone.

#include "common/result.h"
#include "model/workspacedata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace NorthStar::StorageTest {

// Every field of every entity, unicode, leverage null and 0.0, dates, a 64-bit id.
WorkspaceData richWorkspace();
// Enough rows (with long notes) to span many pages of the file.
WorkspaceData bigWorkspace(int metricCount);

// A schema `version` (1 or 2) workspace, made as those versions made it: the released DDL
// steps and the old writer's columns (targets were free text; it writes none, set them with
// execSql). Holds only what such a file could: pass withoutReviewFields(data) to compare.
Result<void> writeOldWorkspace(const QString &path, int version, const WorkspaceData &data);
// `data` without what schema 3 added: numeric targets, guardrail bounds, numeric impacts,
// annotations and review notes; what schema 4 added: tree versions; and what schema 5 added.
WorkspaceData withoutReviewFields(WorkspaceData data);
// `data` without what schema 5 added: workshops, votes, the parking lot, confidence.
WorkspaceData withoutWorkshops(WorkspaceData data);

// SHA-256 of the file's bytes; empty when it cannot be read.
QByteArray fileHash(const QString &path);
// Names in a folder, sorted, to see that nothing was created beside a file.
QStringList entriesOf(const QString &dir);

// Runs the statements of `sql` on the SQLite file at `path` (created when missing).
Result<void> execSql(const QString &path, const QString &sql);
// The first column of the first row of `sql`, as text (null for NULL or no row).
Result<QVariant> queryValue(const QString &path, const QString &sql);

// The file's tables and indexes as created (CREATE statements, by name); on an error, the
// message alone.
QStringList schemaOf(const QString &path);

} // namespace NorthStar::StorageTest
