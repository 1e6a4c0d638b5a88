"""The cycle collector around loading: paused while the objects are made, then kept away from them."""

import gc
import weakref

from planner.core.memory import kept_out_of_collections


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_what_a_load_makes_is_set_aside_and_waiting_garbage_is_collected_first():
    waiting = Node()
    gone = weakref.ref(waiting)
    del waiting  # cyclic garbage that a freeze would keep for good
    was_enabled = gc.isenabled()
    try:
        with kept_out_of_collections():
            assert gone() is None  # collected before the load
            assert not gc.isenabled()
            kept = [Node() for _ in range(100)]
        assert gc.isenabled() == was_enabled
        assert gc.get_freeze_count() >= len(kept)
        with kept_out_of_collections():  # the next load puts back what the last one set aside first
            assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_a_failed_load_sets_nothing_aside():
    gc.unfreeze()
    try:
        with kept_out_of_collections():
            raise ValueError("damaged")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_inside_a_paused_block_nothing_is_put_back_or_collected_first():
    gc.unfreeze()
    try:
        with kept_out_of_collections():  # as the command line's import: the plan read, then the workspace loaded
            read = [Node() for _ in range(100)]
            gc.freeze()  # as a load before had set them aside
            waiting = Node()
            gone = weakref.ref(waiting)
            del waiting
            frozen = gc.get_freeze_count()
            with kept_out_of_collections():
                assert gc.get_freeze_count() == frozen >= len(read)  # what was set aside not put back
                assert gone() is not None  # nor a collection run: the paused block owns them
            assert not gc.isenabled()
        assert gc.get_freeze_count() >= len(read)
    finally:
        gc.unfreeze()
        gc.collect()
