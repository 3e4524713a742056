"""QGIS plugin: the project's interpolation processes as a Processing provider."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin import InterpolationPlugin

    return InterpolationPlugin(iface)
