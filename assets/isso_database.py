"""A site's comments.db, made ready in gunicorn's master before any worker builds Isso.

Called once per site at each start, in the master (gunicorn --preload imports
isso_sites.py there), before the workers are forked:

1. Isso's own code sets the database up: isso.db.SQLite3 creates the tables, runs the
   migrations and inserts the session key (isso/db/__init__.py, isso/db/preferences.py).
   Done once here, four workers building their apps at once never race on a new
   database: Preferences reads the key, then INSERTs it without OR IGNORE, so the losers
   would fail with an IntegrityError ("Worker failed to boot"). Opening it starts no
   thread: SQLite3 only runs statements, each on a connection of its own
   (SQLite3.execute), which is closed again before the fork.

2. A new admin password ends everything signed before it. Isso signs admin sessions and
   the approve/delete/unsubscribe links in its e-mails with the session key, not with the
   password (isso/__init__.py: URLSafeTimedSerializer(preferences "session-key"); the
   e-mailed links are checked with max_age=2**32, isso/views/comments.py), so a password
   change alone ends none of them. Beside the key, a row of ours records which password
   the key was made for (salted, one-way). When the password Isso will use is not that
   one, the key is replaced in place and the record updated, in one transaction: exactly
   once per change of password (an action or a hand edit), never on an ordinary restart,
   so links in recent moderation e-mails keep working. No record yet (a database from an
   older package, another Isso's database moved in, a restore of such): the record is
   written, nothing is rotated, since nobody asked for a new password.

   The record lives in the database, with the key it describes: they travel together
   through backups, restores and moves. The key row is UPDATEd, never deleted, for the
   same reason as in 1.

   Set Admin Password also leaves a request beside the database (REQUEST_SUFFIX): the key
   is then replaced at the next start even where there is no record to compare with yet
   (a password replaced right after an upgrade, before Isso ever started with this
   package), and the request is removed once the new key is committed.
"""

import binascii
import hashlib
import hmac
import os
import sqlite3
import sys

from isso.db import SQLite3

# Our row in Isso's `preferences` table (key VARCHAR PRIMARY KEY, value VARCHAR). Isso
# reads only "session-key" from it (isso/db/preferences.py), so another row is ignored.
PASSWORD_RECORD = "startos-session-key-password"

# `<dbpath>` + this: written by the Set Admin Password action (startos/actions), read here.
REQUEST_SUFFIX = ".new-admin-password"

# PBKDF2-HMAC-SHA256: in every Python's hashlib, about 0.05 s per site and start here.
# The password itself sits in plain text in isso.cfg beside the database; the record
# only has to keep a copy of the database (an export, a move) from revealing it.
ITERATIONS = 100_000


def record_for(password, salt=None, iterations=ITERATIONS):
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return "pbkdf2-sha256$%d$%s$%s" % (iterations, salt.hex(), digest.hex())


def made_for(record, password):
    """True when `record` (record_for's format) was made from `password`."""
    try:
        scheme, iterations, salt, digest = record.split("$")
        if scheme != "pbkdf2-sha256":
            return False
        again = record_for(password, bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False  # not ours, or damaged: treated as made for another password
    return hmac.compare_digest(again.split("$")[3], digest)


def new_session_key():
    # The same form as the key Isso makes itself (isso/db/preferences.py defaults).
    return binascii.b2a_hex(os.urandom(24)).decode("utf-8")


def rotate_if_password_changed(path, password, requested=False):
    """'recorded' (no record before), 'kept' or 'rotated'; `requested` always rotates."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        # IMMEDIATE: the write lock from the start, so the read and the writes are one step.
        con.execute("BEGIN IMMEDIATE")
        row = con.execute("SELECT value FROM preferences WHERE key=?", (PASSWORD_RECORD,)).fetchone()
        if not requested and row is not None and made_for(row[0], password):
            con.execute("ROLLBACK")
            return "kept"
        outcome = "recorded"
        if requested or row is not None:
            replaced = con.execute(
                "UPDATE preferences SET value=? WHERE key=?", (new_session_key(), "session-key")
            ).rowcount
            if replaced != 1:
                raise RuntimeError("%s has no session key to replace" % path)
            outcome = "rotated"
        con.execute(
            "INSERT OR REPLACE INTO preferences (key, value) VALUES (?, ?)", (PASSWORD_RECORD, record_for(password))
        )
        con.execute("COMMIT")
        return outcome
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def prepare(conf):
    """Sets up the database `conf` names (Isso's settings, as config.load reads them)."""
    path = os.path.expanduser(conf.get("general", "dbpath"))
    request = path + REQUEST_SUFFIX
    requested = os.path.exists(request)
    SQLite3(path, conf)
    # The password exactly as Isso will compare it (IssoParser.get expands $NAME).
    outcome = rotate_if_password_changed(path, conf.get("admin", "password"), requested)
    if requested:
        os.remove(request)  # after the commit: a crash in between rotates once more, not never
    if outcome == "rotated":
        print(
            "isso_database: the admin password changed; new session key for %s: "
            "earlier admin sessions and e-mailed links have ended" % path,
            file=sys.stderr,
        )
    return outcome
