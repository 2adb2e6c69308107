"""gunicorn settings for Isso, named by `--config` after the image's own flags.

Only one hook; the image's flags (-b 0.0.0.0:8080 -w 4 --preload --worker-tmp-dir
/dev/shm) stay as they are, and command-line flags win over this file anyway.

post_worker_init runs in each worker after the fork and before the worker's first
request (gunicorn/workers/base.py Worker.init_process: load_wsgi, then this hook, then
run): there each worker builds its own Isso apps (isso_sites.py BuiltInEachWorker).
"""

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
