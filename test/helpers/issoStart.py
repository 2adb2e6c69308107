"""Isso 0.14.0's own start, as a test oracle: does this isso.cfg start Isso or crash it?

For each path given (a JSON list on stdin) this does what the image's gunicorn does with
`--preload isso.run`: `make_app(config.load(default_file(), path), multiprocessing=True)`,
up to the point where gunicorn would serve. It prints a JSON list of {"ok": true} or
{"ok": false, "error": "ExceptionType: message"} (sys.exit from Isso counts as a crash).

Two things differ from a real start, and only these:
- `[general] dbpath` is set to a fresh file in a temporary directory after loading, so no
  test touches a real database (StartOS enforces that key, so its value never decides).
- No packet leaves the process. make_app sends `HEAD /` to every website and, with SMTP on,
  opens an SMTP connection; both catch connection errors. So `socket.getaddrinfo` answers
  every name with the loopback address (after the same checks the real call makes: the
  host goes through the `idna` codec, the port through getaddrinfo itself) and
  `socket.socket.connect` refuses at once. Everything Isso computes from the config before
  connecting (urlsplit of each website, SMTP port and timeout, settimeout) still runs, so a
  value that crashes Isso on a real network crashes it here. One consequence: Isso reads
  `[smtp] username` and `password` only after an SMTP server answered, so this oracle,
  having no server, never reads them.
"""

import json
import logging
import os
import shutil
import socket
import ssl
import sys
import tempfile

_real_getaddrinfo = socket.getaddrinfo


def _loopback_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, str):
        host.encode("idna")  # what the C getaddrinfo does with a str host first
    return _real_getaddrinfo("127.0.0.1", port, socket.AF_INET, type, proto, flags)


def _refuse(self, address):
    raise ConnectionRefusedError(111, "Connection refused (no network in the test oracle)")


socket.getaddrinfo = _loopback_getaddrinfo
socket.socket.connect = _refuse

import werkzeug.routing  # noqa: E402
from isso import config, core, make_app  # noqa: E402  (after the patches, as isso.run would be)

# With moderation on, ThreadedMixin.__init__ reads `purge-after` (getint, which is what can
# crash) and hands it to a thread that purges and sleeps forever. Hundreds of those threads
# would only slow the oracle down, so the thread is not started; the read still happens.
core.ThreadedMixin.purge = lambda self, delta: None

# Two costly steps that read no config value are skipped to keep hundreds of starts within
# a test budget: loading the system's CA certificates into each HTTPS/SMTP-SSL context
# (no connection is ever made) and compiling werkzeug's URL rules (the same 19 routes
# whatever the config says).
ssl.SSLContext.load_default_certs = lambda self, purpose=None: None
werkzeug.routing.Map.add = lambda self, rule_factory: None

logging.disable(logging.CRITICAL)


# What Isso reads for the keys the package writes, with the getter Isso itself uses for
# each (isso/__init__.py, views/comments.py, ext/notifications.py, db/), so a test can
# compare them with what the owner chose.
GETTERS = {
    ("general", "host"): lambda c: list(c.getiter("general", "host")),
    ("general", "dbpath"): lambda c: c.get("general", "dbpath"),
    ("general", "max-age"): lambda c: c.getint("general", "max-age"),
    ("general", "notify"): lambda c: c.getlist("general", "notify"),
    ("general", "reply-notifications"): lambda c: c.getboolean("general", "reply-notifications"),
    ("general", "gravatar"): lambda c: c.getboolean("general", "gravatar"),
    ("general", "latest-enabled"): lambda c: c.getboolean("general", "latest-enabled"),
    ("admin", "enabled"): lambda c: c.getboolean("admin", "enabled"),
    ("admin", "password"): lambda c: c.get("admin", "password"),
    ("moderation", "enabled"): lambda c: c.getboolean("moderation", "enabled"),
    ("moderation", "approve-if-email-previously-approved"): lambda c: c.getboolean("moderation", "approve-if-email-previously-approved"),
    ("moderation", "purge-after"): lambda c: c.getint("moderation", "purge-after"),
    ("guard", "enabled"): lambda c: c.getboolean("guard", "enabled"),
    ("guard", "ratelimit"): lambda c: c.getint("guard", "ratelimit"),
    ("guard", "direct-reply"): lambda c: c.getint("guard", "direct-reply"),
    ("guard", "reply-to-self"): lambda c: c.getboolean("guard", "reply-to-self"),
    ("guard", "require-author"): lambda c: c.getboolean("guard", "require-author"),
    ("guard", "require-email"): lambda c: c.getboolean("guard", "require-email"),
    ("hash", "salt"): lambda c: c.get("hash", "salt"),
    ("smtp", "host"): lambda c: c.get("smtp", "host"),
    ("smtp", "port"): lambda c: c.getint("smtp", "port"),
    ("smtp", "security"): lambda c: c.get("smtp", "security"),
    ("smtp", "username"): lambda c: c.get("smtp", "username"),
    ("smtp", "password"): lambda c: c.get("smtp", "password"),
    ("smtp", "to"): lambda c: c.get("smtp", "to"),
    ("smtp", "from"): lambda c: c.get("smtp", "from"),
    ("server", "public-endpoint"): lambda c: c.get("server", "public-endpoint"),
}


def start(path, dbpath):
    try:
        conf = config.load(config.default_file(), path)
        # What the file says, before the oracle points the database at its scratch file.
        # Reading a value is not starting: some are read only later, so a value Isso
        # cannot read is reported as such and does not decide "ok".
        values = {}
        for key, get in GETTERS.items():
            try:
                values["%s.%s" % key] = get(conf)
            except Exception as e:
                values["%s.%s" % key] = {"unreadable": "%s: %s" % (type(e).__name__, e)}
        conf.set("general", "dbpath", dbpath)
        make_app(conf, multiprocessing=True)
    except SystemExit as e:
        return {"ok": False, "error": "SystemExit: %s" % e.code}
    except Exception as e:
        return {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}
    return {"ok": True, "values": values}


def main():
    paths = json.load(sys.stdin)
    # One database for every start, on tmpfs when there is one: like the real volume's
    # comments.db it exists after the first start, and no start waits for fsync.
    scratch = tempfile.mkdtemp(prefix="isso-start-db-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    try:
        dbpath = os.path.join(scratch, "comments.db")
        results = [start(p, dbpath) for p in paths]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
