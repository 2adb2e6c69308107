"""Isso's sites on one port: the first site at /, every other one at /<name>/.

Run by the image's own gunicorn with the image's own flags (gunicorn -b 0.0.0.0:8080
-w 4 --preload ...), in place of `isso.run`, plus `--config isso_gunicorn.py`, whose
post_worker_init hook calls `application.build()`.

Why not `isso.run`: with --preload, gunicorn imports the application in its master and
then forks the workers. `isso.run` builds Isso's app at import, and with moderation on
the app's ThreadedMixin starts the purge thread right there (isso/core.py), which walks
the database; a worker forked while that thread is inside SQLite inherits SQLite's lock
held by a thread that does not exist in the child, and hangs at its first database
access until gunicorn kills it (30 s), failing the request it held. So here the master
only reads the settings and prepares each database (isso_database.py), starting no
thread; each worker builds its own apps after the fork, before it accepts its first
request. Not at the first request: make_app sends HEAD / to each website (5 s timeout
each) and may try an SMTP connection ([smtp] timeout), which would hold a visitor.

Each app is built exactly as `isso.run` builds the only one:
make_app(config.load(default, path), multiprocessing=True), so each site keeps its own
settings, database, admin panel, CORS origins and e-mail; only the purge loop runs in
one worker per site instead of in each (isso_purge.py). With one site, `application` is
that site's app itself, unwrapped. Upstream's `isso.dispatch` mounts several sites the same way
(werkzeug's DispatcherMiddleware) but answers 404 at `/`, which would break every embed
that already points at the first site.

ISSO_SETTINGS    the first site's settings file (as for isso.run)
ISSO_SITES       optional: a directory of <name>.cfg files, one per other site, at /<name>/
ISSO_FIRST_SITE  optional: `off` serves no site at / (ISSO_SETTINGS is then not read),
                 for when the first site's file is one Isso cannot start with while
                 other sites are served; / then answers 404
"""

import gc
import os
from glob import glob

from isso import config, html, make_app
from werkzeug.exceptions import NotFound
from werkzeug.middleware.dispatcher import DispatcherMiddleware

import isso_database
import isso_purge

# Bounds for the keep-alive while a worker builds (isso_gunicorn.py): make_app waits up
# to 5 s for each website's HEAD / (isso/__init__.py) and, with e-mail on, for an SMTP
# connection, greeting, STARTTLS and login, each bounded by [smtp] timeout
# (isso/ext/notifications.py SMTPConnection).
WEBSITE_CHECK_S = 5
SMTP_STEPS = 4
MARGIN_S = 10


def load_settings(path):
    return config.load(config.default_file(), path)


def other_sites(directory):
    """{'/<name>': settings file} for every <name>.cfg in `directory`, in name order."""
    files = sorted(glob(os.path.join(directory, "*.cfg"))) if directory else []
    return {"/" + os.path.basename(path)[: -len(".cfg")]: path for path in files}


def uses_smtp(conf):
    # The same test as Isso.__init__ (isso/__init__.py) for creating the SMTP notifier.
    notify = conf.getlist("general", "notify")
    return any(n in ("smtp", "SMTP") for n in notify) or conf.getboolean("general", "reply-notifications")


def build_bound_s(conf):
    """The longest make_app may wait on the network for this site, in seconds."""
    websites = len(list(conf.getiter("general", "host")))
    smtp = SMTP_STEPS * conf.getint("smtp", "timeout") if uses_smtp(conf) else 0
    return WEBSITE_CHECK_S * websites + smtp + MARGIN_S


class Sites(DispatcherMiddleware):
    def __call__(self, environ, start_response):
        # Isso's SubURI would cut X-Script-Name off PATH_INFO a second time; the
        # dispatcher has already moved the prefix to SCRIPT_NAME (as isso.dispatch does).
        environ.pop("HTTP_X_SCRIPT_NAME", None)
        return super().__call__(environ, start_response)


class BuiltInEachWorker:
    """The WSGI application gunicorn loads in its master: settings only, apps later."""

    def __init__(self, first, others):
        self.first = first
        self.others = others
        self.app = None
        self.build_bound_s = sum(build_bound_s(conf) for conf in served(first, others))

    def build(self):
        """Builds every site's app in this process (a worker, after the fork)."""
        isso_purge.install()
        # No first site: / answers 404 (werkzeug's NotFound is itself a WSGI app), as
        # upstream's isso.dispatch answers at / (isso/dispatch.py Dispatcher.default).
        first = NotFound() if self.first is None else make_app(self.first, multiprocessing=True)
        if not self.others:
            self.app = first
        else:
            mounts = {prefix: make_app(conf, multiprocessing=True) for prefix, conf in self.others.items()}
            self.app = Sites(first, mounts)

    def __call__(self, environ, start_response):
        if self.app is None:
            # Never built on a request (see the module's docstring): a missing hook is a bug.
            raise RuntimeError("Isso's app was not built: gunicorn must run with --config isso_gunicorn.py")
        return self.app(environ, start_response)


def served(first, others):
    """The settings of every site served: the first one unless it is left out."""
    return ([] if first is None else [first]) + list(others.values())


def prepare(first_path, sites_dir):
    """Runs in the master: reads every site's settings and prepares its database."""
    first = None if first_path is None else load_settings(first_path)
    others = {prefix: load_settings(path) for prefix, path in other_sites(sites_dir).items()}
    if first is None and not others:
        raise RuntimeError("no site to serve: ISSO_FIRST_SITE is off and ISSO_SITES has no <name>.cfg")
    for conf in served(first, others):
        isso_database.prepare(conf)
        # Isso imports its Markdown renderer when it builds (isso/html/__init__.py Markup),
        # half of make_app's time: imported here once, the four workers inherit it. A
        # Markup object only loads modules and sets options: no thread, no network.
        html.Markup(conf)
    # Every connection SQLite3 opened is closed before gunicorn forks (CPython closes a
    # connection when its last reference goes; this makes sure of it).
    gc.collect()
    return BuiltInEachWorker(first, others)


application = prepare(
    None if os.environ.get("ISSO_FIRST_SITE") == "off" else os.environ["ISSO_SETTINGS"],
    os.environ.get("ISSO_SITES"),
)
