# OOP: particle simulation with small vector objects, operator overloading,
# method calls and attribute reads/writes.
N_PARTICLES = 800
STEPS = 450


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def kinetic(self):
        return 0.5 * self.mass * self.vel.length2()

    def move(self, dt, world):
        self.pos = self.pos + self.vel * dt
        if self.pos.x < 0.0 or self.pos.x > world.width:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.bounces += 1
        if self.pos.y < 0.0 or self.pos.y > world.height:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.bounces += 1


class World:
    def __init__(self, width, height, n):
        self.width = width
        self.height = height
        self.gravity = Vec(0.0, -0.5)
        self.particles = []
        seed = 12345
        for i in range(n):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            x = (seed % 10000) / 10000.0 * width
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            y = (seed % 10000) / 10000.0 * height
            vx = ((seed >> 4) % 200 - 100) / 50.0
            vy = ((seed >> 12) % 200 - 100) / 50.0
            self.particles.append(Particle(Vec(x, y), Vec(vx, vy), 1.0 + i % 5))

    def cells(self, size):
        grid = {}
        for p in self.particles:
            key = (int(p.pos.x // size), int(p.pos.y // size))
            bucket = grid.get(key)
            if bucket is None:
                grid[key] = [p]
            else:
                bucket.append(p)
        return grid

    def collide(self, radius):
        hits = 0
        r2 = radius * radius
        grid = self.cells(radius)
        for (cx, cy), bucket in grid.items():
            for dx in (0, 1):
                for dy in (-1, 0, 1):
                    if dx == 0 and dy < 0:
                        continue
                    other = grid.get((cx + dx, cy + dy))
                    if other is None:
                        continue
                    same = other is bucket
                    for i, a in enumerate(bucket):
                        for b in (other[i + 1:] if same else other):
                            d = a.pos - b.pos
                            if d.length2() < r2:
                                hits += 1
                                dv = a.vel - b.vel
                                if dv.dot(d) < 0.0:
                                    a.vel, b.vel = b.vel, a.vel
        return hits

    def step(self, dt):
        g = self.gravity * dt
        for p in self.particles:
            p.vel = p.vel + g
            p.move(dt, self)
        return self.collide(2.0)


w = World(100.0, 100.0, N_PARTICLES)
hits = 0
for s in range(STEPS):
    hits += w.step(0.1)
energy = 0.0
bounces = 0
for p in w.particles:
    energy += p.kinetic()
    bounces += p.bounces
print("hits", hits, "bounces", bounces)
print(f"energy {energy:.6f}")
print("checksum", hits * 1000 + bounces)
