# OOP: a cooperative task scheduler with class hierarchies, method calls,
# attribute access, properties, super() and a hand-written priority queue.
TICKS = 120_000


class Task:
    next_id = 0

    def __init__(self, name, priority, work):
        self.id = Task.next_id
        Task.next_id += 1
        self.name = name
        self.priority = priority
        self.remaining = work
        self.done_at = -1
        self.runs = 0

    @property
    def finished(self):
        return self.remaining <= 0

    def key(self):
        return (self.priority, self.id)

    def step(self, clock):
        self.runs += 1
        self.remaining -= self.quantum()
        if self.remaining <= 0:
            self.done_at = clock
        return self.cost()

    def quantum(self):
        return 1

    def cost(self):
        return 1


class CpuTask(Task):
    def quantum(self):
        return 3

    def cost(self):
        return 2


class IoTask(Task):
    def __init__(self, name, priority, work, wait):
        super().__init__(name, priority, work)
        self.wait = wait

    def quantum(self):
        return 1 if self.runs % self.wait else 2

    def cost(self):
        return 1 + self.runs % 2


class Heap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, task):
        items = self.items
        items.append(task)
        i = len(items) - 1
        k = task.key()
        while i > 0:
            parent = (i - 1) >> 1
            if items[parent].key() <= k:
                break
            items[i] = items[parent]
            i = parent
        items[i] = task

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            n = len(items)
            i = 0
            k = last.key()
            while True:
                child = 2 * i + 1
                if child >= n:
                    break
                if child + 1 < n and items[child + 1].key() < items[child].key():
                    child += 1
                if k <= items[child].key():
                    break
                items[i] = items[child]
                i = child
            items[i] = last
        return top


class Scheduler:
    def __init__(self):
        self.ready = Heap()
        self.clock = 0
        self.finished = []
        self.busy = 0

    def spawn(self, task):
        self.ready.push(task)

    def run(self, ticks):
        seed = 7
        while self.clock < ticks and len(self.ready):
            task = self.ready.pop()
            self.busy += task.step(self.clock)
            self.clock += 1
            if task.finished:
                self.finished.append(task)
            else:
                task.priority += 1 + task.runs % 3
                self.spawn(task)
            seed = (seed * 75 + 74) % 65537
            if seed % 4 == 0:
                self.spawn(self.make_task(seed))

    def make_task(self, seed):
        kind = seed % 3
        name = "t" + str(seed % 1000)
        if kind == 0:
            return Task(name, self.clock + seed % 17, 1 + seed % 13)
        if kind == 1:
            return CpuTask(name, self.clock + seed % 11, 5 + seed % 29)
        return IoTask(name, self.clock + seed % 23, 3 + seed % 19, 2 + seed % 5)


s = Scheduler()
for i in range(200):
    s.spawn(s.make_task(i * 37 + 1))
s.run(TICKS)
h = 0
for t in s.finished:
    h = (h * 31 + t.id * 7 + t.done_at + t.runs) % 1000000007
print("clock", s.clock, "busy", s.busy)
print("finished", len(s.finished), "pending", len(s.ready))
print("checksum", h)
