"""Prints, as JSON, every first path segment that upstream Isso serves at a site's root:
its URL rules (views) and the static folders make_app exports. Run with the venv's python."""
import json
import os
import tempfile

from werkzeug.middleware.shared_data import SharedDataMiddleware

from isso import Isso, config, make_app
from isso.core import ProcessMixin

workdir = tempfile.mkdtemp()
path = os.path.join(workdir, "isso.cfg")
with open(path, "w") as f:
    # A host that refuses at once: make_app's reachability check does not wait.
    f.write("[general]\ndbpath = %s/comments.db\nhost = http://127.0.0.1:9\n" % workdir)
conf = config.load(config.default_file(), path)

segments = set()
wrapped = make_app(conf, multiprocessing=True)
while wrapped is not None:
    if isinstance(wrapped, SharedDataMiddleware):
        segments |= {prefix.strip("/").split("/")[0] for prefix, _ in wrapped.exports}
    wrapped = getattr(wrapped, "app", None)


class App(Isso, ProcessMixin):
    pass


segments |= {rule.rule.strip("/").split("/")[0] for rule in App(conf).urls.iter_rules()}
print(json.dumps(sorted(s for s in segments if s)))
