"""Isso's purge of old waiting comments, in one gunicorn worker per site, not in four.

With moderation on, each app Isso builds starts its purge loop (isso/core.py
ThreadedMixin.__init__ calls self.purge, a thread that runs Comments.purge at once and then
every [moderation] purge-after). Under the image's `--preload isso.run` that was one loop,
in the master. Built in each of the four workers, it would be four loops per site, each
taking SQLite's write lock for a scan of the whole comments table at every start: measured
on 60,000 comments under load, some loops died with "database is locked" (and a visitor's
new comment meets the same lock).

So the first worker to build a site's app takes an exclusive lock (flock) for that site
and runs Isso's own purge loop, unchanged; the other workers skip it. The lock lives as
long as its worker: when gunicorn replaces that worker, the lock is free again and the
replacement takes it, so there is always one loop, as before: one purge at start and one
every purge-after.
"""

import fcntl
import hashlib
import os

from isso import core

# The lock files live in the container's own /tmp, named after this gunicorn master and
# the site's database: each start has its own, and other containers never see them.
LOCK_DIR = "/tmp"

upstream_purge = core.ThreadedMixin.purge
# Every lock file this worker opened, open for its lifetime: one descriptor per site, and
# /proc/<pid>/fd then shows which workers have built which site (the tests look).
opened = []


def lock_path(dbpath):
    site = hashlib.sha256(os.path.abspath(dbpath).encode("utf-8")).hexdigest()[:16]
    return os.path.join(LOCK_DIR, "isso-purge-%d-%s.lock" % (os.getppid(), site))


def take_purge_lock(dbpath):
    """True when this worker now runs the site's purge (the lock was free)."""
    lock = open(lock_path(dbpath), "a")
    opened.append(lock)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def purge_in_one_worker(self, delta):
    if take_purge_lock(self.conf.get("general", "dbpath")):
        upstream_purge(self, delta)


def install():
    """In a worker, before make_app: Isso's constructor then calls purge_in_one_worker."""
    core.ThreadedMixin.purge = purge_in_one_worker
