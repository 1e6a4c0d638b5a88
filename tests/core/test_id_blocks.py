"""New ids drawn in blocks from a shared source (a server workspace's sequences): two workspaces that create
objects in any order never hand out the same id, and each kind's ids only grow."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from planner.core.model import ID_BLOCK, Workspace

KINDS = ("task", "project", "dependency")


def shared_source():
    """What the server's sequences do: for each kind, the next block's first id."""
    counters = {kind: itertools.count(1, ID_BLOCK) for kind in KINDS}
    return lambda kind, count: next(counters[kind])


@given(st.lists(st.tuples(st.integers(0, 1), st.sampled_from(KINDS)), max_size=400))
def test_two_clients_never_hand_out_the_same_id(draws):
    reserve = shared_source()
    clients = [Workspace(), Workspace()]
    for ws in clients:
        ws.reserve_ids = reserve
    given_out = {kind: [] for kind in KINDS}
    per_client = {(c, kind): [] for c in (0, 1) for kind in KINDS}
    for client, kind in draws:
        ident = clients[client].new_id(kind)
        given_out[kind].append(ident)
        per_client[client, kind].append(ident)
    for ids in given_out.values():
        assert len(ids) == len(set(ids))
    for ids in per_client.values():
        assert ids == sorted(ids)


def test_without_a_source_ids_count_up_in_memory_as_before():
    ws = Workspace()
    assert [ws.new_id("task") for _ in range(3)] == [1, 2, 3]
