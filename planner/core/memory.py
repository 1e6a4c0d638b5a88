"""Python's cycle collector paused around bulk work that makes hundreds of thousands of long-lived objects."""

from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def collector_paused():
    """Python's cycle collector switched off for the block, and back on after it if it was on.

    Parsing a large file or loading a large workspace allocates hundreds of thousands of objects that all stay
    alive, so the collector would walk them again and again for nothing: 0.5 s of the 0.7 s expat spends on
    10,000 MS Project tasks, and half of loading a 105,000-task workspace (3.0 s → 1.5 s). Nothing made there is
    cyclic garbage worth collecting early.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def kept_out_of_collections():
    """`collector_paused` for a block that makes objects meant to live long (a workspace being loaded), and, when
    it ends well, everything alive then moved out of the collector's sight (`gc.freeze`).

    Objects made while the collector is off all sit in its youngest generation: the first collections after the
    load walked every one of them three times over as they aged (0.65 s of CPU at 105,000 tasks, landing in
    whatever ran next), and every full collection later walked them again. A loaded workspace holds no reference
    cycles, so its objects are still freed as they are dropped. What an earlier load set aside is put back first
    and the garbage waiting collected (a closed window's cycles, which would otherwise be kept for good): cheap
    while the heap is small, one full collection when a big workspace was open before. Inside a block that has the
    collector paused already, that block owns the collections: nothing is put back or collected first (an import
    on the command line opens its workspace with the plan it read alive: 114,000 objects the collector tracks at
    10,500 tasks).
    """
    if gc.isenabled():
        gc.unfreeze()
        gc.collect()
    with collector_paused():
        yield
        gc.freeze()
