// Saving the MMT-8 grid of a visit: new cells together as one grid (POST .../muscle-grades,
// all or nothing), changed saved cells one by one (PATCH with version and reason). Field
// errors of the grid ("grades[1].grade") are pointed at their cells.

import { api, ApiError, patientPath } from '../api.js';

export async function saveGrid(pid, week, grid, reason) {
  const entries = grid.entries();
  const fresh = entries.filter((e) => !e.saved);
  const changed = entries.filter((e) => e.saved && (e.saved.status !== e.status || (e.saved.grade ?? null) !== e.grade));
  for (const e of entries) e.select.dataset.field = '';
  if (fresh.length) {
    fresh.forEach((e, i) => { e.select.dataset.field = `grades[${i}].grade`; });
    const grades = fresh.map((e) => ({ muscle_group: e.muscle_group, side: e.side, status: e.status, ...(e.grade === null ? {} : { grade: e.grade }) }));
    const body = { week, grades };
    if (reason) body.reason = reason;
    try {
      await api.post(`${patientPath(pid)}/muscle-grades`, body);
    } catch (error) {
      if (error instanceof ApiError && error.isInvalid) {
        // grades[i].status errors point at the same cell as grades[i].grade.
        error.errors = error.errors.map((x) => ({ ...x, field: x.field.replace(/\.(status|side|muscle_group)$/, '.grade') }));
      }
      throw error;
    }
  }
  for (const e of changed) {
    e.select.dataset.field = 'grade';
    const patch = { status: e.status, grade: e.grade, version: e.saved.version, reason };
    await api.patch(`${patientPath(pid)}/muscle-grades/${e.saved.id}`, patch);
    e.select.dataset.field = '';
  }
}
