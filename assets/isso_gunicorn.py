"""gunicorn settings for Isso, named by `--config` after the image's own flags.

Two hooks; the image's flags (-b 0.0.0.0:8080 -w 4 --preload --worker-tmp-dir
/dev/shm) stay as they are, and command-line flags win over this file anyway.

post_worker_init runs in each worker after the fork and before the worker's first
request (gunicorn/workers/base.py Worker.init_process: load_wsgi, then this hook, then
run): there each worker builds its own Isso apps (isso_sites.py BuiltInEachWorker).
worker_exit lets a worker that was told to stop leave without Python's teardown.
"""

import os
import sys
import threading
import time


def post_worker_init(worker):
    application = worker.wsgi
    build = getattr(application, "build", None)
    if build is None:
        return  # not isso_sites: nothing to build
    started = time.monotonic()
    built = threading.Event()

    # gunicorn kills a worker that has not checked in for --timeout (30 s) since it was
    # forked (Arbiter.murder_workers); under --preload that never hit the build, which ran
    # in the master. make_app waits on the network (websites, SMTP), so this worker checks
    # in while it builds, up to the longest those waits can take; a build stuck beyond
    # that is left to gunicorn's timeout, as any hung worker.
    def keep_alive():
        deadline = started + application.build_bound_s
        while time.monotonic() < deadline:
            worker.notify()
            if built.wait(1):
                return

    keeper = threading.Thread(target=keep_alive, name="isso-build-keep-alive", daemon=True)
    keeper.start()
    try:
        build()
    except SystemExit as e:
        # make_app exits when a site has no website (isso/__init__.py); in the worker that
        # would only be respawned forever. As an exception, gunicorn reports "Worker failed
        # to boot" and stops, as the image's command stops when its master cannot build.
        raise RuntimeError("Isso refused to start (exit status %s); see the messages above" % e.code) from e
    finally:
        built.set()
        keeper.join()
    worker.log.info("Isso built in worker %s in %.1f s", worker.pid, time.monotonic() - started)


def worker_exit(server, worker):
    # gunicorn calls this in the worker itself, in the `finally` around the worker's run,
    # while its sys.exit propagates (gunicorn/arbiter.py spawn_worker). A worker stopped by
    # SIGTERM (main's stop or restart) leaves with status 0; Python's teardown would then
    # free every object Isso built, touching memory the worker still shares with the master
    # since the fork (--preload), which the kernel copies page by page first. Measured on
    # a 2-core machine, a start and stop of the four workers: 3.7 s of CPU with it, the stop
    # 1.3 s; 1.9 s of CPU without it, the stop 0.4 s.
    # Nothing is left for that teardown to do: Isso commits each write on a connection of
    # its own (isso/db/__init__.py SQLite3.execute), registers no atexit handler, and its
    # purge and mail threads are _thread ones (isso/core.py threaded, isso/ext/
    # notifications.py), which Python's exit never waits for either. Any other exit (a
    # worker that failed to boot, status 3) goes on as gunicorn wrote it: the master stops
    # on that status.
    stopping = sys.exc_info()[1]
    if isinstance(stopping, SystemExit) and stopping.code in (0, None):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(0)
