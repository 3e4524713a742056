<?xml version="1.0" encoding="UTF-8"?>
<!--
  Draws a point layer as a clusterpolated surface: interpolation:Clusterpolate runs as a rendering
  transformation on the features of the layer, for the area, size and CRS of each WMS request
  (wms_bbox, wms_width, wms_height), and the float32 value band is coloured by the ColorMap.

  A ColorMap colours one band, so this style asks for the value band only (outputMembership false)
  and lets membershipThreshold blank the cells where the data are too thin: cells whose nearest data
  point gives a kernel weight below 0.05 are nodata and stay transparent, as are cells with no point
  within the radius. For the picture with membership as opacity, use the command line's PNG.

  Adjust: valueAttr (the numeric attribute of your layer), the ColorMap quantities (your value
  range), radius (in units of the map CRS) and membershipThreshold (0 to 1). A fixed radius makes
  every tile use the same surface, so tiled maps show no seams; it also lets GeoServer read only
  the features within one radius of each tile (invertQuery) instead of the whole layer.
-->
<StyledLayerDescriptor version="1.0.0"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <NamedLayer>
    <Name>clusterpolate</Name>
    <UserStyle>
      <Title>Clusterpolated surface</Title>
      <Abstract>Point values clusterpolated with interpolation:Clusterpolate for each map request; areas without
        nearby data stay empty</Abstract>
      <FeatureTypeStyle>
        <Transformation>
          <ogc:Function name="interpolation:Clusterpolate">
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
              <ogc:Literal>kernel</ogc:Literal>
              <ogc:Literal>bump</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>membershipThreshold</ogc:Literal>
              <ogc:Literal>0.05</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>outputMembership</ogc:Literal>
              <ogc:Literal>false</ogc:Literal>
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
              <!-- nodata cells (no data within the radius, or membership below the threshold) stay transparent -->
              <ColorMapEntry color="#FFFFFF" quantity="-9999" opacity="0"/>
              <ColorMapEntry color="#440154" quantity="0" label="0"/>
              <ColorMapEntry color="#3B528B" quantity="4"/>
              <ColorMapEntry color="#21908C" quantity="8"/>
              <ColorMapEntry color="#5DC963" quantity="12"/>
              <ColorMapEntry color="#FDE725" quantity="16" label="16"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
