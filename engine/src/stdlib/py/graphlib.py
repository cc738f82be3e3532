"""Topological sorting of a graph of hashable nodes."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of unfinished predecessors becomes one of these once it has
# been handed out by get_ready() and then marked with done().
_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists it, first node repeated last."""
    pass


class TopologicalSorter:
    """Order nodes so each comes after its predecessors, in whole or in
    batches that can be processed in parallel (get_ready/done)."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node, which must come after each of predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph; raise CycleError if it has a cycle (the nodes
        outside it can still be taken with get_ready())."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done, not handed out before."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].npredecessors = _OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """True while some node is ready or handed out but not yet done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (handed out by get_ready()) as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.npredecessors != _OUT:
                if info.npredecessors == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            info.npredecessors = _DONE
            for succ in info.successors:
                s = self._nodes[succ]
                s.npredecessors -= 1
                if s.npredecessors == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first along successor edges, from each node in the order
        # nodes were added; a successor already on the path closes a cycle.
        nodes = self._nodes
        seen = set()
        for start in nodes:
            if start in seen:
                continue
            seen.add(start)
            path = [start]
            on_path = {start: 0}
            iters = [iter(nodes[start].successors)]
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    iters.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in seen:
                    continue
                seen.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(nodes[nxt].successors))
        return None

    def static_order(self):
        """All nodes in one valid order (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
