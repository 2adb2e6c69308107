"""Builds an Isso 0.14.0 database the way Isso itself writes one: with its own db classes
(isso/db), making the calls its API views make for a new comment, an edit, a vote, an
activation and a delete. Usage: python issoDb.py DB_FILE < spec.json, where the spec is

  [{"uri": "/a/", "title": "A", "comments": [
     {"key": "c1", "parent": null, "author": "Zoë", "email": "z@x", "website": null,
      "text": "…", "remote_addr": "192.0.2.0", "created": 1700000000.25, "mode": 1,
      "notification": 0, "editedAt": null, "likes": 0, "dislikes": 0, "delete": false}]}]

`parent` names an earlier comment's key. Deletes run after every comment exists (so a
comment with replies becomes Isso's placeholder). Prints {key: id} as JSON.
"""

import json
import sys

from isso import config
from isso.db import SQLite3

db = SQLite3(sys.argv[1], config.load(config.default_file()))
ids = {}
deletes = []
for thread in json.load(sys.stdin):
    db.threads.new(thread["uri"], thread["title"])
    for c in thread["comments"]:
        row = db.comments.add(
            thread["uri"],
            {
                "parent": ids.get(c.get("parent")),
                "created": c["created"],
                "mode": c["mode"],
                "remote_addr": c["remote_addr"],
                "text": c["text"],
                "author": c["author"],
                "email": c["email"],
                "website": c["website"],
                "notification": c.get("notification", 0),
            },
        )
        ids[c["key"]] = row["id"]
        if c.get("editedAt"):
            db.comments.update(row["id"], {"text": c["text"] + " (edited)", "modified": c["editedAt"]})
        # Each vote from another network, as Isso's bloom filter refuses a repeat.
        for n in range(c.get("likes", 0)):
            db.comments.vote(True, row["id"], "198.51.%d.0" % n)
        for n in range(c.get("dislikes", 0)):
            db.comments.vote(False, row["id"], "203.0.%d.0" % n)
        if c.get("delete"):
            deletes.append(row["id"])
for cid in deletes:
    db.comments.delete(cid)
print(json.dumps(ids))
