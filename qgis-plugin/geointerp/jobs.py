"""Values on their way to a server and back, and the one loop that runs a job on either protocol:
submit, follow the server's progress, dismiss on Cancel, fetch the results."""

import time
from dataclasses import dataclass
from typing import Optional

from .http import Canceled, ServerError

ACCEPTED = "accepted"
RUNNING = "running"
SUCCESSFUL = "successful"
FAILED = "failed"
DISMISSED = "dismissed"


@dataclass
class Literal:
    value: object  # str, int, float, bool, or a list of them for maxOccurs > 1


@dataclass
class BoundingBox:
    minx: float
    miny: float
    maxx: float
    maxy: float
    crs: str  # "EPSG:n": x (easting or longitude) first, as GeoServer and the project's server read it


@dataclass
class Complex:
    text: str
    media_type: str


@dataclass
class OutputRequest:
    id: str
    media_type: Optional[str]  # None for literal outputs


@dataclass
class Job:
    id: str
    status_url: str


@dataclass
class JobStatus:
    state: str
    progress: Optional[float]
    message: str = ""
    document: object = None  # the protocol's status document, for reading results from it


@dataclass
class Result:
    """A complex output to download (href) or a literal value (value)."""

    href: Optional[str] = None
    value: object = None
    media_type: Optional[str] = None
    content: Optional[bytes] = None  # complex outputs the server embedded in its answer


class JobCanceled(Exception):
    def __init__(self, job):
        super().__init__("job {} canceled".format(job.id))
        self.job = job


def run_job(client, process_id, inputs, outputs, feedback, poll_seconds=(0.1, 1.0)):
    """Runs a process asynchronously and returns {output id: Result}.

    The progress bar follows the server's percentage; Cancel dismisses the job on the server
    (raising JobCanceled once it did); a failed job raises ServerError with the server's message.
    """
    job = client.submit(process_id, inputs, outputs, feedback)
    if feedback is not None:
        feedback.pushInfo("Job {} accepted by {}".format(job.id, client.url))
    delay, longest = poll_seconds
    while True:
        if _canceled(feedback):
            _dismiss(client, job, feedback)
        try:
            status = client.status(job, feedback)
        except Canceled:
            _dismiss(client, job, feedback)
        if status.progress is not None and feedback is not None:
            feedback.setProgress(max(0.0, min(100.0, float(status.progress))))
        if status.state == SUCCESSFUL:
            return client.results(job, status, outputs, feedback)
        if status.state in (FAILED, DISMISSED):
            raise ServerError(status.message or "job {} {}".format(job.id, status.state))
        end = time.monotonic() + delay
        while time.monotonic() < end and not _canceled(feedback):
            time.sleep(0.02)
        delay = min(longest, delay * 1.5)


def _canceled(feedback):
    return feedback is not None and feedback.isCanceled()


def _dismiss(client, job, feedback, confirm_seconds=30.0):
    """Dismisses the job and waits (bounded) until the server reports it stopped: a server may
    accept the dismissal at once and stop the job at its next cancellation point."""
    # fresh requests without the canceled feedback, or QGIS would abort them at once
    client.dismiss(job, None)
    state = None
    deadline = time.monotonic() + confirm_seconds
    while time.monotonic() < deadline:
        try:
            state = client.status(job, None).state
        except ServerError:
            state = DISMISSED  # the server no longer knows the job: nothing left running
        if state not in (ACCEPTED, RUNNING):
            break
        time.sleep(0.1)
    if feedback is not None:
        if state in (ACCEPTED, RUNNING):
            feedback.reportError("Job {} asked to stop; the server still reports it {}".format(job.id, state))
        else:
            feedback.pushInfo("Job {} dismissed on the server".format(job.id))
    raise JobCanceled(job)
