"""Run inside QGIS desktop (qgis --code screenshots.py, started by screenshots.sh): opens the
Shepard dialog of the Interpolation provider on the sample data and saves it, runs it, and saves
the main window with the result. Writes to $GEOINTERP_SHOTS; quits when done."""

import os
import traceback

import processing
from qgis.core import (QgsApplication, QgsColorRampShader, QgsCoordinateReferenceSystem, QgsProject,
                       QgsRasterShader, QgsSingleBandPseudoColorRenderer, QgsStyle, QgsVectorLayer)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor
from qgis.utils import iface

OUT = os.environ["GEOINTERP_SHOTS"]
DATA = os.environ["GEOINTERP_SAMPLE_DATA"]
EXTENT = "499000,511000,4999000,5011000 [EPSG:32633]"
state = {}


def later(ms, step):
    def guarded():
        try:
            step()
        except Exception:  # a screenshot script: say what broke, then leave
            with open(os.path.join(OUT, "error.txt"), "w") as f:
                f.write(traceback.format_exc())
            QgsApplication.instance().exit(1)

    QTimer.singleShot(ms, guarded)


def load_data():
    uri = "file://{}?delimiter=,&xField=x&yField=y&crs=EPSG:32633".format(os.path.join(DATA, "franke_dps1_f1.csv"))
    points = QgsVectorLayer(uri, "Franke points", "delimitedtext")
    river = QgsVectorLayer(os.path.join(DATA, "river_utm33.geojson"), "river", "ogr")
    assert points.isValid() and river.isValid()
    utm = QgsCoordinateReferenceSystem("EPSG:32633")
    river.setCrs(utm)  # the file has UTM coordinates and no "crs" member
    river.renderer().symbol().setColor(QColor("#08306b"))
    river.renderer().symbol().setWidth(0.8)
    QgsProject.instance().addMapLayers([river, points])
    QgsProject.instance().setCrs(utm)
    iface.mapCanvas().setDestinationCrs(utm)
    state.update(points=points, river=river)
    iface.mainWindow().resize(1280, 860)
    iface.mapCanvas().setExtent(points.extent().buffered(800))
    later(1500, open_dialog)


def open_dialog():
    parameters = {"data": state["points"].id(), "valueAttr": "value", "outputBBOX": EXTENT,
                  "outputWidth": 240, "outputHeight": 240, "barriers": state["river"].id(), "mode": 0}
    dialog = processing.createAlgorithmDialog("geointerp:shepard", parameters)
    dialog.resize(900, 720)
    dialog.show()
    state["dialog"] = dialog
    later(2500, save_dialog)


def save_dialog():
    state["dialog"].grab().save(os.path.join(OUT, "qgis-dialog.png"))
    state["dialog"].close()
    result = processing.run("geointerp:shepard", {
        "data": state["points"], "valueAttr": "value", "outputBBOX": EXTENT, "outputWidth": 240,
        "outputHeight": 240, "barriers": state["river"], "result": os.path.join(OUT, "shepard_river.tif")})
    layer = iface.addRasterLayer(result["result"], "Shepard with the river as barrier")
    stats = layer.dataProvider().bandStatistics(1)
    ramp = QgsStyle.defaultStyle().colorRamp("Spectral")
    ramp.invert()
    shader = QgsColorRampShader(stats.minimumValue, stats.maximumValue, ramp)
    shader.classifyColorRamp(9)
    raster_shader = QgsRasterShader()
    raster_shader.setRasterShaderFunction(shader)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, raster_shader))
    # points and river above the surface
    root = QgsProject.instance().layerTreeRoot()
    node = root.findLayer(layer.id())
    root.insertChildNode(-1, node.clone())
    root.removeChildNode(node)
    iface.mapCanvas().setExtent(layer.extent().buffered(300))
    iface.mapCanvas().refreshAllLayers()
    later(4000, save_window)


def save_window():
    iface.mainWindow().grab().save(os.path.join(OUT, "qgis-result.png"))
    QgsApplication.instance().exit(0)


later(2000, load_data)
