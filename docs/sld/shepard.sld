<?xml version="1.0" encoding="UTF-8"?>
<!--
  Draws a point layer as a Shepard (SYMAP) surface: interpolation:Shepard runs as a rendering
  transformation on the features of the layer, for the area, size and CRS of each WMS request
  (wms_bbox, wms_width, wms_height), and the float32 result is coloured by the ColorMap.

  Adjust: valueAttr (the numeric attribute of your layer), the ColorMap quantities (your value
  range), and radius / slopeScale (in units of the map CRS). Fixing radius and slopeScale makes
  every tile use the same surface, so tiled maps show no seams; it also lets GeoServer read only
  the features near each tile (invertQuery) instead of the whole layer.
-->
<StyledLayerDescriptor version="1.0.0"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <NamedLayer>
    <Name>shepard</Name>
    <UserStyle>
      <Title>Shepard (SYMAP) interpolated surface</Title>
      <Abstract>Point values interpolated with interpolation:Shepard for each map request</Abstract>
      <FeatureTypeStyle>
        <Transformation>
          <ogc:Function name="interpolation:Shepard">
            <ogc:Function name="parameter">
              <ogc:Literal>data</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>valueAttr</ogc:Literal>
              <ogc:Literal>value</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>radius</ogc:Literal>
              <ogc:Literal>2000</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>slopeScale</ogc:Literal>
              <ogc:Literal>500</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>noDataValue</ogc:Literal>
              <ogc:Literal>-9999</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>outputBBOX</ogc:Literal>
              <ogc:Function name="env">
                <ogc:Literal>wms_bbox</ogc:Literal>
              </ogc:Function>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>outputWidth</ogc:Literal>
              <ogc:Function name="env">
                <ogc:Literal>wms_width</ogc:Literal>
              </ogc:Function>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>outputHeight</ogc:Literal>
              <ogc:Function name="env">
                <ogc:Literal>wms_height</ogc:Literal>
              </ogc:Function>
            </ogc:Function>
          </ogc:Function>
        </Transformation>
        <Rule>
          <RasterSymbolizer>
            <!-- the transformation replaces the geometry; any geometry property name will do -->
            <Geometry>
              <ogc:PropertyName>the_geom</ogc:PropertyName>
            </Geometry>
            <Opacity>0.8</Opacity>
            <ColorMap type="ramp">
              <!-- nodata cells (inside polygon barriers) stay transparent -->
              <ColorMapEntry color="#FFFFFF" quantity="-9999" opacity="0"/>
              <ColorMapEntry color="#2B83BA" quantity="0" label="0"/>
              <ColorMapEntry color="#ABDDA4" quantity="4"/>
              <ColorMapEntry color="#FFFFBF" quantity="8"/>
              <ColorMapEntry color="#FDAE61" quantity="12"/>
              <ColorMapEntry color="#D7191C" quantity="16" label="16"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
