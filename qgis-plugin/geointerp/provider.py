"""The Processing provider "Interpolation": one algorithm per process the server describes."""

import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithm import RemoteProcessAlgorithm
from .connection import (AUTOMATIC, PROTOCOLS, Connection, DescriptionCache, Settings, fetch_documents,
                         make_local_server, parser_for)
from .http import ServerError
from .local_server import LocalServerError

PROVIDER_ID = "geointerp"
LOG_TAG = "Interpolation"

SERVER_URL = "GEOINTERP_SERVER_URL"
PROTOCOL = "GEOINTERP_PROTOCOL"
AUTHCFG = "GEOINTERP_AUTHCFG"
PREFIXES = "GEOINTERP_PROCESS_PREFIXES"
JAR = "GEOINTERP_LOCAL_JAR"
JAVA = "GEOINTERP_LOCAL_JAVA"


def log(message, level=Qgis.Info):
    QgsMessageLog.logMessage(message, LOG_TAG, level)


class InterpolationProvider(QgsProcessingProvider):
    def __init__(self):
        super().__init__()
        self.connection = None
        self.local_server = None
        self.descriptions = {}
        self.cache = DescriptionCache(os.path.join(QgsApplication.qgisSettingsDirPath(), "geointerp",
                                                   "descriptions.json"))

    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Interpolation"

    def longName(self):  # noqa: N802
        return "Interpolation (geointerp): " + (self.connection.label() if self.connection else "not configured")

    def icon(self):
        return QIcon(os.path.join(os.path.dirname(__file__), "icon.svg"))

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802
        return ["tif", "asc"]

    def load(self):
        from processing.core.ProcessingConfig import ProcessingConfig, Setting

        group = self.name()
        ProcessingConfig.settingIcons[group] = self.icon()
        for setting in (
            Setting(group, SERVER_URL, "Server URL: OGC API - Processes (…/ogcapi) or WPS (…/geoserver/ows); "
                                       "empty for local mode", ""),
            Setting(group, PROTOCOL, "Server protocol", AUTOMATIC, valuetype=Setting.SELECTION, options=PROTOCOLS),
            Setting(group, AUTHCFG, "Authentication configuration ID (Settings > Options > Authentication)", ""),
            Setting(group, PREFIXES, "Processes to list: identifier prefixes, comma separated (empty: all)",
                    "interpolation:"),
            Setting(group, JAR, "Local mode: endpoint jar (interpolation-server.jar)", "", valuetype=Setting.FILE),
            Setting(group, JAVA, "Local mode: Java executable, 17 or later (empty: JAVA_HOME or the PATH)", "",
                    valuetype=Setting.FILE),
        ):
            ProcessingConfig.addSetting(setting)
        ProcessingConfig.readSettings()
        self.refreshAlgorithms()
        return True

    def unload(self):
        from processing.core.ProcessingConfig import ProcessingConfig

        for name in (SERVER_URL, PROTOCOL, AUTHCFG, PREFIXES, JAR, JAVA):
            ProcessingConfig.removeSetting(name)
        self.stop_local_server()

    def stop_local_server(self):
        if self.local_server is not None:
            self.local_server.stop()

    def read_settings(self):
        from processing.core.ProcessingConfig import ProcessingConfig

        def get(name):
            value = ProcessingConfig.getSetting(name)
            return "" if value is None else str(value)

        return Settings(get(SERVER_URL).strip(), get(PROTOCOL) or AUTOMATIC, get(AUTHCFG).strip(),
                        get(PREFIXES), get(JAR).strip(), get(JAVA).strip())

    def loadAlgorithms(self):  # noqa: N802
        settings = self.read_settings()
        if self.connection is None or self.connection.settings != settings:
            self.stop_local_server()
            self.local_server = make_local_server(settings) if settings.local else None
            self.connection = Connection(settings, self.local_server)
        connection = self.connection
        if settings.local and not settings.jar:
            log("No server URL and no endpoint jar set: Settings > Options > Processing > Providers > "
                "Interpolation", Qgis.Warning)
            return
        key = connection.cache_key()
        cached = self.cache.load(key)
        documents, protocol = None, None
        if settings.local and cached:
            # the jar has not changed since its descriptions were read: no need to start it now
            documents, protocol = cached["documents"], cached["protocol"]
        else:
            try:
                client = connection.client()
                documents, protocol = fetch_documents(client, settings), client.protocol
                self.cache.save(key, protocol, documents)
            except (ServerError, LocalServerError) as e:
                log("Cannot read the processes of {}: {}".format(connection.label(), e), Qgis.Critical)
                if cached:
                    log("Listing the processes {} described last time".format(connection.label()), Qgis.Warning)
                    documents, protocol = cached["documents"], cached["protocol"]
        if not documents:
            return
        parse = parser_for(protocol)
        self.descriptions = {}
        for process_id, document in sorted(documents.items()):
            try:
                desc = parse(document)
            except (ValueError, KeyError, TypeError) as e:
                log("{}: unreadable description ({}), not listed".format(process_id, e), Qgis.Warning)
                continue
            algorithm = RemoteProcessAlgorithm(desc, connection)
            for p in algorithm.plan.skipped:
                log("{}: input {} not offered: {}".format(process_id, p.id, p.why_unsupported), Qgis.Warning)
            for o in algorithm.plan.skipped_outputs:
                log("{}: output {} not offered: {}".format(process_id, o.id, o.why_unsupported), Qgis.Warning)
            if not algorithm.plan.runnable:
                log("{}: not listed, a required input has no QGIS parameter".format(process_id), Qgis.Warning)
                continue
            self.descriptions[process_id] = desc
            self.addAlgorithm(algorithm)
