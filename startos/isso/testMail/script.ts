// The Python that sends the test message: Isso's own notifier class
// (isso/ext/notifications.py SMTP._sendmail, which opens SMTPConnection: SMTP or SMTP_SSL,
// STARTTLS with the default context, login only with both username and password) on the
// config Isso runs with, loaded by Isso's own config.load ($VAR expansion, display name
// added to `from`). It skips only SMTP.__init__, which needs a running Isso app and merely
// tries a connection. It prints one JSON line: {"kind": ..., "detail": ...}.
export const SEND_SCRIPT = String.raw`
import json, smtplib, socket, ssl, sys
from isso import config
from isso.ext.notifications import SMTP

def result(kind, e=None):
    detail = "" if e is None else ("%s: %s" % (type(e).__name__, e))[:400]
    print(json.dumps({"kind": kind, "detail": detail}))

conf = config.load(config.default_file(), sys.argv[1])
notifier = SMTP.__new__(SMTP)
notifier.conf = conf.section("smtp")
try:
    notifier._sendmail(sys.argv[2], sys.argv[3], notifier.conf.get("to"))
except smtplib.SMTPAuthenticationError as e:
    result("auth", e)
except smtplib.SMTPNotSupportedError as e:
    result("starttls-missing" if "STARTTLS" in str(e) else "auth-missing", e)
except smtplib.SMTPRecipientsRefused as e:
    result("recipient", e)
except smtplib.SMTPSenderRefused as e:
    result("sender", e)
except ssl.SSLCertVerificationError as e:
    result("certificate", e)
except ssl.SSLError as e:
    result("tls", e)
except ConnectionRefusedError as e:
    result("refused", e)
except socket.gaierror as e:
    result("dns", e)
except (socket.timeout, TimeoutError) as e:
    result("timeout", e)
except smtplib.SMTPServerDisconnected as e:
    # smtplib turns a read timeout into "Connection unexpectedly closed: timed out".
    result("timeout" if "timed out" in str(e) else "disconnected", e)
except (smtplib.SMTPException, OSError) as e:
    result("other", e)
else:
    result("sent")
`
