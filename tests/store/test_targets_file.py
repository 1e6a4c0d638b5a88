"""Flow targets are written to the workspace file with their command and read back; schema 6 adds their table."""

from planner.core.metrics import DeleteTarget, SetTarget
from planner.core.model import Area
from planner.store.workspace_file import WorkspaceFile


def test_targets_round_trip_through_the_file(tmp_path):
    path = tmp_path / "team.planner"
    with WorkspaceFile.open(path) as file:
        ws = file.load()
        ws.put("area", Area(1, "Support"))
        file.insert_all(ws)
        kept, gone = SetTarget("throughput", 12), SetTarget("cycle_time", 5, percentile=85, area_id=1)
        file.write(ws, kept.apply(ws))
        file.write(ws, gone.apply(ws))
        file.write(ws, SetTarget("throughput", 14).apply(ws))
        file.write(ws, DeleteTarget(gone.id).apply(ws))
    with WorkspaceFile.open_read_only(path) as file:
        loaded = file.load()
    assert list(loaded.targets.values()) == list(ws.targets.values())
    (target,) = loaded.targets.values()
    assert (target.metric, target.value, target.area_id) == ("throughput", 14.0, None)
