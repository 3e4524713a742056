"""Local mode: the project's standalone endpoint jar, started on 127.0.0.1 on a free port when a
process is first needed and stopped when QGIS closes (or the provider is unloaded)."""

import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from collections import deque

# the line the server prints once it accepts requests
LISTENING = re.compile(r"OGC API - Processes listening on (\S+)")


class LocalServerError(Exception):
    pass


def java_executable(configured=""):
    """The configured Java, else JAVA_HOME's, else the one on the PATH."""
    if configured:
        return configured
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = os.path.join(home, "bin", "java.exe" if sys.platform == "win32" else "java")
        if os.path.isfile(candidate):
            return candidate
    found = shutil.which("java")
    if not found:
        raise LocalServerError("no Java found: set 'Local mode: Java executable' in the Interpolation provider's "
                               "options (Java 17 or later), or JAVA_HOME")
    return found


class LocalServer:
    def __init__(self, jar, java="", extra_args=()):
        self.jar = jar
        self.java = java
        self.extra_args = list(extra_args)
        self.process = None
        self.url = None  # the OGC API landing page, e.g. http://127.0.0.1:43121/ogcapi
        self.output = deque(maxlen=200)  # the server's last lines, for error messages
        self._lock = threading.Lock()

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None

    def start(self, timeout=60.0):
        """Starts the jar (once) and returns its OGC API URL."""
        with self._lock:
            if self.running:
                return self.url
            if not self.jar or not os.path.isfile(self.jar):
                raise LocalServerError(
                    "local mode needs the endpoint jar (interpolation-server.jar): set 'Local mode: endpoint "
                    "jar' in Settings > Options > Processing > Providers > Interpolation, or a server URL "
                    "(configured: '{}')".format(self.jar or ""))
            command = [java_executable(self.java), "-jar", self.jar, "--host", "127.0.0.1", "--port", "0"]
            command += self.extra_args
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                            stderr=subprocess.STDOUT, text=True, bufsize=1,
                                            creationflags=flags)
            lines = queue.Queue()
            threading.Thread(target=self._drain, args=(self.process, lines), daemon=True).start()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                try:
                    line = lines.get(timeout=0.1)
                except queue.Empty:
                    if self.process.poll() is not None:
                        break
                    continue
                if line is None:
                    break
                match = LISTENING.search(line)
                if match:
                    self.url = match.group(1).rstrip("/")
                    return self.url
            self._stop_locked()
            raise LocalServerError("the endpoint jar did not start ({}): {}".format(
                " ".join(command), " | ".join(list(self.output)[-8:]) or "no output"))

    def stop(self, timeout=10.0):
        with self._lock:
            self._stop_locked(timeout)

    def _stop_locked(self, timeout=10.0):
        process, self.process, self.url = self.process, None, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()  # the server's shutdown hook closes the port and its jobs
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)
        process.stdout.close()

    def pid(self):
        return self.process.pid if self.running else None

    def _drain(self, process, lines):
        # reads the server's output to the end, so a full pipe never blocks it
        try:
            for line in process.stdout:
                self.output.append(line.rstrip())
                lines.put(line)
        except (ValueError, OSError):
            pass  # closed by stop()
        lines.put(None)
