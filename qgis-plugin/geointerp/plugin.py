"""Plugin entry: registers the provider, and makes sure a local endpoint it started does not
outlive QGIS (nor qgis_process, which exits without unloading plugins)."""

import atexit

from qgis.core import QgsApplication

from .provider import InterpolationProvider


class InterpolationPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        if self.provider is not None:
            return
        self.provider = InterpolationProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)
        QgsApplication.instance().aboutToQuit.connect(self.provider.stop_local_server)
        atexit.register(self.provider.stop_local_server)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is None:
            return
        provider, self.provider = self.provider, None
        try:
            QgsApplication.instance().aboutToQuit.disconnect(provider.stop_local_server)
        except TypeError:
            pass
        atexit.unregister(provider.stop_local_server)
        provider.stop_local_server()
        QgsApplication.processingRegistry().removeProvider(provider)
