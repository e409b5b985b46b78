#pragma once

#include "models/clienttablemodel.h"

#include <QIcon>

namespace hbr::ui {

/// Icons for a row's health. Each kind has its own shape and glyph as well as its colour (a check in a
/// circle, "!" in a triangle, "×" in an octagon...), so status never depends on colour alone.
QIcon statusIcon(models::ClientTableModel::StatusKind kind);
/// The small marker beside an outdated version or a stale heartbeat.
QIcon warningIcon();

} // namespace hbr::ui
