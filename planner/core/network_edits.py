"""Changes to a scheduling run's network that an edit makes, done on a copy of the network kept rather than by a full
run (issue #14): the links into some tasks read again (a new, deleted or edited link) and tasks moved in the task
tree, with the order of the nodes repaired where it must be (Pearce and Kelly's dynamic topological order: only the
nodes between the two ends of an arrow against the order move)."""

from __future__ import annotations

import copy


class NetworkEdits:
    """Mixed into `schedule._Plan`: each method returns a copy of the plan with its network changed and the nodes an
    update of the passes starts from, or None when only a full run will do (a loop, a change they do not cover)."""

    def with_links_into(self, ws, successors: set[int]):
        """A copy of this plan whose edges into the tasks `successors` (task indexes) are read again from `ws`'s
        links (each other edge list shared), with the order repaired for any edge against it; and the nodes at both
        ends of the old and new edges. None when a new edge closes a loop."""
        index, ids, out_of, deps = self.index, self.ids, self.out_nodes(), ws.dependencies
        links = [deps[d] for s in successors for d in ws.links_in(ids[s])]
        sources = {edge[0] for s in successors for edge in self.preds[s]}
        sources.update(out_of[index[d.predecessor_id]] for d in links if d.predecessor_id in index)
        new = copy.copy(self)
        new.preds, new.succs = list(self.preds), list(self.succs)
        for s in successors:
            new.preds[s] = []
        for src in sources:  # the edges into the successors are made again below, the others kept
            new.succs[src] = [edge for edge in self.succs[src] if edge[1] not in successors]
        new._read_links(self.args[2], links)
        new.links = len(deps)
        added = [edge for s in successors for edge in new.preds[s]]
        if self.__dict__.get("_one_working") is False or not all(edge[6] for edge in added):
            new.__dict__.pop("_one_working", None)  # worked out again when asked
        pos = self.positions()
        against = [(edge[0], edge[1]) for edge in added if pos[edge[0]] > pos[edge[1]]]
        if against and not new.reorder(against):
            return None
        return new, sources | successors

    def with_moved_tasks(self, moved: list[tuple[int, int]]):
        """A copy of this plan with each task of `moved` (task index, new parent's index or -1) under its new parent
        (a summary), its old parent keeping other children; and the nodes the passes start from: the tasks' nodes
        and both parents' two nodes. The links and a moved summary's subtree stay as they are. None when the order
        cannot be repaired (a loop)."""
        new = copy.copy(self)
        rollup, out_of = self.rollup, self.out_nodes()
        parent_bound, parent_rollup = list(self.parent_bound), list(self.parent_rollup)
        kids, kids_in = list(self.kids), list(self.kids_in)
        seeds: set[int] = set()
        arrows: list[tuple[int, int]] = []
        for i, parent in moved:
            old, out = parent_bound[i], out_of[i]
            if old >= 0:
                kids_in[old] = [kid for kid in kids_in[old] if kid != i]
                kids[rollup[old]] = [kid for kid in kids[rollup[old]] if kid != out]
                seeds.update((old, rollup[old]))
            parent_bound[i] = parent
            parent_rollup[i] = rollup[parent] if parent >= 0 else -1
            if parent >= 0:
                kids_in[parent] = [*kids_in[parent], i]
                kids[rollup[parent]] = [*kids[rollup[parent]], out]
                seeds.update((parent, rollup[parent]))
                arrows += [(parent, i), (out, rollup[parent])]
            seeds.update((i, out))
        new.parent_bound, new.parent_rollup, new.kids, new.kids_in = parent_bound, parent_rollup, kids, kids_in
        pos = self.positions()
        against = [(a, b) for a, b in arrows if pos[a] > pos[b]]
        if against and not new.reorder(against):
            return None
        return new, seeds

    def reorder(self, arrows: list[tuple[int, int]]) -> bool:
        """Repair this plan's order (its own copy is made) so that each arrow's source comes before its target,
        moving only the nodes between them (Pearce and Kelly): the nodes the target reaches before the source's
        place, and those that reach the source after the target's place, keep their order among themselves, the
        latter first. False when the target reaches the source (a loop)."""
        self.order_list, self._positions = list(self.order_list), list(self.positions())
        order, pos = self.order_list, self._positions
        for src, dst in arrows:
            lower, upper = pos[dst], pos[src]
            if lower < upper:
                ahead = self._reached(dst, lambda node, upper=upper: pos[node] < upper, self._readers_forward, src)
                if ahead is None:
                    return False
                behind = self._reached(src, lambda node, lower=lower: pos[node] > lower, self._readers_backward)
                ahead.sort(key=pos.__getitem__)
                behind.sort(key=pos.__getitem__)
                moving = behind + ahead
                for at, node in zip(sorted(pos[node] for node in moving), moving, strict=True):
                    order[at] = node
                    pos[node] = at
        return True

    @staticmethod
    def _reached(start: int, inside, readers, stop: int = -1) -> list[int] | None:
        """`start` and the nodes it reaches through `readers` while `inside` holds; None when it reaches `stop`."""
        found, stack = {start}, [start]
        while stack:
            for other in readers(stack.pop()):
                if other == stop:
                    return None
                if other not in found and inside(other):
                    found.add(other)
                    stack.append(other)
        return list(found)
