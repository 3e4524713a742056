"""Opens a GeoTIFF in QGIS (headless) as a user would, with the .qml beside it loaded as its default style, and
renders the layer at one pixel per cell. Prints what QGIS applied as JSON; writes the rendering to a PNG.

usage: qgis_render.py RASTER.tif OUT.png
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
try:
    tif, out = sys.argv[1], sys.argv[2]
    layer = QgsRasterLayer(tif, "surface")  # loads NAME.qml beside NAME.tif as its default style
    if not layer.isValid():
        raise SystemExit("QGIS cannot open " + tif)
    renderer = layer.renderer()
    result = {"renderer": renderer.type(), "bands": layer.bandCount()}
    if renderer.type() == "singlebandpseudocolor":
        shader = renderer.shader().rasterShaderFunction()
        result.update(
            band=renderer.band(),
            alphaBand=renderer.alphaBand(),
            min=renderer.classificationMin(),
            max=renderer.classificationMax(),
            items=[[i.value, i.color.name()] for i in shader.colorRampItemList()],
        )
    result["descriptions"] = [layer.dataProvider().generateBandName(b + 1) for b in range(layer.bandCount())]
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(layer.width(), layer.height()))
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setDestinationCrs(layer.crs())
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(out, "PNG")
    print(json.dumps(result), flush=True)
finally:
    # QGIS 3.22 can crash while tearing down a headless application; the result is out, leave at once
    sys.stdout.flush()
    os._exit(0)
