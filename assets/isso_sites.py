"""Several Isso sites on one port: the first site at /, every other one at /<name>/.

Run by the image's own gunicorn, with the image's own flags, in place of `isso.run`
(gunicorn ... isso_sites:application). Used only when the owner has added a site; with
one site the package runs the image's entrypoint and command unchanged.

Each site is built exactly as `isso.run` builds the only one:
make_app(config.load(default, path), multiprocessing=True), so it keeps its own settings,
database, admin panel, CORS origins and e-mail. Upstream's `isso.dispatch` mounts sites the
same way (werkzeug's DispatcherMiddleware) but answers 404 at `/`, which would break every
embed that already points at the first site.

ISSO_SETTINGS  the first site's settings file (as for isso.run)
ISSO_SITES     a directory of <name>.cfg files, one per other site, served at /<name>/
"""

import os
from glob import glob

from isso import config, make_app
from werkzeug.middleware.dispatcher import DispatcherMiddleware


def load_site(path):
    return make_app(config.load(config.default_file(), path), multiprocessing=True)


def other_sites(directory):
    """{'/<name>': settings file} for every <name>.cfg in `directory`, in name order."""
    files = sorted(glob(os.path.join(directory, "*.cfg")))
    return {"/" + os.path.basename(path)[: -len(".cfg")]: path for path in files}


class Sites(DispatcherMiddleware):
    def __call__(self, environ, start_response):
        # Isso's SubURI would cut X-Script-Name off PATH_INFO a second time; the
        # dispatcher has already moved the prefix to SCRIPT_NAME (as isso.dispatch does).
        environ.pop("HTTP_X_SCRIPT_NAME", None)
        return super().__call__(environ, start_response)


def build(first, directory):
    mounts = {prefix: load_site(path) for prefix, path in other_sites(directory).items()}
    return Sites(load_site(first), mounts)


application = build(os.environ["ISSO_SETTINGS"], os.environ["ISSO_SITES"])
