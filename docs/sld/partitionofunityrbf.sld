<?xml version="1.0" encoding="UTF-8"?>
<!--
  Draws a point layer as a partition-of-unity RBF surface: interpolation:PartitionOfUnityRBF runs as a
  rendering transformation on the features of the layer, for the area, size and CRS of each WMS request
  (wms_bbox, wms_width, wms_height), and the float32 result is coloured by the ColorMap.

  Adjust: valueAttr (the numeric attribute of your layer), the ColorMap quantities (your value range), and
  patchSpacing (in units of the map CRS; about twice the typical distance between neighbouring points).
  A fixed patchSpacing puts the patch centres on multiples of it, so every tile computes the same surface and
  tiled maps show no seams; GeoServer then reads only the features near each tile (invertQuery). Without
  patchSpacing every tile reads the whole layer.
-->
<StyledLayerDescriptor version="1.0.0"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <NamedLayer>
    <Name>partitionofunityrbf</Name>
    <UserStyle>
      <Title>Partition-of-unity RBF interpolated surface</Title>
      <Abstract>Point values interpolated with interpolation:PartitionOfUnityRBF for each map request</Abstract>
      <FeatureTypeStyle>
        <Transformation>
          <ogc:Function name="interpolation:PartitionOfUnityRBF">
            <ogc:Function name="parameter">
              <ogc:Literal>data</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>valueAttr</ogc:Literal>
              <ogc:Literal>value</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>patchSpacing</ogc:Literal>
              <ogc:Literal>1500</ogc:Literal>
            </ogc:Function>
            <ogc:Function name="parameter">
              <ogc:Literal>kernel</ogc:Literal>
              <ogc:Literal>WENDLAND_C4</ogc:Literal>
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
              <!-- nodata cells (beyond the reach of the data) stay transparent -->
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
