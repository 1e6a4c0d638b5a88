"""The sample workspace's first routine, its occurrences and its plain tasks, for the tests of the tree model's lists
after edits near routines."""


def routine_and_plain(ws) -> tuple[int, list, list[int]]:
    """The first routine's id, its occurrences in date order, and the ids of the dated tasks that are neither a
    routine nor an occurrence."""
    routine = min(t.routine_id for t in ws.tasks.values() if t.routine_id is not None)
    occurrences = sorted((t for t in ws.tasks.values() if t.routine_id == routine), key=lambda t: t.start)
    routines = {t.routine_id for t in ws.tasks.values()}
    plain = [t.id for t in ws.tasks.values() if t.routine_id is None and t.id not in routines and t.start]
    return routine, occurrences, plain
