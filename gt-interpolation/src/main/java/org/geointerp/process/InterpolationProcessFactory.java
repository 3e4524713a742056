package org.geointerp.process;

import org.geotools.process.factory.AnnotatedBeanProcessFactory;
import org.geotools.text.Text;

/**
 * Publishes this project's interpolation processes under the {@code interpolation} namespace. Registered in
 * {@code META-INF/services/org.geotools.process.ProcessFactory}, which is how GeoTools' {@code Processors} and
 * GeoServer's WPS find it. A bean factory (not a static-methods one) so that the processes can be rendering
 * transformations: GeoServer calls {@code invertQuery} on the bean.
 */
public class InterpolationProcessFactory extends AnnotatedBeanProcessFactory {

    /** The namespace of every process here: {@code interpolation:Shepard} and so on. */
    public static final String NAMESPACE = "interpolation";

    public InterpolationProcessFactory() {
        super(
                Text.text("Scattered-point interpolation"),
                NAMESPACE,
                ShepardProcess.class,
                AkimaProcess.class,
                ClusterpolateProcess.class,
                PartitionOfUnityRBFProcess.class,
                CrossValidationProcess.class);
    }
}
